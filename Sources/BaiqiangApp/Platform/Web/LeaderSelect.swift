import BaiqiangCore
import BaiqiangHTML
import Foundation

/// The choice of a linked leader (挂钩领导) among the county's leader accounts. A row linked by
/// a typed name only keeps that name (selected) until someone picks an account.
enum LeaderSelect {
    static func node(_ name: String, label: String, linked: UUID?, typed: String?, leaders: [LeaderOption],
                     context: PageContext) -> Node {
        let linkedShown = linked.map { id in leaders.contains { $0.id == id } } ?? false
        let keep = typed.flatMap { $0.isEmpty ? nil : $0 }.flatMap { text in linkedShown ? nil : text }
        return .label(.text(label),
                      .select(.attribute(named: "name", value: name), FormNodes.option("", "—", selected: keep == nil && !linkedShown),
                              .unwrap(keep) { text in
                                  FormNodes.option(LeaderChoice.keepValue,
                                                   linked == nil ? context.t("enterprises.leader_unlinked", ["name": text]) : text, selected: true)
                              },
                              .forEach(leaders) { leader in
                                  FormNodes.option(leader.username, "\(leader.displayName) (\(leader.username))", selected: leader.id == linked)
                              }))
    }

    /// A linked leader as a page shows it: the account's current display name when linked,
    /// else the name an old row was given.
    static func shown(linked: UUID?, typed: String?, accounts: [UUID: LeaderOption]) -> Node {
        if let id = linked, let account = accounts[id] {
            return .a(.href(SiteURL.leader(username: account.username).path), .text(account.displayName))
        }
        return .text(typed.flatMap { $0.isEmpty ? nil : $0 } ?? "—")
    }
}

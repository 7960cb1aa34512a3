import BaiqiangCore
import BaiqiangHTML

/// The problems of a refused input as a table (row, column, reason in the page's language),
/// capped by `IssueListing` so every import page lists them the same way.
enum IssueTable {
    static func node(_ issues: [LocatedIssue], _ context: PageContext) -> Node {
        .if(!issues.isEmpty, .div(.class("table-scroll"), .table(.class("data issues"),
            .thead(.tr(.th(.text(context.t("import.row"))), .th(.text(context.t("import.column"))), .th(.text(context.t("import.reason"))))),
            .tbody(.forEach(issues) { issue in
                .tr(.td(.text(issue.row.map(String.init) ?? "—")), .td(.text(issue.column ?? "—")), .td(.text(context.t(issue.reason))))
            }))))
    }

    /// The listed issues of `error` when it locates its problems; none otherwise.
    static func node(for error: (any Error)?, _ context: PageContext) -> Node {
        guard let located = error as? any LocatedIssues else { return .empty }
        return node(located.listedIssues, context)
    }
}

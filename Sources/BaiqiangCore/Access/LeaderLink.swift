import Foundation

/// Linking a firm or a project to a leader's account (挂钩领导) rather than to a name typed by
/// hand, so the leader's page, visits and coverage count the right person.
public enum LeaderChoice: Sendable, Hashable {
    /// Leave the link as stored: an old row keeps the name it was given until someone picks.
    case keep
    /// No linked leader.
    case none
    /// The leader account with this sign-in name.
    case account(username: String)

    /// What a form sends for "leave it as it is".
    public static let keepValue = "="

    /// The choice a form or file field states: empty is none, `keepValue` keeps.
    public init(field: String?) {
        let value = (field ?? "").trimmingCharacters(in: .whitespaces)
        switch value {
        case "": self = .none
        case Self.keepValue: self = .keep
        default: self = .account(username: value)
        }
    }
}

extension LeaderChoice {
    /// A stored link as an import file states it, so that reading the file back keeps it: the
    /// account's sign-in name; for an old row whose typed name was never linked to an account
    /// (or whose account is out of sight), the mark that keeps the link as stored, so the round
    /// trip neither drops the name nor invents an account; nothing when no leader is linked.
    public static func fileCell(account username: String?, linked: Bool, name: String?) -> String? {
        if let username { return username }
        return linked || !(name ?? "").isEmpty ? keepValue : nil
    }
}

/// A username that is not one of the county's leader accounts: refused, nothing written.
public struct UnknownLeader: BilingualError, Equatable {
    public let username: String

    public init(username: String) {
        self.username = username
    }

    public var message: BilingualText {
        BilingualText(zh: "“\(username)”不是本县（市、区）的领导账号",
                      en: "'\(username)' is not a leader account of this county")
    }

    public var kind: FailureKind { .invalidInput }
}

/// Which account an old row's typed name means.
public enum LeaderNameMatch {
    /// The one leader account whose display name is exactly `name`; nil when none or several
    /// carry it, since a guess between two people would link the wrong one.
    public static func account<ID: Hashable & Sendable>(named name: String?, among leaders: [(id: ID, displayName: String)]) -> ID? {
        guard let name, !name.isEmpty else { return nil }
        let matches = leaders.filter { $0.displayName == name }
        return matches.count == 1 ? matches[0].id : nil
    }
}

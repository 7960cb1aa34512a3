import BaiqiangCore
import Foundation

/// A user's own account page: who they are, the password form, and their API tokens.
enum AccountPage {
    struct Model {
        var username: String
        var role: Role
        /// Newest first, revoked ones included.
        var tokens: [ApiToken]
        /// The user's live sessions, most recently used first.
        var sessions: [SessionRow] = []
        /// A token just made: shown this once, never stored in the clear.
        var newToken: String?
        var notice: String?
        var error: String?
        var secondFactor = SecondFactorSection()
    }

    /// One signed-in browser of the user.
    struct SessionRow {
        var id: String
        var startedAt: Date?
        var lastSeenAt: Date
        var address: String?
        var browser: String?
        /// The session showing this page: it cannot be ended from here (signing out does that).
        var isCurrent: Bool
    }
}

import BaiqiangCore

/// A user's own account page: who they are, the password form, and their API tokens.
enum AccountPage {
    struct Model {
        var username: String
        var role: Role
        /// Newest first, revoked ones included.
        var tokens: [ApiToken]
        /// A token just made: shown this once, never stored in the clear.
        var newToken: String?
        var notice: String?
        var error: String?
        var secondFactor = SecondFactorSection()
    }
}

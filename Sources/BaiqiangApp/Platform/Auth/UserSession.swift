import Fluent
import Vapor

/// A signed-in browser session (会话). The cookie carries a random token; the table keeps only
/// its SHA-256, so a copy of the database cannot be used to sign in.
final class UserSession: Model, @unchecked Sendable {
    static let schema = "user_sessions"

    @ID(key: .id) var id: UUID?
    @Parent(key: "user_id") var user: User
    @Field(key: "token_hash") var tokenHash: String
    /// The token every form of this session must carry (CSRF).
    @Field(key: "csrf_token") var csrfToken: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Field(key: "expires_at") var expiresAt: Date

    init() {}

    init(userID: UUID, tokenHash: String, csrfToken: String, expiresAt: Date) {
        self.$user.id = userID
        self.tokenHash = tokenHash
        self.csrfToken = csrfToken
        self.expiresAt = expiresAt
    }
}

import Fluent
import Foundation

/// An account's second factor (第二因素): its TOTP secret once confirmed, one being set up, the
/// last time step accepted (so a code is never accepted twice, across requests and processes
/// reading the same database) and when the policy's grace began. One row per account, made at
/// its first set-up or first sign-in under the policy.
///
/// The secret is stored as Base32 text: the server must read it to check a code, so a digest
/// will not do, and the project has no key for encryption at rest.
final class SecondFactorRecord: Model, @unchecked Sendable {
    static let schema = "second_factors"

    @ID(key: .id) var id: UUID?
    @Parent(key: "user_id") var user: User
    /// The active secret; nil when none is set up.
    @OptionalField(key: "secret") var secret: String?
    @OptionalField(key: "created_at") var createdAt: Date?
    @OptionalField(key: "confirmed_at") var confirmedAt: Date?
    @OptionalField(key: "last_step") var lastStep: Int64?
    /// A secret shown to the user and not yet confirmed with a code; the active one (if any)
    /// stays in force until it is.
    @OptionalField(key: "pending_secret") var pendingSecret: String?
    @OptionalField(key: "pending_created_at") var pendingCreatedAt: Date?
    @OptionalField(key: "grace_started_at") var graceStartedAt: Date?
    /// When an administrator last reset it; cleared by the next confirmed set-up.
    @OptionalField(key: "reset_at") var resetAt: Date?

    init() {}

    init(userID: UUID) {
        self.$user.id = userID
    }

    var isActive: Bool { secret != nil && confirmedAt != nil }
}

/// One recovery code of an account, as its SHA-256 digest (`RecoveryCodes.digest`).
final class RecoveryCodeRecord: Model, @unchecked Sendable {
    static let schema = "second_factor_recovery_codes"

    @ID(key: .id) var id: UUID?
    @Parent(key: "user_id") var user: User
    @Field(key: "digest") var digest: String
    @OptionalField(key: "used_at") var usedAt: Date?

    init() {}

    init(userID: UUID, digest: String) {
        self.$user.id = userID
        self.digest = digest
    }
}

/// A sign-in whose password was right and whose second factor is still to come (待验证登录). Its
/// cookie is not a session cookie and its row is not a session: nothing but the code form
/// reads it, so it opens no page and no API.
final class PendingSignIn: Model, @unchecked Sendable {
    static let schema = "pending_sign_ins"

    @ID(key: .id) var id: UUID?
    @Parent(key: "user_id") var user: User
    @Field(key: "token_hash") var tokenHash: String
    @Field(key: "csrf_token") var csrfToken: String
    /// Where to go once signed in (already checked by `SafeRedirect`).
    @Field(key: "next_path") var next: String
    @Field(key: "expires_at") var expiresAt: Date
    /// Wrong codes typed for it: a few end it, and the password must be given again.
    @Field(key: "failures") var failures: Int

    init() {}

    init(userID: UUID, tokenHash: String, csrfToken: String, next: String, expiresAt: Date) {
        self.$user.id = userID
        self.tokenHash = tokenHash
        self.csrfToken = csrfToken
        self.next = next
        self.expiresAt = expiresAt
        self.failures = 0
    }
}

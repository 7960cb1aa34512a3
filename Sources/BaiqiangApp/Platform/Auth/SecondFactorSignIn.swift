import BaiqiangCore
import Fluent
import Foundation

/// The second half of a sign-in (第二步验证): a pending sign-in, made when the password was
/// right, becomes a session when the account's current code or one of its unused recovery codes
/// is given. Every try is throttled like a password (`LoginThrottle`, by account and address),
/// and a pending sign-in ends after a few wrong codes or a few minutes, so a code cannot be
/// guessed.
struct SecondFactorSignIn {
    let writer: Writer
    var throttle = LoginThrottle()
    var sessionLifetime: TimeInterval = 8 * 3600

    /// How long the code form waits for a code.
    static let pendingLifetime: TimeInterval = 5 * 60
    /// Wrong codes one pending sign-in takes before the password must be given again.
    static let pendingAttempts = 5

    enum Outcome: Sendable, Equatable {
        case success(cookieToken: String, next: String)
        case wrongCode
        /// No such pending sign-in, or it ended: sign in again.
        case expired
        case wait(until: Date)
    }

    /// The live pending sign-in with `token`, with its account.
    static func pending(token: String, now: Date, on db: any Database) async throws -> PendingSignIn? {
        guard let pending = try await AccountStore(db: db).pendingSignIn(tokenHash: Secrets.sha256Hex(token)),
              pending.expiresAt > now, pending.user.isActive else { return nil }
        return pending
    }

    func complete(token: String, code: String, address: String, userAgent: String? = nil) async throws -> Outcome {
        let now = writer.environment.now
        guard let pending = try await Self.pending(token: token, now: now, on: writer.database) else { return .expired }
        let attempt = AccountStore.SignInAttempt(throttle: throttle, name: LoginThrottle.accountKey(pending.user.username),
                                                 address: address, userAgent: userAgent, now: now)
        if case .wait(let until) = try await LoginService.claimAttempt(attempt, writer: writer) {
            return .wait(until: until)
        }
        return try await AccountStore.settleSecondFactor(tokenHash: Secrets.sha256Hex(token), code: code,
                                                         sessionLifetime: sessionLifetime, attempt, writer: writer)
    }

    struct RecoveryUse: Codable, Sendable {
        var address: String
        var recoveryCodesLeft: Int
    }

    struct Refusal: Codable, Sendable {
        var address: String
        var reason: String
    }
}

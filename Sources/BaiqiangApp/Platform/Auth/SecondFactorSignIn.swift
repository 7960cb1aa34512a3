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

    /// Makes the pending sign-in and returns the token its cookie carries.
    static func begin(for user: User, next: String, now: Date, environment: AppEnvironment,
                      store: AccountStore) async throws -> String {
        try await store.prunePendingSignIns(endedBefore: now)
        let token = Secrets.randomToken(from: environment)
        try await store.create(PendingSignIn(userID: try user.requireID(), tokenHash: Secrets.sha256Hex(token),
                                             csrfToken: Secrets.randomToken(from: environment),
                                             next: SafeRedirect.target(next), expiresAt: now.addingTimeInterval(pendingLifetime)))
        return token
    }

    /// The live pending sign-in with `token`, with its account.
    static func pending(token: String, now: Date, on db: any Database) async throws -> PendingSignIn? {
        guard let pending = try await AccountStore(db: db).pendingSignIn(tokenHash: Secrets.sha256Hex(token)),
              pending.expiresAt > now, pending.user.isActive else { return nil }
        return pending
    }

    func complete(token: String, code: String, address: String, userAgent: String? = nil) async throws -> Outcome {
        let throttle = self.throttle, lifetime = sessionLifetime, environment = writer.environment, now = environment.now
        guard let pending = try await Self.pending(token: token, now: now, on: writer.database) else { return .expired }
        let name = LoginThrottle.accountKey(pending.user.username)
        let pairKey = LoginFailureCount.pairKey(address: address, username: name)
        if case .wait(let until) = try await LoginService.claimAttempt(throttle, pairKey: pairKey, address: address, account: name,
                                                                       now: now, writer: writer) {
            return .wait(until: until)
        }
        let tokenHash = Secrets.sha256Hex(token)
        return try await writer.transaction { db, audit in
            let store = AccountStore(db: db)
            guard let pending = try await store.pendingSignIn(tokenHash: tokenHash), pending.expiresAt > now,
                  let user = try await store.user(id: pending.$user.id), user.isActive, let userID = user.id,
                  let factor = try await store.secondFactor(of: userID), factor.isActive,
                  let secret = factor.secret.flatMap(Base32.decode) else { return .expired }
            let audit = audit.acting(as: .user(user))
            let method: String
            if RecoveryCodes.normalized(code) != nil {
                let unused = try await store.unusedRecoveryCodes(of: userID)
                guard let rest = RecoveryCodeSet(digests: unused.map(\.digest)).consuming(code),
                      let digest = RecoveryCodes.digest(of: code), let used = unused.first(where: { $0.digest == digest }) else {
                    return try await Self.refuse(pending, reason: "wrong", address: address, store: store, audit: audit)
                }
                try await store.markUsed(used, at: now)
                try await audit.record(.secondFactorRecoveryUsed, entity: .user, id: user.username,
                                       before: nil as RecoveryUse?, after: RecoveryUse(address: address, recoveryCodesLeft: rest.remaining))
                method = "recovery_code"
            } else {
                switch TOTPVerifier(SecondFactorService.totp(secret)).verify(code, at: now, lastAcceptedStep: factor.lastStep) {
                case .accepted(let step):
                    factor.lastStep = step
                    try await store.save(factor)
                    method = "totp"
                case .replayed:
                    return try await Self.refuse(pending, reason: "replayed", address: address, store: store, audit: audit)
                case .wrong:
                    return try await Self.refuse(pending, reason: "wrong", address: address, store: store, audit: audit)
                }
            }
            try await store.delete(pending)
            try await LoginService.clearFailures(throttle, pairKey: pairKey, address: address, now: now, store: store)
            let cookie = try await LoginService.startSession(for: user, lifetime: lifetime, now: now, environment: environment,
                                                             store: store, address: address, userAgent: userAgent)
            try await audit.record(.loginSucceeded, entity: .user, id: name, before: nil as LoginService.Attempt?,
                                   after: LoginService.Attempt(address: address, secondFactor: method))
            return .success(cookieToken: cookie, next: pending.next)
        }
    }

    struct RecoveryUse: Codable, Sendable {
        var address: String
        var recoveryCodesLeft: Int
    }

    struct Refusal: Codable, Sendable {
        var address: String
        var reason: String
    }

    /// A wrong or replayed code: counted (the throttle counted it already), audited, and after
    /// `pendingAttempts` the pending sign-in ends.
    private static func refuse(_ pending: PendingSignIn, reason: String, address: String, store: AccountStore,
                               audit: AuditRecorder) async throws -> Outcome {
        pending.failures += 1
        if pending.failures >= pendingAttempts {
            try await store.delete(pending)
        } else {
            try await store.update(pending)
        }
        try await audit.record(.loginSecondFactorFailed, entity: .user, id: pending.user.username,
                               before: nil as Refusal?, after: Refusal(address: address, reason: reason))
        return .wrongCode
    }
}

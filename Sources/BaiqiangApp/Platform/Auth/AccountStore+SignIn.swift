import BaiqiangCore
import Fluent
import Foundation

/// The writes of signing in, each a short transaction through the write gate: an attempt counted
/// before anything is checked, the outcome of a password once `LoginService` has checked it
/// outside the gate, and the outcome of a second-factor code. Sessions and pending sign-ins are
/// made here; the throttle and the code rules are Core's.
extension AccountStore {
    /// Who is signing in, from where, and when: what every step of a sign-in counts and audits by.
    struct SignInAttempt: Sendable {
        var throttle: LoginThrottle
        /// The account's throttle key (`LoginThrottle.accountKey`), also the audited id.
        var name: String
        var address: String
        var userAgent: String?
        var now: Date

        var pairKey: String { LoginFailureCount.pairKey(address: address, username: name) }
    }

    /// Counts an attempt as a failure before anything is checked, so parallel guesses are
    /// throttled too; the outcome clears it. A refused attempt writes nothing.
    static func claim(_ attempt: SignInAttempt, writer: Writer) async throws -> LoginThrottle.Decision {
        try await writer.transaction { db, _ in
            // Counters, not data: the outcome is what the audit log records.
            let store = AccountStore(db: db)
            let throttle = attempt.throttle, now = attempt.now
            let pair = try await store.failureCount(.pair, attempt.pairKey)
            let perAddress = try await store.failureCount(.address, attempt.address)
            let decision = throttle.decision(pair: pair?.count, address: perAddress?.count, now: now)
            guard decision == .allowed else { return decision }
            try await store.saveFailureCount(throttle.pairAfterFailure(pair?.count, now: now), .pair, attempt.pairKey,
                                             account: attempt.name, existing: pair)
            try await store.saveFailureCount(throttle.addressAfterFailure(perAddress?.count, now: now), .address, attempt.address,
                                             existing: perAddress)
            return .allowed
        }
    }

    /// What a sign-in by password has to go on once the password was checked.
    struct PasswordSignIn: Sendable {
        /// The account read before the check; nil for an unknown name.
        var user: User?
        /// The digest the password was checked against.
        var digest: String?
        var verified: Bool
        /// Where the browser goes once signed in, kept with a pending sign-in.
        var next: String
        var sessionLifetime: TimeInterval
        var secondFactorPolicy: SecondFactorPolicy
    }

    /// Records the outcome of a checked password: a session, or a pending sign-in when the
    /// account has a second factor, or a failure (unknown names audited only a few per address
    /// per minute). The account may have been deactivated or given a new password since it was
    /// read: then the password counts as wrong.
    static func settle(_ signIn: PasswordSignIn, _ attempt: SignInAttempt, writer: Writer) async throws -> LoginService.Outcome {
        let environment = writer.environment, now = attempt.now, name = attempt.name, address = attempt.address
        return try await writer.transaction { db, audit in
            let store = AccountStore(db: db)
            if signIn.verified, let id = signIn.user?.id, let current = try await store.user(id: id),
               current.isActive, current.passwordHash == signIn.digest {
                let factor = try await store.secondFactor(of: id)
                if factor?.isActive == true {
                    // The attempt stays counted as a failure until the code is right too.
                    let token = try await store.beginPendingSignIn(for: current, next: signIn.next, now: now, environment: environment)
                    try await audit.acting(as: .user(current))
                        .record(.loginSecondFactorAsked, entity: .user, id: name, before: nil as LoginService.Attempt?,
                                after: LoginService.Attempt(address: address))
                    return .secondFactorNeeded(pendingToken: token)
                }
                try await store.clearFailures(attempt)
                try await store.startGraceIfDue(for: current, factor: factor, policy: signIn.secondFactorPolicy, now: now, audit: audit)
                let token = try await store.startSession(for: current, lifetime: signIn.sessionLifetime, now: now,
                                                         environment: environment, address: address, userAgent: attempt.userAgent)
                try await audit.acting(as: .user(current))
                    .record(.loginSucceeded, entity: .user, id: name, before: nil as LoginService.Attempt?,
                            after: LoginService.Attempt(address: address))
                return .success(cookieToken: token, user: current)
            }
            if signIn.user != nil {
                try await audit.record(.loginFailed, entity: .user, id: name, before: nil as LoginService.Attempt?,
                                       after: LoginService.Attempt(address: address))
                return .wrongCredentials
            }
            // Unknown names cost an outsider nothing to make up: only a few per address per
            // minute get a row of their own; the rest are counted into the next row.
            let counter = try await store.failureCount(.audit, address)
            let next = attempt.throttle.auditUnknown(counter?.count, now: now)
            let row = try await store.saveFailureCount(next.count, .audit, address, existing: counter)
            if next.write {
                try await audit.record(.loginFailed, entity: .user, id: name, before: nil as LoginService.Attempt?,
                                       after: LoginService.Attempt(address: address, unrecorded: row.unrecorded))
                row.unrecorded = 0
            } else {
                row.unrecorded += 1
            }
            try await store.update(row)
            return .wrongCredentials
        }
    }

    /// Records the outcome of a second-factor code given for the pending sign-in with
    /// `tokenHash`: the current code (not one used before) or an unused recovery code makes a
    /// session; a wrong or replayed one is counted, audited, and after
    /// `SecondFactorSignIn.pendingAttempts` ends the pending sign-in.
    static func settleSecondFactor(tokenHash: String, code: String, sessionLifetime: TimeInterval, _ attempt: SignInAttempt,
                                   writer: Writer) async throws -> SecondFactorSignIn.Outcome {
        let environment = writer.environment, now = attempt.now, name = attempt.name, address = attempt.address
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
                    return try await store.refuse(pending, reason: "wrong", address: address, audit: audit)
                }
                try await store.markUsed(used, at: now)
                try await audit.record(.secondFactorRecoveryUsed, entity: .user, id: user.username,
                                       before: nil as SecondFactorSignIn.RecoveryUse?,
                                       after: SecondFactorSignIn.RecoveryUse(address: address, recoveryCodesLeft: rest.remaining))
                method = "recovery_code"
            } else {
                switch TOTPVerifier(SecondFactorService.totp(secret)).verify(code, at: now, lastAcceptedStep: factor.lastStep) {
                case .accepted(let step):
                    factor.lastStep = step
                    try await store.save(factor)
                    method = "totp"
                case .replayed:
                    return try await store.refuse(pending, reason: "replayed", address: address, audit: audit)
                case .wrong:
                    return try await store.refuse(pending, reason: "wrong", address: address, audit: audit)
                }
            }
            try await store.delete(pending)
            try await store.clearFailures(attempt)
            let cookie = try await store.startSession(for: user, lifetime: sessionLifetime, now: now, environment: environment,
                                                      address: address, userAgent: attempt.userAgent)
            try await audit.record(.loginSucceeded, entity: .user, id: name, before: nil as LoginService.Attempt?,
                                   after: LoginService.Attempt(address: address, secondFactor: method))
            return .success(cookieToken: cookie, next: pending.next)
        }
    }

    /// A wrong or replayed code: counted (the throttle counted it already), audited, and after
    /// `pendingAttempts` the pending sign-in ends.
    private func refuse(_ pending: PendingSignIn, reason: String, address: String,
                        audit: AuditRecorder) async throws -> SecondFactorSignIn.Outcome {
        pending.failures += 1
        if pending.failures >= SecondFactorSignIn.pendingAttempts {
            try await delete(pending)
        } else {
            try await update(pending)
        }
        try await audit.record(.loginSecondFactorFailed, entity: .user, id: pending.user.username,
                               before: nil as SecondFactorSignIn.Refusal?, after: SecondFactorSignIn.Refusal(address: address, reason: reason))
        return .wrongCode
    }

    /// A successful sign-in from the attempt's address clears the account's count there and
    /// takes back the failure its attempt was counted as.
    private func clearFailures(_ attempt: SignInAttempt) async throws {
        if let pair = try await failureCount(.pair, attempt.pairKey) { try await delete(pair) }
        if let perAddress = try await failureCount(.address, attempt.address), perAddress.failures > 0 {
            perAddress.failures -= 1
            try await update(perAddress)
        }
        try await pruneFailureCounts(olderThan: attempt.now.addingTimeInterval(-attempt.throttle.forgetAfter))
    }

    /// Makes a session for the account, notes the sign-in (what inactive accounts are judged
    /// by) and returns the token its cookie carries.
    private func startSession(for user: User, lifetime: TimeInterval, now: Date, environment: AppEnvironment,
                              address: String?, userAgent: String?) async throws -> String {
        let token = Secrets.randomToken(from: environment)
        let session = UserSession(userID: try user.requireID(), tokenHash: Secrets.sha256Hex(token),
                                  csrfToken: Secrets.randomToken(from: environment), startedAt: now,
                                  expiresAt: now.addingTimeInterval(lifetime), clientAddress: address, userAgent: userAgent)
        try await create(session)
        user.lastSignInAt = now
        try await update(user)
        return token
    }

    /// Makes the pending sign-in, waiting `SecondFactorSignIn.pendingLifetime` for a code, and
    /// returns the token its cookie carries.
    private func beginPendingSignIn(for user: User, next: String, now: Date, environment: AppEnvironment) async throws -> String {
        try await prunePendingSignIns(endedBefore: now)
        let token = Secrets.randomToken(from: environment)
        try await create(PendingSignIn(userID: try user.requireID(), tokenHash: Secrets.sha256Hex(token),
                                       csrfToken: Secrets.randomToken(from: environment),
                                       next: SafeRedirect.target(next),
                                       expiresAt: now.addingTimeInterval(SecondFactorSignIn.pendingLifetime)))
        return token
    }
}

import BaiqiangCore
import Fluent
import Vapor

/// Signing in and out. The password is checked outside the write gate (bcrypt takes a quarter
/// second; inside the gate every audited write in the process would queue behind it); before the
/// check one short write counts the attempt as a failure, so that parallel guesses are throttled
/// too, and after it one short audited write records the outcome.
struct LoginService {
    let writer: Writer
    let check: PasswordCheck
    let clock: AppClock
    var throttle = LoginThrottle()
    var sessionLifetime: TimeInterval = 8 * 3600
    var secondFactorPolicy = SecondFactorPolicy(isOn: false)

    enum Outcome: Sendable {
        /// Signed in: the cookie token to hand to the browser.
        case success(cookieToken: String, user: User)
        /// The password was right but the account has a second factor: not signed in yet, only
        /// a pending sign-in whose cookie token leads to the code form.
        case secondFactorNeeded(pendingToken: String)
        case wrongCredentials
        /// Too many failures from this address (for this account, or for any): no password was
        /// checked. Said the same way whether or not the account exists.
        case wait(until: Date)
    }

    /// What a login attempt adds to the audit log besides the username.
    struct Attempt: Codable, Sendable {
        var address: String
        /// Failed logins of unknown usernames from this address not logged one by one since the
        /// last row that was.
        var unrecorded: Int?
        /// How the second factor was given (`totp`, `recovery_code`), when one was asked for.
        var secondFactor: String?
    }

    /// - Parameter next: where the browser goes once signed in (checked by `SafeRedirect`), kept
    ///   with a pending sign-in until its second factor is given.
    func login(username: String, password: String, address: String, userAgent: String? = nil,
               next: String = "/") async throws -> Outcome {
        let throttle = self.throttle, lifetime = sessionLifetime, now = clock.now, environment = writer.environment
        let policy = secondFactorPolicy
        let name = LoginThrottle.accountKey(username)
        let pairKey = LoginFailureCount.pairKey(address: address, username: name)

        if case .wait(let until) = try await Self.claimAttempt(throttle, pairKey: pairKey, address: address, account: name,
                                                               now: now, writer: writer) {
            return .wait(until: until)
        }

        // Outside the gate: read the account and check the password (a dummy digest when there
        // is no such account, so that the answer takes as long).
        let user = username.count <= LoginThrottle.usernameLimit
            ? try await AccountStore(db: writer.database).user(named: username) : nil
        let digest = user?.passwordHash
        let verified = try await check.verify(password, against: digest)

        return try await writer.transaction { db, audit in
            let store = AccountStore(db: db)
            // The account may have been deactivated or given a new password meanwhile.
            if verified, let id = user?.id, let current = try await store.user(id: id),
               current.isActive, current.passwordHash == digest {
                let factor = try await store.secondFactor(of: id)
                if factor?.isActive == true {
                    // The attempt stays counted as a failure until the code is right too.
                    let token = try await SecondFactorSignIn.begin(for: current, next: next, now: now, environment: environment,
                                                                   store: store)
                    try await audit.acting(as: .user(current))
                        .record(.loginSecondFactorAsked, entity: .user, id: name, before: nil as Attempt?,
                                after: Attempt(address: address))
                    return .secondFactorNeeded(pendingToken: token)
                }
                try await Self.clearFailures(throttle, pairKey: pairKey, address: address, now: now, store: store)
                try await SecondFactorService.startGraceIfDue(for: current, factor: factor, policy: policy, now: now,
                                                              store: store, audit: audit)
                let token = try await Self.startSession(for: current, lifetime: lifetime, now: now, environment: environment,
                                                        store: store, address: address, userAgent: userAgent)
                try await audit.acting(as: .user(current))
                    .record(.loginSucceeded, entity: .user, id: name, before: nil as Attempt?, after: Attempt(address: address))
                return .success(cookieToken: token, user: current)
            }
            if user != nil {
                try await audit.record(.loginFailed, entity: .user, id: name, before: nil as Attempt?, after: Attempt(address: address))
                return .wrongCredentials
            }
            // Unknown names cost an outsider nothing to make up: only a few per address per
            // minute get a row of their own; the rest are counted into the next row.
            let counter = try await store.failureCount(.audit, address)
            let next = throttle.auditUnknown(counter?.count, now: now)
            let row = try await store.saveFailureCount(next.count, .audit, address, existing: counter)
            if next.write {
                try await audit.record(.loginFailed, entity: .user, id: name, before: nil as Attempt?,
                                       after: Attempt(address: address, unrecorded: row.unrecorded))
                row.unrecorded = 0
            } else {
                row.unrecorded += 1
            }
            try await store.update(row)
            return .wrongCredentials
        }
    }

    /// Counts an attempt as a failure before anything is checked, so parallel guesses are
    /// throttled too; the outcome clears it. A refused attempt only reads: it neither writes nor
    /// checks a password or code.
    static func claimAttempt(_ throttle: LoginThrottle, pairKey: String, address: String, account name: String, now: Date,
                             writer: Writer) async throws -> LoginThrottle.Decision {
        let before = try await decision(throttle, pairKey, address, now, on: writer.database)
        if case .wait = before { return before }
        return try await writer.transaction { db, _ in
            // Counters, not data: the outcome is what the audit log records.
            let store = AccountStore(db: db)
            let pair = try await store.failureCount(.pair, pairKey)
            let perAddress = try await store.failureCount(.address, address)
            let decision = throttle.decision(pair: pair?.count, address: perAddress?.count, now: now)
            guard decision == .allowed else { return decision }
            try await store.saveFailureCount(throttle.pairAfterFailure(pair?.count, now: now), .pair, pairKey, account: name,
                                             existing: pair)
            try await store.saveFailureCount(throttle.addressAfterFailure(perAddress?.count, now: now), .address, address,
                                             existing: perAddress)
            return .allowed
        }
    }

    /// A successful sign-in from `address` clears the account's count there and takes back the
    /// failure its attempt was counted as.
    static func clearFailures(_ throttle: LoginThrottle, pairKey: String, address: String, now: Date,
                              store: AccountStore) async throws {
        if let pair = try await store.failureCount(.pair, pairKey) { try await store.delete(pair) }
        if let perAddress = try await store.failureCount(.address, address), perAddress.failures > 0 {
            perAddress.failures -= 1
            try await store.update(perAddress)
        }
        try await store.pruneFailureCounts(olderThan: now.addingTimeInterval(-throttle.forgetAfter))
    }

    /// Makes a session for the account, notes the sign-in (what inactive accounts are judged
    /// by) and returns the token its cookie carries.
    static func startSession(for user: User, lifetime: TimeInterval, now: Date, environment: AppEnvironment,
                             store: AccountStore, address: String?, userAgent: String?) async throws -> String {
        let token = Secrets.randomToken(from: environment)
        let session = UserSession(userID: try user.requireID(), tokenHash: Secrets.sha256Hex(token),
                                  csrfToken: Secrets.randomToken(from: environment), startedAt: now,
                                  expiresAt: now.addingTimeInterval(lifetime), clientAddress: address, userAgent: userAgent)
        try await store.create(session)
        user.lastSignInAt = now
        try await store.update(user)
        return token
    }

    static func decision(_ throttle: LoginThrottle, _ pairKey: String, _ address: String, _ now: Date,
                         on db: any Database) async throws -> LoginThrottle.Decision {
        let store = AccountStore(db: db)
        let pair = try await store.failureCount(.pair, pairKey)
        let perAddress = try await store.failureCount(.address, address)
        return throttle.decision(pair: pair?.count, address: perAddress?.count, now: now)
    }

    func logout(cookieToken: String) async throws {
        try await writer.transaction { db, audit in
            try await AccountStore(db: db).deleteSession(tokenHash: Secrets.sha256Hex(cookieToken))
            try await audit.record(.logout, entity: .user, id: writer.actor.name)
        }
    }
}

extension Request {
    /// The sign-in service for this request, on the application's clock and password check.
    var loginService: LoginService {
        LoginService(writer: writer, check: application.passwordCheck, clock: application.clock,
                     sessionLifetime: application.configuration.sessionLifetime,
                     secondFactorPolicy: application.configuration.secondFactorPolicy)
    }

    /// The client's address (see `ClientAddress`): the socket's peer, or behind a configured
    /// proxy the address it forwarded.
    var clientAddress: String {
        ClientAddress.resolve(peer: remoteAddress?.ipAddress, forwardedFor: headers[.xForwardedFor],
                              trustedProxies: application.configuration.trustedProxies)
    }
}

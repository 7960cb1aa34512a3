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
        let attempt = AccountStore.SignInAttempt(throttle: throttle, name: LoginThrottle.accountKey(username), address: address,
                                                 userAgent: userAgent, now: clock.now)
        if case .wait(let until) = try await Self.claimAttempt(attempt, writer: writer) {
            return .wait(until: until)
        }

        // Outside the gate: read the account and check the password (a dummy digest when there
        // is no such account, so that the answer takes as long).
        let user = username.count <= LoginThrottle.usernameLimit
            ? try await AccountStore(db: writer.database).user(named: username) : nil
        let digest = user?.passwordHash
        let verified = try await check.verify(password, against: digest)

        return try await AccountStore.settle(
            AccountStore.PasswordSignIn(user: user, digest: digest, verified: verified, next: next, sessionLifetime: sessionLifetime,
                                        secondFactorPolicy: secondFactorPolicy),
            attempt, writer: writer)
    }

    /// Counts an attempt as a failure before anything is checked, so parallel guesses are
    /// throttled too; the outcome clears it. A refused attempt only reads: it neither writes nor
    /// checks a password or code.
    static func claimAttempt(_ attempt: AccountStore.SignInAttempt, writer: Writer) async throws -> LoginThrottle.Decision {
        let before = try await decision(attempt, on: writer.database)
        if case .wait = before { return before }
        return try await AccountStore.claim(attempt, writer: writer)
    }

    static func decision(_ attempt: AccountStore.SignInAttempt, on db: any Database) async throws -> LoginThrottle.Decision {
        let store = AccountStore(db: db)
        let pair = try await store.failureCount(.pair, attempt.pairKey)
        let perAddress = try await store.failureCount(.address, attempt.address)
        return attempt.throttle.decision(pair: pair?.count, address: perAddress?.count, now: attempt.now)
    }

    func logout(cookieToken: String) async throws {
        try await AccountStore.signOut(tokenHash: Secrets.sha256Hex(cookieToken), writer: writer)
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

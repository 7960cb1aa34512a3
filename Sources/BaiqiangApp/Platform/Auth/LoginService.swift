import BaiqiangCore
import Fluent
import Vapor

/// Signing in and out: password check, lock-out, session creation. Every outcome is audited.
struct LoginService {
    let writer: Writer
    let throttle = LoginThrottle()
    var sessionLifetime: TimeInterval = 8 * 3600

    enum Outcome: Sendable {
        /// Signed in: the cookie token to hand to the browser.
        case success(cookieToken: String, user: User)
        case wrongCredentials
        case locked(until: Date)
    }

    func login(username: String, password: String, hasher: any PasswordHasher) async throws -> Outcome {
        let throttle = self.throttle, lifetime = sessionLifetime
        // The check and its consequence (failure count, lock, session) are one audited write.
        return try await writer.transaction { db, audit in
            guard let user = try await User.query(on: db).filter(\.$username == username).first(),
                  user.isActive else {
                try await audit.record("login.failed", entity: "user", id: username)
                return .wrongCredentials
            }
            let audit = audit.acting(as: .user(user))
            let now = Date()
            if throttle.isLocked(lockedUntil: user.lockedUntil, now: now), let until = user.lockedUntil {
                try await audit.record("login.refused_locked", entity: "user", id: username)
                return .locked(until: until)
            }
            guard try hasher.verify(password, created: user.passwordHash) else {
                let before = UserSnapshot(user)
                let next = throttle.afterFailure(failures: user.failedLogins, now: now)
                user.failedLogins = next.failures
                user.lockedUntil = next.lockedUntil
                try await user.update(on: db)
                if let until = next.lockedUntil {
                    try await audit.record("user.locked", entity: "user", id: username, before: before, after: UserSnapshot(user))
                    return .locked(until: until)
                }
                try await audit.record("login.failed", entity: "user", id: username)
                return .wrongCredentials
            }
            if user.failedLogins != 0 || user.lockedUntil != nil {
                user.failedLogins = 0
                user.lockedUntil = nil
                try await user.update(on: db)
            }
            let token = Secrets.randomToken()
            let session = UserSession(userID: try user.requireID(), tokenHash: Secrets.sha256Hex(token),
                                      csrfToken: Secrets.randomToken(), expiresAt: now.addingTimeInterval(lifetime))
            try await session.create(on: db)
            try await audit.record("login.succeeded", entity: "user", id: username)
            return .success(cookieToken: token, user: user)
        }
    }

    func logout(cookieToken: String) async throws {
        try await writer.transaction { db, audit in
            try await UserSession.query(on: db).filter(\.$tokenHash == Secrets.sha256Hex(cookieToken)).delete()
            try await audit.record("logout", entity: "user", id: writer.actor.name)
        }
    }
}

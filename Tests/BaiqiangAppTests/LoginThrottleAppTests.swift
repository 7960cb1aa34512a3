import BaiqiangCore
import Dispatch
import Fluent
import NIOConcurrencyHelpers
import NIOCore
import Testing
import Vapor
import VaporTesting
@testable import BaiqiangApp

/// The test client connects from the loopback address, configured as a trusted proxy, and names
/// the client it stands for in `X-Forwarded-For`: the way a deployment behind nginx works.
private func behindProxy(_ config: inout AppConfiguration) {
    config.trustedProxies = ["127.0.0.1", "::1"]
}

@Suite("Throttling failed logins by account and address")
struct LoginThrottleAppTests {
    @Test("Wrong passwords for admin from one address do not stop admin signing in from another")
    func attackElsewhereDoesNotLockOut() async throws {
        try await withTestApp(configure: behindProxy) { app in
            try await Fixture.user(app, "admin1", .admin)
            app.clock.set(Date(timeIntervalSince1970: 1_800_000_000))
            for _ in 1...5 {
                #expect(try await app.postLogin("admin1", "Wrong-password-1", from: "203.0.113.7").status == .unauthorized)
                app.clock.advance(by: 60)
            }
            for _ in 1...3 {
                _ = try await app.postLogin("admin1", "Wrong-password-1", from: "203.0.113.7")
            }
            let right = try await app.postLogin("admin1", Fixture.password, from: "198.51.100.20")
            #expect(right.status != .tooManyRequests)
            #expect(try await app.signedInFrom("198.51.100.20"))
        }
    }

    @Test("From the attacking address even the right password waits until the delay has passed, and the page says how long")
    func delayFromSameAddress() async throws {
        try await withTestApp(configure: behindProxy) { app in
            try await Fixture.user(app, "admin1", .admin)
            app.clock.set(Date(timeIntervalSince1970: 1_800_000_000))
            for attempt in 1...5 {
                #expect(try await app.postLogin("admin1", "Wrong-password-1", from: "203.0.113.7").status == .unauthorized,
                        "attempt \(attempt)")
                app.clock.advance(by: 30)
            }
            app.clock.advance(by: -29)
            // Five failures: the next attempt waits 4 s after the last.
            let refused = try await app.postLogin("admin1", Fixture.password, from: "203.0.113.7")
            #expect(refused.status == .tooManyRequests)
            #expect(refused.session == nil)
            #expect(refused.body.contains("请等待 3 秒"))
            app.clock.advance(by: 3)
            #expect(!(try await app.signedInFrom("203.0.113.7")))
            _ = try await app.postLogin("admin1", Fixture.password, from: "203.0.113.7")
            #expect(try await app.signedInFrom("203.0.113.7"))
        }
    }

    @Test("A made-up username is throttled exactly like a real one, so the answer does not tell them apart")
    func unknownNameLooksTheSame() async throws {
        try await withTestApp(configure: behindProxy) { app in
            try await Fixture.user(app, "admin1", .admin)
            app.clock.set(Date(timeIntervalSince1970: 1_800_000_000))
            var answers: [String: (HTTPStatus, String)] = [:]
            for name in ["admin1", "nobody"] {
                for _ in 1...3 { _ = try await app.postLogin(name, "Wrong-password-1", from: "203.0.113.7") }
                let fourth = try await app.postLogin(name, "Wrong-password-1", from: "203.0.113.7")
                answers[name] = (fourth.status, fourth.body.replacingOccurrences(of: #"value="[^"]*""#, with: "", options: .regularExpression))
            }
            #expect(answers["admin1"]?.0 == .tooManyRequests)
            #expect(answers["admin1"]?.0 == answers["nobody"]?.0)
            #expect(answers["admin1"]?.1 == answers["nobody"]?.1)
        }
    }

    @Test("Twenty failures from one address across accounts make that address wait, for every account")
    func addressLimit() async throws {
        try await withTestApp { app in
            try await Fixture.user(app, "town1", .town, binding: "shaping")
            app.clock.set(Date(timeIntervalSince1970: 1_800_000_000))
            let service = app.testLoginService()
            for index in 1...20 {
                #expect(try await service.login(username: "guess\(index)", password: "x", address: "203.0.113.7") == .wrongCredentials)
            }
            guard case .wait(let until) = try await service.login(username: "town1", password: Fixture.password, address: "203.0.113.7") else {
                Issue.record("the address should wait")
                return
            }
            #expect(until == app.clock.now.addingTimeInterval(600))
            #expect(try await service.login(username: "town1", password: Fixture.password, address: "198.51.100.20").isSuccess)
        }
    }

    @Test("Many failed logins of unknown names from one address write a bounded number of audit rows; the rest are counted")
    func auditFlood() async throws {
        try await withTestApp { app in
            app.clock.set(Date(timeIntervalSince1970: 1_800_000_000))
            let service = app.testLoginService()
            let before = try await AuditEntry.query(on: app.db).count()
            for index in 1...12 {
                _ = try await service.login(username: "\(index)" + String(repeating: "n", count: 200), password: "x", address: "203.0.113.7")
            }
            let rows = try await AuditEntry.query(on: app.db).filter(\.$action == "login.failed").all()
            #expect(rows.count == 5)
            #expect(try await AuditEntry.query(on: app.db).count() == before + 5)
            #expect(rows.allSatisfy { $0.entityID.count == 64 })
            app.clock.advance(by: 60)
            _ = try await service.login(username: "late", password: "x", address: "203.0.113.7")
            let last = try #require(try await AuditEntry.query(on: app.db).filter(\.$action == "login.failed").sort(\.$sequence, .descending).first())
            #expect(last.entityID == "late")
            #expect(last.after?.contains(#""unrecorded":7"#) == true)
        }
    }

    @Test("A right password from an address resets that address's count for the account")
    func successClears() async throws {
        try await withTestApp { app in
            try await Fixture.user(app, "town1", .town, binding: "shaping")
            app.clock.set(Date(timeIntervalSince1970: 1_800_000_000))
            let service = app.testLoginService()
            for _ in 1...3 { _ = try await service.login(username: "town1", password: "x", address: "203.0.113.7") }
            app.clock.advance(by: 1)
            #expect(try await service.login(username: "town1", password: Fixture.password, address: "203.0.113.7").isSuccess)
            for _ in 1...3 {
                #expect(try await service.login(username: "town1", password: "x", address: "203.0.113.7") == .wrongCredentials)
            }
        }
    }

    @Test("An administrator's unlock clears an account's delays from every address")
    func unlock() async throws {
        try await withTestApp { app in
            try await Fixture.user(app, "town1", .town, binding: "shaping")
            app.clock.set(Date(timeIntervalSince1970: 1_800_000_000))
            let service = app.testLoginService()
            for _ in 1...4 { _ = try await service.login(username: "town1", password: "x", address: "203.0.113.7") }
            #expect(try await service.login(username: "town1", password: Fixture.password, address: "203.0.113.7") != .wrongCredentials)
            try await UserAdministration(writer: app.writer(as: .system), hasher: app.password).unlock(username: "town1")
            #expect(try await service.login(username: "town1", password: Fixture.password, address: "203.0.113.7").isSuccess)
        }
    }

    @Test("The password is checked outside the write gate: other writes go on while a login is being checked")
    func bcryptOutsideWriteGate() async throws {
        try await withTestApp { app in
            try await Fixture.user(app, "admin1", .admin)
            let hasher = BlockingHasher(app.password.sync)
            let check = PasswordCheck(hasher: hasher, threadPool: app.passwordCheck.threadPool, dummyDigest: { try app.password.sync.hash("dummy") })
            let service = LoginService(writer: app.writer(as: .anonymous), check: check, clock: app.clock)
            let login = Task { try await service.login(username: "admin1", password: Fixture.password, address: "203.0.113.7") }
            #expect(await hasher.waitUntilChecking())

            // Should the write wait for the gate, the watchdog lets the check finish and says so. Its
            // minute is far beyond any write, even on a loaded machine, so only a waiting write trips it.
            let timedOut = NIOLockedValueBox(false)
            let watchdog = Task {
                try await Task.sleep(for: .seconds(60))
                timedOut.withLockedValue { $0 = true }
                hasher.release()
            }
            try await app.writer(as: .system).transaction { _, audit in
                try await audit.record(.databaseBackup, entity: .database, id: "during-login")
            }
            #expect(!timedOut.withLockedValue { $0 }, "an audited write waited for a password check")
            watchdog.cancel()
            hasher.release()
            #expect(try await login.value.isSuccess)
        }
    }

    @Test("Parallel guesses are throttled like sequential ones: only three of ten get their password checked")
    func parallelGuesses() async throws {
        try await withTestApp { app in
            try await Fixture.user(app, "admin1", .admin)
            app.clock.set(Date(timeIntervalSince1970: 1_800_000_000))
            let hasher = BlockingHasher(app.password.sync)
            // Threads enough for every attempt to reach the check if nothing throttled it.
            let pool = NIOThreadPool(numberOfThreads: 10)
            pool.start()
            defer { pool.shutdownGracefully { _ in } }
            let service = LoginService(writer: app.writer(as: .anonymous), check: PasswordCheck(hasher: hasher, threadPool: pool,
                                       dummyDigest: { try app.password.sync.hash("dummy") }), clock: app.clock)
            let finished = NIOLockedValueBox(0)
            let logins = (0..<10).map { _ in
                Task {
                    defer { finished.withLockedValue { $0 += 1 } }
                    return try await service.login(username: "admin1", password: "Wrong-password-1", address: "203.0.113.7")
                }
            }
            // Every attempt has either returned or reached the password check.
            for _ in 0..<6000 where finished.withLockedValue({ $0 }) + hasher.checks < 10 {
                try await Task.sleep(for: .milliseconds(10))
            }
            hasher.releaseAll()
            var outcomes: [LoginService.Outcome] = []
            for login in logins { outcomes.append(try await login.value) }
            #expect(outcomes.filter { $0 == .wrongCredentials }.count == 3)
            #expect(outcomes.filter { if case .wait = $0 { true } else { false } }.count == 7)
        }
    }

    @Test("An unknown username costs a bcrypt check against a digest of the same cost")
    func unknownNameChecksDummy() async throws {
        try await withTestApp { app in
            try await Fixture.user(app, "admin1", .admin)
            let hasher = BlockingHasher(app.password.sync)
            hasher.releaseAll()
            let service = LoginService(writer: app.writer(as: .anonymous), check: PasswordCheck(hasher: hasher, threadPool: app.passwordCheck.threadPool,
                                       dummyDigest: app.passwordCheck.dummyDigest), clock: app.clock)
            #expect(try await service.login(username: "nobody", password: "Wrong-password-1", address: "203.0.113.7") == .wrongCredentials)
            #expect(try await service.login(username: "admin1", password: "Wrong-password-1", address: "203.0.113.7") == .wrongCredentials)
            let digests = hasher.digests
            #expect(digests.count == 2)
            #expect(digests.allSatisfy { $0.hasPrefix("$2b$04$") })
        }
    }

    @Test("A password changed while a login is being checked makes the old one fail")
    func passwordChangedDuringCheck() async throws {
        try await withTestApp { app in
            try await Fixture.user(app, "admin1", .admin)
            let hasher = BlockingHasher(app.password.sync)
            let service = LoginService(writer: app.writer(as: .anonymous), check: PasswordCheck(hasher: hasher, threadPool: app.passwordCheck.threadPool,
                                       dummyDigest: { try app.password.sync.hash("dummy") }), clock: app.clock)
            let login = Task { try await service.login(username: "admin1", password: Fixture.password, address: "203.0.113.7") }
            #expect(await hasher.waitUntilChecking())
            try await UserAdministration(writer: app.writer(as: .system), hasher: app.password)
                .resetPassword(username: "admin1", to: "Lotus-pond-2027")
            hasher.releaseAll()
            #expect(try await login.value == .wrongCredentials)
            #expect(try await UserSession.query(on: app.db).count() == 0)
        }
    }
}

extension LoginService.Outcome: Equatable {
    public static func == (lhs: Self, rhs: Self) -> Bool {
        switch (lhs, rhs) {
        case (.success(let a, _), .success(let b, _)): a == b
        case (.wrongCredentials, .wrongCredentials): true
        case (.wait(let a), .wait(let b)): a == b
        default: false
        }
    }

    var isSuccess: Bool {
        if case .success = self { return true }
        return false
    }
}

/// A password hasher that holds every check until the test releases it.
private final class BlockingHasher: PasswordHasher, @unchecked Sendable {
    let inner: any PasswordHasher
    let entered = NIOLockedValueBox(false)
    let gate = DispatchSemaphore(value: 0)
    let released = NIOLockedValueBox(false)
    let open = NIOLockedValueBox(false)
    private let seen = NIOLockedValueBox<[String]>([])

    init(_ inner: any PasswordHasher) {
        self.inner = inner
    }

    func hash<Password: DataProtocol>(_ password: Password) throws -> [UInt8] {
        try inner.hash(password)
    }

    func verify<Password: DataProtocol, Digest: DataProtocol>(_ password: Password, created digest: Digest) throws -> Bool {
        entered.withLockedValue { $0 = true }
        seen.withLockedValue { $0.append(String(decoding: Array(digest), as: UTF8.self)) }
        if !open.withLockedValue({ $0 }) { gate.wait() }
        return try inner.verify(password, created: digest)
    }

    /// Whether a check began within a minute: long enough for a loaded machine, and only a
    /// check that never begins waits that long.
    func waitUntilChecking() async -> Bool {
        for _ in 0..<6000 {
            if entered.withLockedValue({ $0 }) { return true }
            try? await Task.sleep(for: .milliseconds(10))
        }
        return false
    }

    /// How many checks have begun.
    var checks: Int { seen.withLockedValue { $0.count } }
    /// The digests checked against.
    var digests: [String] { seen.withLockedValue { $0 } }

    /// Lets every check, present and future, go on.
    func releaseAll() {
        open.withLockedValue { $0 = true }
        for _ in 0..<64 { gate.signal() }
    }

    func release() {
        let first = released.withLockedValue { done in
            defer { done = true }
            return !done
        }
        if first { gate.signal() }
    }
}

extension Application {
    /// The sign-in service as a request gets it, without a request.
    func testLoginService() -> LoginService {
        LoginService(writer: writer(as: .anonymous), check: passwordCheck, clock: clock)
    }

    /// Whether a sign-in from `address` succeeded, as the audit log records it.
    func signedInFrom(_ address: String) async throws -> Bool {
        try await AuditEntry.query(on: db).filter(\.$action == "login.succeeded").all()
            .contains { $0.after?.contains(#""address":"\#(address)""#) == true }
    }

    /// Posts the login form through the loopback "proxy", as if from `address`: the request comes
    /// from 127.0.0.1, as it would over a socket from nginx on the same host, and names the client
    /// in `X-Forwarded-For`. It goes straight to the responder rather than over a socket, so a
    /// busy machine makes it slow, never cut off by a test client's deadline.
    func postLogin(_ username: String, _ password: String, from address: String) async throws
        -> (status: HTTPStatus, body: String, session: String?) {
        let form = try await loginForm()
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .cookie, value: "\(LoginController.loginCSRFCookie)=\(form.cookie)")
        headers.replaceOrAdd(name: .xForwardedFor, value: address)
        headers.contentType = .urlEncodedForm
        var body = ByteBuffer()
        try URLEncodedFormEncoder().encode(["username": username, "password": password, "_csrf": form.field], to: &body, headers: &headers)
        headers.replaceOrAdd(name: .contentLength, value: String(body.readableBytes))
        let request = Request(application: self, method: .POST, url: URI(path: SiteURL.login.path), headers: headers,
                              collectedBody: body, remoteAddress: try SocketAddress(ipAddress: "127.0.0.1", port: 40_000),
                              logger: logger, on: eventLoopGroup.next())
        let response = try await responder.respond(to: request).get()
        let text = try await response.body.collect(on: request.eventLoop).get().map { String(buffer: $0) } ?? ""
        return (response.status, text, response.headers.setCookie?[sessionCookieName]?.string)
    }
}

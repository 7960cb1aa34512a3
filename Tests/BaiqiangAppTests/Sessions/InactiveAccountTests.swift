import BaiqiangCore
import Fluent
import Testing
import Vapor
import VaporTesting
@testable import BaiqiangApp

@Suite("Accounts unused for the configured days are disabled")
struct InactiveAccountTests {
    static let start = Date(timeIntervalSince1970: 1_780_000_000)
    static let day: TimeInterval = 86_400

    func sweep(_ app: Application, days: Int = 90) async throws -> [String] {
        try await InactiveAccounts(writer: app.writer(as: .system), rule: InactiveAccountRule(days: days)).disable()
    }

    func user(_ app: Application, _ username: String) async throws -> User {
        try #require(try await User.query(on: app.db).filter(\.$username == username).first())
    }

    @Test("Signing in records the moment, by the application's clock")
    func signInRecorded() async throws {
        try await withTestApp(at: Self.start) { app in
            try await Fixture.user(app, "lead", .leader)
            _ = try await app.signIn("lead")
            #expect(try await user(app, "lead").lastSignInAt == Self.start)
        }
    }

    @Test("Unused exactly the configured days: still enabled; one second more: disabled, audited, refused at sign-in")
    func boundary() async throws {
        try await withTestApp(at: Self.start) { app in
            try await Fixture.user(app, "lead", .leader)
            let browser = try await app.signIn("lead")
            app.clock.advance(by: 90 * Self.day)
            #expect(try await sweep(app) == [])
            #expect(try await user(app, "lead").isActive)
            app.clock.advance(by: 1)
            #expect(try await sweep(app) == ["lead"])
            #expect(try await user(app, "lead").isActive == false)
            let audit = try #require(try await AuditEntry.query(on: app.db).filter(\.$action == InactiveAccounts.action.code).first())
            #expect(audit.actor == "system")
            #expect(audit.entityID == "lead")
            #expect(try await UserSession.query(on: app.db).count() == 0)
            _ = browser
            let login = try await app.postLogin("lead", Fixture.password)
            #expect(login.session == nil)
            #expect(login.body.contains("用户名或密码错误"))
        }
    }

    @Test("An account never used counts from its creation")
    func neverUsed() async throws {
        try await withTestApp(at: Self.start) { app in
            let lead = try await Fixture.user(app, "lead", .leader)
            lead.createdAt = Self.start.addingTimeInterval(-30 * Self.day)
            try await lead.update(on: app.db)
            #expect(try await sweep(app, days: 30) == [])
            app.clock.advance(by: 1)
            #expect(try await sweep(app, days: 30) == ["lead"])
        }
    }

    @Test("Without a configured number of days nobody is disabled")
    func off() async throws {
        try await withTestApp(at: Self.start) { app in
            try await Fixture.user(app, "lead", .leader)
            _ = try await app.signIn("lead")
            app.clock.advance(by: 3650 * Self.day)
            let disabled = try await InactiveAccounts(writer: app.writer(as: .system), rule: InactiveAccountRule(days: nil)).disable()
            #expect(disabled.isEmpty)
            #expect(try await user(app, "lead").isActive)
        }
    }

    @Test("An already disabled account is not disabled again")
    func onlyActive() async throws {
        try await withTestApp(at: Self.start) { app in
            try await Fixture.user(app, "lead", .leader)
            _ = try await app.signIn("lead")
            app.clock.advance(by: 91 * Self.day)
            #expect(try await sweep(app) == ["lead"])
            #expect(try await sweep(app) == [])
            #expect(try await AuditEntry.query(on: app.db).filter(\.$action == InactiveAccounts.action.code).count() == 1)
        }
    }
}

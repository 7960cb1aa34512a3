import BaiqiangCore
import Fluent
import Testing
import Vapor
import VaporTesting
@testable import BaiqiangApp

@Suite("Idle and absolute session timeouts")
struct SessionTimeoutTests {
    static let start = Date(timeIntervalSince1970: 1_780_000_000)

    func status(_ app: Application, _ browser: Browser) async throws -> HTTPStatus {
        var status = HTTPStatus.ok
        try await app.testing().test(.GET, SiteURL.account.path, headers: browser.headers) { response async in status = response.status }
        return status
    }

    @Test("A session idle exactly the idle timeout is still signed in")
    func idleEdgeStillSignedIn() async throws {
        try await withTestApp(at: Self.start) { app in
            try await Fixture.user(app, "lead", .leader)
            let browser = try await app.signIn("lead")
            app.clock.advance(by: 30 * 60)
            #expect(try await status(app, browser) == .ok)
        }
    }

    @Test("One second past the idle timeout the session ends, and the login page says it expired")
    func idleEdgeSignedOut() async throws {
        try await withTestApp(at: Self.start) { app in
            try await Fixture.user(app, "lead", .leader)
            let browser = try await app.signIn("lead")
            app.clock.advance(by: 30 * 60 + 1)
            #expect(try await status(app, browser) == .seeOther)
            #expect(try await UserSession.query(on: app.db).count() == 0)
            try await app.testing().test(.GET, SiteURL.login.path, headers: browser.headers) { response async in
                #expect(response.body.string.contains("登录已过期"))
            }
        }
    }

    @Test("The idle timeout is the configured one")
    func configuredIdle() async throws {
        try await withTestApp(at: Self.start, configure: { $0.sessionIdleTimeout = 10 * 60 }) { app in
            try await Fixture.user(app, "lead", .leader)
            let browser = try await app.signIn("lead")
            app.clock.advance(by: 10 * 60 + 1)
            #expect(try await status(app, browser) == .seeOther)
        }
    }

    @Test("A request counts as activity: idle is measured from the last one")
    func activityRefreshes() async throws {
        try await withTestApp(at: Self.start) { app in
            try await Fixture.user(app, "lead", .leader)
            let browser = try await app.signIn("lead")
            app.clock.advance(by: 20 * 60)
            #expect(try await status(app, browser) == .ok)
            app.clock.advance(by: 20 * 60)
            #expect(try await status(app, browser) == .ok)
        }
    }

    @Test("Within a minute of the last recorded use a request writes nothing")
    func touchAtMostOncePerMinute() async throws {
        try await withTestApp(at: Self.start) { app in
            try await Fixture.user(app, "lead", .leader)
            let browser = try await app.signIn("lead")
            app.clock.advance(by: 59)
            #expect(try await status(app, browser) == .ok)
            #expect(try await UserSession.query(on: app.db).first()?.lastSeenAt == Self.start)
            app.clock.advance(by: 1)
            #expect(try await status(app, browser) == .ok)
            #expect(try await UserSession.query(on: app.db).first()?.lastSeenAt == Self.start.addingTimeInterval(60))
        }
    }

    @Test("A busy session still ends at its absolute lifetime")
    func busySessionEndsAtLifetime() async throws {
        try await withTestApp(at: Self.start) { app in
            try await Fixture.user(app, "lead", .leader)
            let browser = try await app.signIn("lead")
            let lifetime = app.configuration.sessionLifetime
            var elapsed: TimeInterval = 0
            while elapsed + 20 * 60 <= lifetime {
                app.clock.advance(by: 20 * 60)
                elapsed += 20 * 60
                #expect(try await status(app, browser) == .ok)
            }
            app.clock.advance(by: lifetime - elapsed + 1)
            #expect(try await status(app, browser) == .seeOther)
        }
    }
}

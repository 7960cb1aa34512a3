import BaiqiangCore
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import BaiqiangApp

/// A server keeps the principal of each live session between requests. What ends or changes a
/// session or its account, done through another server on the same database (or the command
/// line beside it), still shows at this server's next request.
@Suite("Signed-in accounts kept between requests")
struct SessionPrincipalCacheTests {
    static let start = Date(timeIntervalSince1970: 1_780_000_000)

    static func status(_ app: Application, _ browser: Browser) async throws -> HTTPStatus {
        var status = HTTPStatus.ok
        try await app.testing().test(.GET, SiteURL.account.path, headers: browser.headers) { response async in status = response.status }
        return status
    }

    static func operator_(_ app: Application) -> UserAdministration {
        UserAdministration(writer: app.writer(as: .commandLine("ops")), hasher: app.password)
    }

    @Test("An account deactivated through another server is signed out at this server's next request")
    func deactivatedElsewhere() async throws {
        try await withTestApp(at: Self.start) { app in
            try await Fixture.user(app, "lead", .leader)
            let browser = try await app.signIn("lead")
            #expect(try await Self.status(app, browser) == .ok)
            try await withSecondServer(of: app) { second in
                try await Self.operator_(second).setActive(username: "lead", false)
            }
            #expect(try await Self.status(app, browser) == .seeOther, "the kept principal must not outlive the account")
        }
    }

    @Test("A session signed out through another server ends here at once")
    func signedOutElsewhere() async throws {
        try await withTestApp(at: Self.start) { app in
            try await Fixture.user(app, "lead", .leader)
            let browser = try await app.signIn("lead")
            #expect(try await Self.status(app, browser) == .ok)
            try await withSecondServer(of: app) { second in
                try await second.testing().test(.POST, SiteURL.logout.path, headers: browser.headers, beforeRequest: { request in
                    try request.content.encode(["_csrf": browser.csrf], as: .urlEncodedForm)
                }, afterResponse: { response async in #expect(response.status == .seeOther) })
                #expect(try await Self.status(second, browser) == .seeOther)
            }
            #expect(try await Self.status(app, browser) == .seeOther)
            try await app.testing().test(.GET, SiteURL.login.path, headers: browser.headers) { response async in
                #expect(response.body.string.contains("登录已过期"))
            }
        }
    }

    @Test("A password reset through another server ends every session of the account here")
    func passwordResetElsewhere() async throws {
        try await withTestApp(at: Self.start) { app in
            try await Fixture.user(app, "lead", .leader)
            let browser = try await app.signIn("lead")
            #expect(try await Self.status(app, browser) == .ok)
            try await withSecondServer(of: app) { second in
                try await Self.operator_(second).resetPassword(username: "lead", to: "A-new-passphrase-2026")
            }
            #expect(try await Self.status(app, browser) == .seeOther)
        }
    }

    @Test("A session used a moment ago still ends at its lifetime, to the second")
    func keptSessionEndsAtLifetime() async throws {
        try await withTestApp(at: Self.start) { app in
            try await Fixture.user(app, "lead", .leader)
            let browser = try await app.signIn("lead")
            let lifetime = app.configuration.sessionLifetime
            var elapsed: TimeInterval = 0
            // Keep it busy so that the last touch falls half a minute before the end.
            while elapsed + 20 * 60 < lifetime - 30 {
                app.clock.advance(by: 20 * 60)
                elapsed += 20 * 60
                #expect(try await Self.status(app, browser) == .ok)
            }
            app.clock.advance(by: lifetime - 30 - elapsed)
            #expect(try await Self.status(app, browser) == .ok, "touched 30 seconds before the end")
            app.clock.advance(by: 30)
            #expect(try await Self.status(app, browser) == .ok, "at the lifetime exactly")
            app.clock.advance(by: 1)
            #expect(try await Self.status(app, browser) == .seeOther, "one second past it, a minute within the last touch")
        }
    }

    @Test("A page's requests within the touch interval read the session once")
    func readOnceWhileNothingChanges() async throws {
        try await withTestApp(at: Self.start) { app in
            try await Fixture.user(app, "lead", .leader)
            let browser = try await app.signIn("lead")
            #expect(try await Self.status(app, browser) == .ok)
            // The session row goes without an audited write (as no path in the product does):
            // a kept principal still serves, which is what shows it was kept.
            try await UserSession.query(on: app.db).delete()
            #expect(try await Self.status(app, browser) == .ok)
            app.clock.advance(by: UserSession.touchInterval)
            #expect(try await Self.status(app, browser) == .seeOther, "due for a touch, the session is read again")
        }
    }
}

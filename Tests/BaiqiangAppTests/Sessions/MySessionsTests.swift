import BaiqiangCore
import Fluent
import Testing
import Vapor
import VaporTesting
@testable import BaiqiangApp

@Suite("A user's own sessions on the account page")
struct MySessionsTests {
    func post(_ app: Application, _ url: SiteURL, _ browser: Browser) async throws -> HTTPStatus {
        var status = HTTPStatus.ok
        try await app.testing().test(.POST, url.path, headers: browser.headers, beforeRequest: { request in
            try request.content.encode(["_csrf": browser.csrf], as: .urlEncodedForm)
        }, afterResponse: { response async in status = response.status })
        return status
    }

    func status(_ app: Application, _ browser: Browser) async throws -> HTTPStatus {
        var status = HTTPStatus.ok
        try await app.testing().test(.GET, SiteURL.account.path, headers: browser.headers) { response async in status = response.status }
        return status
    }

    func sessionID(_ app: Application, _ browser: Browser) async throws -> UUID {
        try #require(try await UserSession.query(on: app.db).filter(\.$tokenHash == Secrets.sha256Hex(browser.cookie)).first()?.id)
    }

    @Test("The account page lists the live sessions, this one marked, the others with an end button")
    func listed() async throws {
        try await withTestApp { app in
            try await Fixture.user(app, "lead", .leader)
            _ = try await app.signIn("lead")
            let here = try await app.signIn("lead")
            let other = try await sessionID(app, try await app.signIn("lead"))
            try await app.testing().test(.GET, SiteURL.account.path, headers: here.headers) { response async in
                let body = response.body.string
                #expect(body.contains("本次会话"))
                #expect(body.contains(SiteURL.accountSessionEnd(id: other.uuidString).path))
                #expect(body.contains(SiteURL.accountSessionsEndOthers.path))
            }
        }
    }

    @Test("Ending another of one's sessions signs it out and is audited")
    func endOne() async throws {
        try await withTestApp { app in
            try await Fixture.user(app, "lead", .leader)
            let here = try await app.signIn("lead")
            let elsewhere = try await app.signIn("lead")
            let id = try await sessionID(app, elsewhere)
            #expect(try await post(app, .accountSessionEnd(id: id.uuidString), here) == .seeOther)
            #expect(try await status(app, elsewhere) == .seeOther)
            #expect(try await status(app, here) == .ok)
            let audit = try #require(try await AuditEntry.query(on: app.db).filter(\.$action == "session.ended").first())
            #expect(audit.actor == "lead")
            #expect(audit.entityID == id.uuidString)
        }
    }

    @Test("Another user's session id is not found and that session stays")
    func othersSessionRefused() async throws {
        try await withTestApp { app in
            try await Fixture.user(app, "lead", .leader)
            try await Fixture.user(app, "lead2", .leader)
            let mine = try await app.signIn("lead")
            let theirs = try await app.signIn("lead2")
            let id = try await sessionID(app, theirs)
            #expect(try await post(app, .accountSessionEnd(id: id.uuidString), mine) == .notFound)
            #expect(try await status(app, theirs) == .ok)
            #expect(try await AuditEntry.query(on: app.db).filter(\.$action == "session.ended").count() == 0)
        }
    }

    @Test("Ending all others keeps this session and only this user's")
    func endOthers() async throws {
        try await withTestApp { app in
            try await Fixture.user(app, "lead", .leader)
            try await Fixture.user(app, "lead2", .leader)
            let here = try await app.signIn("lead")
            let second = try await app.signIn("lead")
            let third = try await app.signIn("lead")
            let someoneElse = try await app.signIn("lead2")
            #expect(try await post(app, .accountSessionsEndOthers, here) == .seeOther)
            #expect(try await status(app, here) == .ok)
            #expect(try await status(app, second) == .seeOther)
            #expect(try await status(app, third) == .seeOther)
            #expect(try await status(app, someoneElse) == .ok)
            #expect(try await AuditEntry.query(on: app.db).filter(\.$action == "session.ended").count() == 2)
        }
    }

    @Test("Ending a session needs the form's CSRF token")
    func csrf() async throws {
        try await withTestApp { app in
            try await Fixture.user(app, "lead", .leader)
            let here = try await app.signIn("lead")
            let elsewhere = try await app.signIn("lead")
            let forged = Browser(cookie: here.cookie, csrf: "forged")
            #expect(try await post(app, .accountSessionsEndOthers, forged) == .forbidden)
            #expect(try await status(app, elsewhere) == .ok)
        }
    }
}

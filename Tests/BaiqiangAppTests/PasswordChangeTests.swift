import BaiqiangCore
import Fluent
import Testing
import Vapor
import VaporTesting
@testable import BaiqiangApp

@Suite("Changing and resetting passwords")
struct PasswordChangeTests {
    static let newPassword = "Lotus-pond-2027"

    func bearer(_ token: String) -> HTTPHeaders {
        var headers = HTTPHeaders()
        headers.bearerAuthorization = .init(token: token)
        return headers
    }

    func status(_ app: Application, _ url: SiteURL, _ headers: HTTPHeaders) async throws -> HTTPStatus {
        var status = HTTPStatus.ok
        try await app.testing().test(.GET, url.path, headers: headers) { response async in status = response.status }
        return status
    }

    func post(_ app: Application, _ url: SiteURL, _ browser: Browser, _ fields: [String: String]) async throws -> (HTTPStatus, String) {
        var result: (HTTPStatus, String) = (.ok, "")
        try await app.testing().test(.POST, url.path, headers: browser.headers, beforeRequest: { request in
            try request.content.encode(fields.merging(["_csrf": browser.csrf]) { a, _ in a }, as: .urlEncodedForm)
        }, afterResponse: { response async in
            result = (response.status, response.body.string)
        })
        return result
    }

    @Test("An administrator's reset ends the user's sessions and revokes their API tokens")
    func adminReset() async throws {
        try await withTestApp { app in
            try await Fixture.user(app, "admin1", .admin)
            try await Fixture.user(app, "lead", .leader)
            let token = try await TokenService(writer: app.writer(as: .system)).create(username: "lead").token
            let lead = try await app.signIn("lead")
            let admin = try await app.signIn("admin1")
            let reset = try await post(app, .adminUserAction(username: "lead", action: "reset_password"), admin, ["password": Self.newPassword])
            #expect(reset.0 == .seeOther)
            #expect(try await status(app, .api(.me), bearer(token)) == .unauthorized)
            #expect(try await status(app, .home, lead.headers) == .seeOther)
            #expect(try await app.postLogin("lead", Self.newPassword).session != nil)
        }
    }

    @Test("The reset the command line uses revokes tokens too")
    func commandLineReset() async throws {
        try await withTestApp { app in
            try await Fixture.user(app, "lead", .leader)
            let tokens = TokenService(writer: app.writer(as: .system))
            _ = try await tokens.create(username: "lead", name: "a")
            _ = try await tokens.create(username: "lead", name: "b")
            try await UserAdministration(writer: app.writer(as: .commandLine("ops")), hasher: app.password)
                .resetPassword(username: "lead", to: Self.newPassword)
            #expect(try await ApiToken.query(on: app.db).filter(\.$revokedAt == nil).count() == 0)
            #expect(try await AuditEntry.query(on: app.db).filter(\.$action == "token.revoke").count() == 2)
        }
    }

    @Test("Users change their own password: other sessions end, tokens are revoked, this session stays")
    func ownChange() async throws {
        try await withTestApp { app in
            try await Fixture.user(app, "lead", .leader)
            let token = try await TokenService(writer: app.writer(as: .system)).create(username: "lead").token
            let here = try await app.signIn("lead")
            let elsewhere = try await app.signIn("lead")
            let change = try await post(app, .accountPassword, here,
                                        ["current": Fixture.password, "new": Self.newPassword, "repeated": Self.newPassword])
            #expect(change.0 == .seeOther)
            #expect(try await status(app, .account, here.headers) == .ok)
            #expect(try await status(app, .home, elsewhere.headers) == .seeOther)
            #expect(try await status(app, .api(.me), bearer(token)) == .unauthorized)
            #expect(try await app.postLogin("lead", Fixture.password).session == nil)
            #expect(try await app.postLogin("lead", Self.newPassword).session != nil)
            let audit = try #require(try await AuditEntry.query(on: app.db).filter(\.$action == "user.change_password").first())
            #expect(audit.actor == "lead")
            #expect(audit.after?.contains(Self.newPassword) == false)
        }
    }

    @Test("A change is refused with the reason, and nothing changes", arguments: [
        (["current": "Wrong-password-1", "new": PasswordChangeTests.newPassword, "repeated": PasswordChangeTests.newPassword], "当前密码不正确"),
        (["current": Fixture.password, "new": PasswordChangeTests.newPassword, "repeated": PasswordChangeTests.newPassword + "x"], "两次输入的新密码不一致"),
        (["current": Fixture.password, "new": "Password12", "repeated": "Password12"], "常见单词"),
        (["current": Fixture.password, "new": "Aa1-" + String(repeating: "qz", count: 35), "repeated": "Aa1-" + String(repeating: "qz", count: 35)], "72 字节"),
    ])
    func refused(fields: [String: String], reason: String) async throws {
        try await withTestApp { app in
            try await Fixture.user(app, "lead", .leader)
            let token = try await TokenService(writer: app.writer(as: .system)).create(username: "lead").token
            let here = try await app.signIn("lead")
            let elsewhere = try await app.signIn("lead")
            let change = try await post(app, .accountPassword, here, fields)
            #expect(change.0 == .badRequest)
            #expect(change.1.contains(reason))
            #expect(try await status(app, .home, elsewhere.headers) == .ok)
            #expect(try await status(app, .api(.me), bearer(token)) == .ok)
            #expect(try await AuditEntry.query(on: app.db).filter(\.$action == "user.change_password").count() == 0)
        }
    }
}

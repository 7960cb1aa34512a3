import BaiqiangCore
import Fluent
import Testing
import Vapor
import VaporTesting
@testable import BaiqiangApp

@Suite("API tokens")
struct TokenTests {
    func bearer(_ token: String) -> HTTPHeaders {
        var headers = HTTPHeaders()
        headers.bearerAuthorization = .init(token: token)
        return headers
    }

    @Test("A token works until revoked, is stored only as a digest, and a revoked one gets 401")
    func lifecycle() async throws {
        try await withTestApp { app in
            try await Fixture.user(app, "lead", .leader)
            let service = TokenService(writer: app.writer(as: .system))
            let (token, id) = try await service.create(username: "lead", name: "script")
            #expect(token.hasPrefix("bq_"))
            let stored = try #require(try await ApiToken.find(id, on: app.db))
            #expect(stored.tokenHash != token)
            #expect(stored.tokenHash == Secrets.sha256Hex(token))

            try await app.testing().test(.GET, SiteURL.api(.me).path, headers: bearer(token)) { response async throws in
                #expect(response.status == .ok)
                #expect(try response.content.get(String.self, at: "username") == "lead")
                #expect(try response.content.get(String.self, at: "scope") == "county")
            }
            try await service.revoke(id: id, ownedBy: "lead")
            try await app.testing().test(.GET, SiteURL.api(.me).path, headers: bearer(token)) { response async in
                #expect(response.status == .unauthorized)
                #expect(response.headers.first(name: .wwwAuthenticate)?.contains("invalid_token") == true)
                #expect(response.body.string.contains("令牌无效或已被吊销"))
            }
            #expect(try await AuditEntry.query(on: app.db).filter(\.$action == "token.revoke").count() == 1)
        }
    }

    @Test("A made-up token, or none, gets 401 problem+json")
    func unknownToken() async throws {
        try await withTestApp { app in
            try await app.testing().test(.GET, SiteURL.api(.enterprises).path, headers: bearer("bq_notarealtoken")) { response async in
                #expect(response.status == .unauthorized)
                #expect(response.headers.contentType?.subType == "problem+json")
            }
            try await app.testing().test(.GET, SiteURL.api(.enterprises).path) { response async in
                #expect(response.status == .unauthorized)
            }
        }
    }

    @Test("A deactivated user's token stops working")
    func deactivated() async throws {
        try await withTestApp { app in
            try await Fixture.user(app, "lead", .leader)
            let token = try await TokenService(writer: app.writer(as: .system)).create(username: "lead").token
            try await UserAdministration(writer: app.writer(as: .system), hasher: app.password).setActive(username: "lead", false)
            try await app.testing().test(.GET, SiteURL.api(.me).path, headers: bearer(token)) { response async in
                #expect(response.status == .unauthorized)
            }
        }
    }

    @Test("A user can make a token on the account page, sees it once, and can revoke it")
    func accountPage() async throws {
        try await withTestApp { app in
            try await Fixture.user(app, "lead", .leader)
            let browser = try await app.signIn("lead")
            var token = ""
            try await app.testing().test(.POST, SiteURL.accountTokens.path, headers: browser.headers, beforeRequest: { request in
                try request.content.encode(["name": "excel", "_csrf": browser.csrf], as: .urlEncodedForm)
            }, afterResponse: { response async throws in
                #expect(response.status == .ok)
                let body = response.body.string
                let range = try #require(body.range(of: #"bq_[A-Za-z0-9_\-]+"#, options: .regularExpression))
                token = String(body[range])
            })
            try await app.testing().test(.GET, SiteURL.api(.me).path, headers: bearer(token)) { response async in
                #expect(response.status == .ok)
            }
            try await app.testing().test(.GET, SiteURL.account.path, headers: browser.headers) { response async in
                #expect(!response.body.string.contains(token), "a token is shown only when made")
            }
            let id = try #require(try await ApiToken.query(on: app.db).first()?.id)
            try await app.testing().test(.POST, SiteURL.accountTokenRevoke(id: id.uuidString).path, headers: browser.headers, beforeRequest: { request in
                try request.content.encode(["_csrf": browser.csrf], as: .urlEncodedForm)
            }, afterResponse: { response async in
                #expect(response.status == .seeOther)
            })
            try await app.testing().test(.GET, SiteURL.api(.me).path, headers: bearer(token)) { response async in
                #expect(response.status == .unauthorized)
            }
        }
    }
}

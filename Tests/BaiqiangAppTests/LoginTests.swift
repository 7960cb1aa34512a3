import BaiqiangCore
import Fluent
import Testing
import Vapor
import VaporTesting
@testable import BaiqiangApp

@Suite("Signing in, redirects, sessions")
struct LoginTests {
    @Test("The right password signs in with a HttpOnly, SameSite=Strict session cookie")
    func success() async throws {
        try await withTestApp { app in
            try await Fixture.user(app, "leader1", .leader)
            let form = try await app.loginForm()
            try await app.testing().test(.POST, SiteURL.login.path, beforeRequest: { request in
                request.headers.replaceOrAdd(name: .cookie, value: "\(LoginController.loginCSRFCookie)=\(form.cookie)")
                try request.content.encode(["username": "leader1", "password": Fixture.password, "_csrf": form.field, "next": SiteURL.enterprises.path],
                                           as: .urlEncodedForm)
            }, afterResponse: { response async throws in
                #expect(response.status == .seeOther)
                #expect(response.headers.first(name: .location) == "/enterprises")
                let cookie = try #require(response.headers.setCookie?[sessionCookieName])
                #expect(cookie.isHTTPOnly)
                #expect(cookie.sameSite == .strict)
                #expect(!cookie.isSecure)
            })
            let audit = try await AuditEntry.query(on: app.db).filter(\.$action == "login.succeeded").count()
            #expect(audit == 1)
        }
    }

    @Test("Cookies are Secure when served over TLS")
    func secureCookies() async throws {
        try await withTestApp(configure: { $0.secureCookies = true }) { app in
            try await Fixture.user(app, "leader1", .leader)
            let form = try await app.loginForm()
            try await app.testing().test(.POST, SiteURL.login.path, beforeRequest: { request in
                request.headers.replaceOrAdd(name: .cookie, value: "\(LoginController.loginCSRFCookie)=\(form.cookie)")
                try request.content.encode(["username": "leader1", "password": Fixture.password, "_csrf": form.field], as: .urlEncodedForm)
            }, afterResponse: { response async throws in
                #expect(try #require(response.headers.setCookie?[sessionCookieName]).isSecure)
            })
        }
    }

    @Test("A wrong password or unknown user is refused with the same message and no session")
    func failure() async throws {
        try await withTestApp { app in
            try await Fixture.user(app, "leader1", .leader)
            let wrong = try await app.postLogin("leader1", "Wrong-password-1")
            #expect(wrong.status == .unauthorized)
            #expect(wrong.session == nil)
            #expect(wrong.body.contains("用户名或密码错误"))
            let unknown = try await app.postLogin("nobody", Fixture.password)
            #expect(unknown.status == .unauthorized)
            #expect(unknown.body.contains("用户名或密码错误"))
        }
    }

    @Test("A login form without its CSRF pair is refused")
    func loginCSRF() async throws {
        try await withTestApp { app in
            try await Fixture.user(app, "leader1", .leader)
            try await app.testing().test(.POST, SiteURL.login.path, beforeRequest: { request in
                try request.content.encode(["username": "leader1", "password": Fixture.password, "_csrf": "forged"], as: .urlEncodedForm)
            }, afterResponse: { response async in
                #expect(response.status == .forbidden)
                #expect(response.headers.setCookie?[sessionCookieName] == nil)
            })
        }
    }

    @Test("An expired session is sent back to the login page, which says why")
    func expiredSession() async throws {
        try await withTestApp { app in
            try await Fixture.user(app, "leader1", .leader)
            let browser = try await app.signIn("leader1")
            app.clock.advance(by: app.configuration.sessionLifetime + 1)
            try await app.testing().test(.GET, SiteURL.enterprises.path, headers: browser.headers) { response async in
                #expect(response.status == .seeOther)
                #expect(response.headers.first(name: .location)?.hasPrefix("/login") == true)
            }
            try await app.testing().test(.GET, SiteURL.login.path, headers: browser.headers) { response async in
                #expect(response.body.string.contains("登录已过期"))
            }
        }
    }

    @Test("Signing out ends the session")
    func logout() async throws {
        try await withTestApp { app in
            try await Fixture.user(app, "leader1", .leader)
            let browser = try await app.signIn("leader1")
            try await app.testing().test(.POST, SiteURL.logout.path, headers: browser.headers, beforeRequest: { request in
                try request.content.encode(["_csrf": browser.csrf], as: .urlEncodedForm)
            }, afterResponse: { response async in
                #expect(response.status == .seeOther)
            })
            #expect(try await UserSession.query(on: app.db).count() == 0)
            try await app.testing().test(.GET, SiteURL.home.path, headers: browser.headers) { response async in
                #expect(response.status == .seeOther)
            }
        }
    }

    @Test("After login, and after switching language, only a path on this site is followed", arguments: [
        "//evil.example", "/\\evil.example", "/%09/evil.example", "/\t/evil.example", "https://evil.example",
        "javascript:alert(1)", "/%2F/evil.example", "/%5Cevil.example", "/%252F%252Fevil.example",
    ])
    func hostileNext(_ next: String) async throws {
        try await withTestApp { app in
            try await Fixture.user(app, "leader1", .leader)
            let form = try await app.loginForm()
            try await app.testing().test(.POST, SiteURL.login.path, beforeRequest: { request in
                request.headers.replaceOrAdd(name: .cookie, value: "\(LoginController.loginCSRFCookie)=\(form.cookie)")
                try request.content.encode(["username": "leader1", "password": Fixture.password, "_csrf": form.field, "next": next],
                                           as: .urlEncodedForm)
            }, afterResponse: { response async in
                #expect(response.status == .seeOther)
                #expect(response.headers.first(name: .location) == "/")
            })
            // The query string form: encoded once here, decoded once by Vapor.
            try await app.testing().test(.GET, SiteURL.login.path(query: ["next": next])) { response async in
                #expect(hiddenField("next", in: response.body.string) == "/")
            }
            let browser = try await app.signIn("leader1")
            for referer in next.hasPrefix("/") ? ["http://127.0.0.1:8080" + next, "https://evil.example" + next] : [next] {
                try await app.testing().test(.GET, SiteURL.language("en").path, headers: browser.headers, beforeRequest: { request in
                    request.headers.replaceOrAdd(name: .referer, value: referer)
                }, afterResponse: { response async in
                    #expect(response.headers.first(name: .location) == "/", "Referer \(referer)")
                })
            }
        }
    }

    @Test("A local next page and a local Referer are followed")
    func localNext() async throws {
        try await withTestApp { app in
            try await Fixture.user(app, "leader1", .leader)
            let browser = try await app.signIn("leader1")
            try await app.testing().test(.GET, SiteURL.language("en").path, headers: browser.headers, beforeRequest: { request in
                request.headers.replaceOrAdd(name: .referer, value: "http://127.0.0.1:8080/enterprises?page=2")
            }, afterResponse: { response async in
                #expect(response.headers.first(name: .location) == "/enterprises?page=2")
            })
        }
    }
}

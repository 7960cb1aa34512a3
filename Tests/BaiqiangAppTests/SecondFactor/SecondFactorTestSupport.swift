import BaiqiangCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import BaiqiangApp

/// 10:00 in Beijing on 30 June 2026: the start of a 30-second step, so offsets in steps are exact.
let secondFactorMoment = Date(timeIntervalSince1970: 1_782_784_800)

/// The outcome of one form post: status, body, the cookies set.
struct FormOutcome {
    var status: HTTPStatus
    var body: String
    var location: String?
    var cookies: HTTPCookies?

    var session: String? { cookies?[sessionCookieName]?.string.nonEmptyCookie }
    var pending: String? { cookies?[SecondFactorLoginController.pendingCookie]?.string.nonEmptyCookie }
}

extension String {
    var nonEmptyCookie: String? { isEmpty ? nil : self }
}

extension Application {
    /// Posts a form as `browser` (its session cookie and CSRF token).
    func postForm(_ url: SiteURL, as browser: Browser, _ fields: [String: String] = [:]) async throws -> FormOutcome {
        var outcome = FormOutcome(status: .ok, body: "")
        try await testing().test(.POST, url.path, headers: browser.headers, beforeRequest: { request in
            try request.content.encode(fields.merging(["_csrf": browser.csrf]) { a, _ in a }, as: .urlEncodedForm)
        }, afterResponse: { response async in
            outcome = FormOutcome(status: response.status, body: response.body.string,
                                  location: response.headers.first(name: .location), cookies: response.headers.setCookie)
        })
        return outcome
    }

    func get(_ path: String, headers: HTTPHeaders) async throws -> FormOutcome {
        var outcome = FormOutcome(status: .ok, body: "")
        try await testing().test(.GET, path, headers: headers) { response async in
            outcome = FormOutcome(status: response.status, body: response.body.string,
                                  location: response.headers.first(name: .location), cookies: response.headers.setCookie)
        }
        return outcome
    }

    /// The browser of a signed-in session, with the CSRF token read off the account page (which
    /// every signed-in account may reach, whatever the second-factor policy says).
    func browser(session cookie: String) async throws -> Browser {
        let page = try await get(SiteURL.account.path, headers: Browser(cookie: cookie, csrf: "").headers)
        return Browser(cookie: cookie, csrf: hiddenField("_csrf", in: page.body) ?? "")
    }

    /// Sets up a second factor for the signed-in `browser` at the clock's time; returns the
    /// secret and the recovery codes shown.
    func enrolSecondFactor(_ browser: Browser, username: String) async throws -> (totp: BaiqiangCore.TOTP, codes: [String]) {
        let begun = try await postForm(.accountSecondFactor, as: browser)
        #expect(begun.status == .seeOther)
        let totp = try await pendingTOTP(username)
        let confirmed = try await postForm(.accountSecondFactorConfirm, as: browser, ["code": totp.code(at: clock.now)])
        #expect(confirmed.status == .ok)
        return (totp, recoveryCodes(in: confirmed.body))
    }

    /// The secret `username` is setting up, as the app would read it off the page.
    func pendingTOTP(_ username: String) async throws -> BaiqiangCore.TOTP {
        let user = try #require(try await AccountStore(db: db).user(named: username))
        let record = try #require(try await AccountStore(db: db).secondFactor(of: user.requireID()))
        return BaiqiangCore.TOTP(secret: try #require(record.pendingSecret.flatMap(Base32.decode)))
    }

    /// The password step of a sign-in: its outcome (a pending cookie when a code is asked for).
    func passwordStep(_ username: String, password: String = Fixture.password) async throws -> FormOutcome {
        let form = try await loginForm()
        var outcome = FormOutcome(status: .ok, body: "")
        try await testing().test(.POST, SiteURL.login.path, beforeRequest: { request in
            request.headers.replaceOrAdd(name: .cookie, value: "\(LoginController.loginCSRFCookie)=\(form.cookie)")
            try request.content.encode(["username": username, "password": password, "_csrf": form.field], as: .urlEncodedForm)
        }, afterResponse: { response async in
            outcome = FormOutcome(status: response.status, body: response.body.string,
                                  location: response.headers.first(name: .location), cookies: response.headers.setCookie)
        })
        return outcome
    }

    /// The code step: reads the form's token with the pending cookie and posts `code`.
    func codeStep(pending: String, code: String) async throws -> FormOutcome {
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .cookie, value: "\(SecondFactorLoginController.pendingCookie)=\(pending)")
        let form = try await get(SiteURL.loginSecondFactor.path, headers: headers)
        let csrf = hiddenField("_csrf", in: form.body) ?? ""
        var outcome = FormOutcome(status: .ok, body: "")
        try await testing().test(.POST, SiteURL.loginSecondFactor.path, headers: headers, beforeRequest: { request in
            try request.content.encode(["code": code, "_csrf": csrf], as: .urlEncodedForm)
        }, afterResponse: { response async in
            outcome = FormOutcome(status: response.status, body: response.body.string,
                                  location: response.headers.first(name: .location), cookies: response.headers.setCookie)
        })
        return outcome
    }

    /// Both steps; the outcome of the code step.
    func signIn(_ username: String, code: String) async throws -> FormOutcome {
        let password = try await passwordStep(username)
        let pending = try #require(password.pending, "no code was asked of \(username): \(password.status)")
        return try await codeStep(pending: pending, code: code)
    }

    func auditActions(_ action: String) async throws -> [AuditEntry] {
        try await AuditEntry.query(on: db).filter(\.$action == action).sort(\.$sequence).all()
    }
}

/// The recovery codes a page shows.
func recoveryCodes(in html: String) -> [String] {
    let pattern = try! NSRegularExpression(pattern: "<code>([2-9A-Z]{4}(-[2-9A-Z]{4}){3})</code>")
    return pattern.matches(in: html, range: NSRange(html.startIndex..., in: html)).compactMap {
        Range($0.range(at: 1), in: html).map { String(html[$0]) }
    }
}

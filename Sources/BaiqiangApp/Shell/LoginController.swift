import BaiqiangCore
import BaiqiangHTML
import Vapor

/// The sign-in page and its form, and signing out.
struct LoginController {
    /// The pre-session CSRF cookie (double submit): the login form has no session yet.
    static let loginCSRFCookie = "bq_login_csrf"

    func register(_ routes: any RoutesBuilder) {
        routes.get(SiteURL.login.components, use: show)
        routes.post(SiteURL.login.components, use: submit)
        routes.post(SiteURL.logout.components, use: logout)
    }

    struct Form: Content {
        var username: String
        var password: String
        var _csrf: String?
        var next: String?
    }

    @Sendable func show(_ request: Request) async throws -> Response {
        if request.principal != nil { return request.redirect(to: SiteURL.home.path) }
        let notice: String? = request.storage[SessionExpiredKey.self] == true ? request.t("login.expired") : nil
        return try await render(request, status: .ok, error: nil, info: notice)
    }

    @Sendable func submit(_ request: Request) async throws -> Response {
        let form = try request.content.decode(Form.self)
        guard let cookie = request.cookies[Self.loginCSRFCookie]?.string, let presented = form._csrf,
              !cookie.isEmpty, cookie == presented else {
            throw Abort(.forbidden, reason: "csrf")
        }
        switch try await request.loginService.login(username: form.username, password: form.password, address: request.clientAddress,
                                                   userAgent: request.headers.first(name: .userAgent),
                                                   next: SafeRedirect.target(form.next)) {
        case .success(let token, _):
            let response = request.redirect(to: SafeRedirect.target(form.next))
            response.cookies[sessionCookieName] = sessionCookie(token, request)
            response.cookies[Self.loginCSRFCookie] = HTTPCookies.Value(string: "", expires: Date(timeIntervalSince1970: 0), path: "/")
            return response
        case .secondFactorNeeded(let pending):
            let response = request.redirect(to: SiteURL.loginSecondFactor.path)
            response.cookies[SecondFactorLoginController.pendingCookie] = SecondFactorLoginController.cookie(pending, request)
            response.cookies[Self.loginCSRFCookie] = HTTPCookies.Value(string: "", expires: Date(timeIntervalSince1970: 0), path: "/")
            return response
        case .wrongCredentials:
            return try await render(request, status: .unauthorized, error: request.t("login.wrong"), info: nil)
        case .wait(let until):
            let seconds = max(1, Int(until.timeIntervalSince(request.application.clock.now).rounded(.up)))
            let response = try await render(request, status: .tooManyRequests, error: Self.waitMessage(request, seconds: seconds), info: nil)
            response.headers.replaceOrAdd(name: .retryAfter, value: String(seconds))
            return response
        }
    }

    /// How long to wait, in seconds under two minutes and in minutes above.
    static func waitMessage(_ request: Request, seconds: Int) -> String {
        seconds < 120 ? request.t("login.wait_seconds", ["seconds": String(seconds)])
            : request.t("login.wait_minutes", ["minutes": String((seconds + 59) / 60)])
    }

    @Sendable func logout(_ request: Request) async throws -> Response {
        if let token = request.cookies[sessionCookieName]?.string {
            try await request.loginService.logout(cookieToken: token)
        }
        let response = request.redirect(to: SiteURL.login.path)
        response.cookies[sessionCookieName] = HTTPCookies.Value(string: "", expires: Date(timeIntervalSince1970: 0), path: "/")
        return response
    }

    func sessionCookie(_ token: String, _ request: Request) -> HTTPCookies.Value {
        HTTPCookies.Value(string: token, maxAge: Int(request.application.configuration.sessionLifetime), path: "/",
                          isSecure: request.application.configuration.secureCookies, isHTTPOnly: true, sameSite: .strict)
    }

    func render(_ request: Request, status: HTTPStatus, error: String?, info: String?) async throws -> Response {
        let csrf = Secrets.randomToken(from: request.appEnvironment)
        let next = (try? request.query.get(String.self, at: "next")) ?? (try? request.content.get(String.self, at: "next"))
        let model = LoginPage.Model(csrfToken: csrf, next: SafeRedirect.target(next), error: error, info: info)
        let response = try await HTMLPage(status: status, html: LoginPage.view(model, request.pageContext)).encodeResponse(for: request)
        response.cookies[Self.loginCSRFCookie] = HTTPCookies.Value(
            string: csrf, path: SiteURL.login.path, isSecure: request.application.configuration.secureCookies,
            isHTTPOnly: true, sameSite: .strict)
        return response
    }
}

import BaiqiangCore
import Vapor

/// The code form of a sign-in whose password was right and whose account has a second factor.
/// Its cookie names a pending sign-in, which only these two handlers read.
struct SecondFactorLoginController {
    static let pendingCookie = "bq_pending"

    func register(_ routes: any RoutesBuilder) {
        routes.get(SiteURL.loginSecondFactor.components, use: show)
        routes.post(SiteURL.loginSecondFactor.components, use: submit)
    }

    @Sendable func show(_ request: Request) async throws -> Response {
        guard let token = request.cookies[Self.pendingCookie]?.string,
              let pending = try await SecondFactorSignIn.pending(token: token, now: request.application.clock.now, on: request.db)
        else { return request.redirect(to: SiteURL.login.path) }
        return try await render(request, csrf: pending.csrfToken, error: nil, status: .ok)
    }

    @Sendable func submit(_ request: Request) async throws -> Response {
        guard let token = request.cookies[Self.pendingCookie]?.string,
              let pending = try await SecondFactorSignIn.pending(token: token, now: request.application.clock.now, on: request.db)
        else { return expired(request) }
        guard let presented = try? request.content.get(String.self, at: CSRFMiddleware.fieldName),
              SecretComparison.matches(presented, pending.csrfToken) else {
            throw Abort(.forbidden, reason: "csrf")
        }
        let code = (try? request.content.get(String.self, at: "code")) ?? ""
        let service = SecondFactorSignIn(writer: request.writer, sessionLifetime: request.application.configuration.sessionLifetime)
        switch try await service.complete(token: token, code: code, address: request.clientAddress,
                                          userAgent: request.headers.first(name: .userAgent)) {
        case .success(let cookie, let next):
            let response = request.redirect(to: next)
            response.cookies[sessionCookieName] = LoginController().sessionCookie(cookie, request)
            response.cookies[Self.pendingCookie] = Self.cleared
            return response
        case .wrongCode:
            return try await render(request, csrf: pending.csrfToken, error: request.t("login.second_factor.wrong"), status: .unauthorized)
        case .expired:
            return expired(request)
        case .wait(let until):
            let seconds = max(1, Int(until.timeIntervalSince(request.application.clock.now).rounded(.up)))
            let response = try await render(request, csrf: pending.csrfToken, error: LoginController.waitMessage(request, seconds: seconds),
                                            status: .tooManyRequests)
            response.headers.replaceOrAdd(name: .retryAfter, value: String(seconds))
            return response
        }
    }

    /// The pending sign-in is over (too slow, too many wrong codes): back to the password.
    func expired(_ request: Request) -> Response {
        let response = request.redirect(to: SiteURL.login.path)
        response.cookies[Self.pendingCookie] = Self.cleared
        return response
    }

    static let cleared = HTTPCookies.Value(string: "", expires: Date(timeIntervalSince1970: 0), path: SiteURL.login.path)

    /// The cookie of a pending sign-in: sent only to the sign-in pages.
    static func cookie(_ token: String, _ request: Request) -> HTTPCookies.Value {
        HTTPCookies.Value(string: token, maxAge: Int(SecondFactorSignIn.pendingLifetime), path: SiteURL.login.path,
                          isSecure: request.application.configuration.secureCookies, isHTTPOnly: true, sameSite: .strict)
    }

    func render(_ request: Request, csrf: String, error: String?, status: HTTPStatus) async throws -> Response {
        let model = SecondFactorLoginPage.Model(csrfToken: csrf, error: error)
        let response = try await HTMLPage(status: status, html: SecondFactorLoginPage.view(model, request.pageContext)).encodeResponse(for: request)
        response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return response
    }
}

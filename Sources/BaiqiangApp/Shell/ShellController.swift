import BaiqiangCore
import BaiqiangHTML
import Vapor

/// The home page and the language switch.
struct ShellController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(use: home)
        routes.get(SiteURL.language(.placeholder(.code)).components, use: switchLanguage)
    }

    @Sendable func home(_ request: Request) async throws -> HTML {
        let principal = try request.requirePrincipal()
        let blocks = try await Capabilities.homeBlocks(for: principal, request: request)
        let model = HomePage.Model(displayName: principal.displayName, blocks: blocks, entries: Capabilities.navigation(for: principal))
        return HomePage.view(model, request.pageContext)
    }

    @Sendable func switchLanguage(_ request: Request) async throws -> Response {
        let code = try request.parameters.require(.code)
        guard let language = BaiqiangCore.Language(rawValue: code) else { throw Abort(.notFound) }
        let back = SafeRedirect.back(referer: request.headers.first(name: .referer), fallback: SiteURL.home.path)
        let response = request.redirect(to: back)
        response.cookies[Request.languageCookie] = HTTPCookies.Value(
            string: language.rawValue, maxAge: 365 * 24 * 3600, path: "/", isHTTPOnly: true, sameSite: .lax)
        return response
    }
}

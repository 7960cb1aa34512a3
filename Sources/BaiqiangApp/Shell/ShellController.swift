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
        let entries = Capabilities.navigation
        return Layout.page(request, title: request.t("home.title"), active: .home,
            .h1(.text(request.t("home.welcome", ["name": principal.displayName]))),
            .p(.class("muted"), .text(request.t("home.intro"))),
            .div(.class("cards"),
                .forEach(entries) { entry in
                    .a(.class("card"), .href(entry.url.path),
                       .h2(.text(request.t(entry.key))),
                       .p(.text(request.t(entry.key + ".summary"))),
                       .span(.class(entry.ready ? "badge badge-ready" : "badge badge-soon"),
                             .text(request.t(entry.ready ? "home.available" : "home.coming"))))
                }
            )
        )
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

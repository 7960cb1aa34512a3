import BaiqiangCore
import BaiqiangHTML
import Vapor

/// The home page, the language switch and the honest placeholders of capabilities still to come.
struct ShellController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(use: home)
        routes.get("language", ":code", use: switchLanguage)
        for capability in SiteURL.Capability.allCases {
            routes.get(SiteURL.capability(capability).components) { request in
                try comingSoon(request, capability)
            }
        }
    }

    @Sendable func home(_ request: Request) async throws -> HTML {
        let principal = try request.requirePrincipal()
        let entries: [(key: String, url: SiteURL, ready: Bool)] = [
            ("nav.plan", .plan, true),
            ("nav.enterprises", .enterprises, true),
            ("nav.evaluation", .evaluation, true),
            ("nav.land", .capability(.land), false),
            ("nav.projects", .capability(.projects), false),
            ("nav.demands", .demands, true),
            ("nav.counties", .capability(.counties), false),
        ]
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
        let code = try request.parameters.require("code")
        guard let language = BaiqiangCore.Language(rawValue: code) else { throw Abort(.notFound) }
        let back = SafeRedirect.back(referer: request.headers.first(name: .referer), fallback: SiteURL.home.path)
        let response = request.redirect(to: back)
        response.cookies[Request.languageCookie] = HTTPCookies.Value(
            string: language.rawValue, maxAge: 365 * 24 * 3600, path: "/", isHTTPOnly: true, sameSite: .lax)
        return response
    }

    func comingSoon(_ request: Request, _ capability: SiteURL.Capability) throws -> HTML {
        _ = try request.requirePrincipal()
        let key = "nav.\(capability.rawValue)"
        return Layout.page(request, title: request.t(key), active: .capability(capability),
            .h1(.text(request.t(key))),
            .p(.text(request.t(key + ".summary"))),
            Layout.notice("info", request.t("coming.notice")),
            .p(.class("muted"), .text(request.t("coming.no_fake")))
        )
    }
}

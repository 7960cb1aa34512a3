import BaiqiangCore
import Plot
import Vapor

/// The registry pages: a searchable, paginated list and a firm's page, both scoped by role.
struct EnterprisePagesController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(SiteURL.enterprises.components, use: list)
        routes.get("enterprises", ":credit_code", use: show)
    }

    @Sendable func list(_ request: Request) async throws -> HTML {
        let principal = try request.requirePrincipal()
        let text = try? request.query.get(String.self, at: "q")
        let town = try? request.query.get(String.self, at: "town")
        let page = try await EnterpriseQueries(db: request.db, principal: principal)
            .list(.init(text: text, townCode: town), page: PageRequest(request))
        let towns = try await Town.query(on: request.db).sort(\.$code).all()
        let english = request.language == .en
        return Layout.page(request, title: request.t("nav.enterprises"), active: .enterprises,
            .h1(.text(request.t("nav.enterprises"))),
            .form(.method(.get), .action(SiteURL.enterprises.path), .class("filters"),
                .label(.text(request.t("enterprises.search")),
                       .input(.type(.search), .name("q"), .value(text ?? ""))),
                .label(.text(request.t("enterprises.town")),
                       .select(.attribute(named: "name", value: "town"),
                               FormNodes.option("", request.t("common.all")),
                               .forEach(towns) { t in
                                   FormNodes.option(t.code, english ? t.nameEn : t.nameZh, selected: t.code == town)
                               })),
                .button(.type(.submit), .text(request.t("common.filter")))
            ),
            .if(page.items.isEmpty, Layout.notice("info", request.t("common.no_rows"))),
            .if(!page.items.isEmpty, .table(.class("data"),
                .thead(.tr(.th(.text(request.t("enterprises.credit_code"))), .th(.text(request.t("enterprises.name"))),
                           .th(.text(request.t("enterprises.town"))))),
                .tbody(.forEach(page.items) { row in
                    .tr(.td(.a(.href(SiteURL.enterprise(creditCode: row.creditCode).path), .text(row.creditCode))),
                        .td(.text(row.name), .if(row.isDemo, .span(.class("badge badge-demo"), .text(request.t("common.demo"))))),
                        .td(.text(row.town.map { english ? $0.nameEn : $0.nameZh } ?? "—")))
                })
            )),
            .unwrap(page.nextCursor) { cursor in
                .p(.a(.class("button"), .href(Self.link(text: text, town: town, cursor: cursor)), .text(request.t("common.next_page"))))
            }
        )
    }

    @Sendable func show(_ request: Request) async throws -> HTML {
        let principal = try request.requirePrincipal()
        let code = try request.parameters.require("credit_code")
        guard let row = try await EnterpriseQueries(db: request.db, principal: principal).find(creditCode: code) else {
            throw Abort(.notFound)
        }
        let english = request.language == .en
        return Layout.page(request, title: row.name, active: .enterprises,
            .h1(.text(row.name), .if(row.isDemo, .span(.class("badge badge-demo"), .text(request.t("common.demo"))))),
            .dl(.class("facts"),
                .dt(.text(request.t("enterprises.credit_code"))), .dd(.text(row.creditCode)),
                .dt(.text(request.t("enterprises.town"))), .dd(.text(row.town.map { english ? $0.nameEn : $0.nameZh } ?? "—"))
            ),
            Layout.notice("info", request.t("enterprises.more_coming"))
        )
    }

    static func link(text: String?, town: String?, cursor: String) -> String {
        var components = URLComponents()
        components.path = SiteURL.enterprises.path
        components.queryItems = [
            text.map { URLQueryItem(name: "q", value: $0) }, town.map { URLQueryItem(name: "town", value: $0) },
            URLQueryItem(name: "cursor", value: cursor),
        ].compactMap { $0 }
        return components.string ?? SiteURL.enterprises.path
    }
}

import BaiqiangCore
import Fluent
import BaiqiangHTML
import Vapor

/// The registry pages: a searchable, filterable, paginated list and a firm's page, scoped by role.
struct EnterprisePagesController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(SiteURL.enterprises.components, use: list)
        routes.get(SiteURL.enterprise(creditCode: .placeholder(.creditCode)).components, use: show)
    }

    @Sendable func list(_ request: Request) async throws -> HTML {
        let principal = try request.requirePrincipal()
        let filter = EnterpriseStore.Filter.from(request)
        let queries = EnterpriseStore(db: request.db, principal: principal)
        let page = try await queries.list(filter, page: PageRequest(request))
        let total = try await queries.count(filter)
        let towns = try await queries.towns()
        let english = request.language == .en
        let ui = EnterpriseUI(request: request)
        return Layout.page(request, title: request.t("nav.enterprises"), active: .enterprises,
            .div(.class("page-head"),
                 .h1(.text(request.t("nav.enterprises"))),
                 .nav(.class("page-actions"),
                      .a(.class("button"), .href(SiteURL.enterpriseLadder.path), .text(request.t("enterprises.ladder"))),
                      .a(.class("button"), .href(Self.link(SiteURL.enterpriseExport(format: "csv").path, filter)), .text(request.t("enterprises.export_csv"))),
                      .a(.class("button"), .href(Self.link(SiteURL.enterpriseExport(format: "xlsx").path, filter)), .text(request.t("enterprises.export_xlsx"))),
                      .if(principal.permissions.allows(.importRegistry),
                          .a(.class("button"), .href(SiteURL.enterpriseImport.path), .text(request.t("enterprises.import")))))),
            .form(.method(.get), .action(SiteURL.enterprises.path), .class("filters"),
                .label(.text(request.t("enterprises.search")), .input(.type(.search), .name("q"), .value(filter.text ?? ""))),
                .label(.text(request.t("enterprises.town")),
                       .select(.attribute(named: "name", value: "town"),
                               FormNodes.option("", request.t("common.all")),
                               .forEach(towns) { t in FormNodes.option(t.code, english ? t.nameEn : t.nameZh, selected: t.code == filter.townCode) })),
                .label(.text(request.t("enterprises.industry")),
                       .input(.type(.text), .name("industry"), .value(filter.industry ?? ""), .placeholder("39 / 3976"))),
                .label(.text(request.t("enterprises.scale")),
                       .select(.attribute(named: "name", value: "scale"),
                               FormNodes.option("", request.t("common.all")),
                               FormNodes.option("above", request.t("enterprises.above_scale"), selected: filter.scale == "above"),
                               FormNodes.option("below", request.t("enterprises.below_scale"), selected: filter.scale == "below"))),
                .label(.text(request.t("enterprises.designation")),
                       .select(.attribute(named: "name", value: "designation"),
                               FormNodes.option("", request.t("common.all")),
                               .forEach(DesignationKind.allCases) { kind in
                                   FormNodes.option(kind.rawValue, ui.text(kind.name), selected: filter.designation == kind.rawValue)
                               })),
                .button(.type(.submit), .text(request.t("common.filter")))
            ),
            .p(.class("muted"), .text(request.t("enterprises.count", ["count": NumberText.number(Double(total))]))),
            .if(page.items.isEmpty, Layout.notice("info", request.t("common.no_rows"))),
            .if(!page.items.isEmpty, .table(.class("data"),
                .thead(.tr(.th(.text(request.t("enterprises.credit_code"))), .th(.text(request.t("enterprises.name"))),
                           .th(.text(request.t("enterprises.town"))), .th(.text(request.t("enterprises.industry"))),
                           .th(.text(request.t("enterprises.revenue_latest"))), .th(.text(request.t("enterprises.scale"))),
                           .th(.text(request.t("enterprises.designations"))))),
                .tbody(.forEach(page.items) { row in
                    .tr(.td(.a(.href(SiteURL.enterprise(creditCode: row.creditCode).path), .text(row.creditCode))),
                        .td(.text(row.name), .if(row.isDemo, .span(.class("badge badge-demo"), .text(request.t("common.demo"))))),
                        .td(.text(row.town.map { english ? $0.nameEn : $0.nameZh } ?? "—")),
                        .td(.text(ui.industryLabel(row.industryCode))),
                        .td(.class("num"), .text(row.revenueWan.map { ui.wan($0) + " (\(row.latestYear ?? 0))" } ?? "—")),
                        .td(.text(row.aboveScale.map { request.t($0 ? "enterprises.above_scale" : "enterprises.below_scale") } ?? "—")),
                        .td(.text((row.designations ?? []).compactMap { DesignationKind(rawValue: $0).map { ui.text($0.name) } }.joined(separator: "、"))))
                })
            )),
            .unwrap(page.nextCursor) { cursor in
                .p(.a(.class("button"), .href(Self.link(SiteURL.enterprises.path, filter, cursor: cursor)), .text(request.t("common.next_page"))))
            }
        )
    }

    @Sendable func show(_ request: Request) async throws -> HTML {
        let principal = try request.requirePrincipal()
        let code = try request.parameters.require(.creditCode)
        let store = EnterpriseStore(db: request.db, principal: principal)
        guard let firm = try await store.find(creditCode: code) else { throw Abort(.notFound) }
        let figures = try await store.figures(of: firm)
        let designations = try await store.designations(of: firm.creditCode)
        let evaluations = try await EvaluationStore(db: request.db, principal: principal).results(ofFirm: firm.creditCode)
        return Layout.page(request, title: firm.name, active: .enterprises,
                           EnterpriseProfileView(ui: EnterpriseUI(request: request), firm: firm, figures: figures,
                                                 designations: designations, evaluations: evaluations).node)
    }

    static func link(_ path: String, _ filter: EnterpriseStore.Filter, cursor: String? = nil) -> String {
        var components = URLComponents()
        components.path = path
        let items = filter.queryItems + (cursor.map { [URLQueryItem(name: "cursor", value: $0)] } ?? [])
        components.queryItems = items.isEmpty ? nil : items
        return components.string ?? path
    }
}

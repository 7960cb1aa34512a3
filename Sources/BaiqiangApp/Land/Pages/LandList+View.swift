import BaiqiangCore
import BaiqiangHTML
import Foundation

extension LandListPage {
    static func view(_ model: Model, _ context: PageContext) -> HTML {
        let townNames = Dictionary(uniqueKeysWithValues: model.towns.map { ($0.code, $0.name(context)) })
        return Layout.page(context, title: context.t("nav.land"), active: .land,
            .div(.class("page-head"), .h1(.text(context.t("nav.land"))),
                 .nav(.class("page-actions"),
                      .a(.class("button"), .href(SiteURL.landMap.path + (model.filter.townCode.map { "?town=\($0)" } ?? "")),
                         .text(context.t("land.map"))),
                      .a(.class("button"), .href(SiteURL.landTowns.path), .text(context.t("land.towns.link"))),
                      .a(.class("button"), .href(SiteURL.landRules.path), .text(context.t("land.rules.link"))),
                      .a(.class("button"), .href(SiteURL.landExport(format: "geojson").path), .text(context.t("land.export_geojson"))),
                      .a(.class("button"), .href(SiteURL.landExport(format: "csv").path), .text(context.t("land.export_csv"))),
                      .a(.class("button"), .href(SiteURL.landExport(format: "xlsx").path), .text(context.t("land.export_xlsx"))))),
            .p(.class("muted"), .text(context.t("land.intro"))),
            .if(model.total.anyDemo, Layout.notice("warning", context.t("land.demo_notice"))),
            .dl(.class("facts"),
                .dt(.text(context.t("land.parcels"))), .dd(.text(NumberText.number(Double(model.total.parcels)))),
                .dt(.text(context.t("land.area"))), .dd(.text(LandText.area(model.total.area, context))),
                .dt(.text(context.t("land.low_efficiency"))),
                .dd(.text("\(NumberText.number(Double(model.total.lowEfficiency))) · \(LandText.area(model.total.lowEfficiencyArea, context))"))),
            filterForm(model, context),
            .if(model.rows.isEmpty, Layout.notice("info", context.t("land.none"))),
            .if(!model.rows.isEmpty, .table(.class("data"),
                .thead(.tr(.th(.text(context.t("land.number"))), .th(.text(context.t("land.town"))),
                           .th(.text(context.t("land.holder"))), .th(.class("num"), .text(context.t("land.area"))),
                           .th(.text(context.t("land.use"))), .th(.text(context.t("land.supply_way"))),
                           .th(.text(context.t("land.rules_fired"))))),
                .tbody(.forEach(model.rows) { row in
                    let record = row.record
                    return .tr(
                        .td(.a(.href(SiteURL.landParcel(number: record.number).path), .text(record.number)),
                            .if(row.isDemo, .span(.class("badge badge-demo"), .text(context.t("common.demo"))))),
                        .td(.text(record.townCode.map { townNames[$0] ?? $0 } ?? "—")),
                        .td(.unwrap(record.holderCreditCode, { code in
                            .a(.href(SiteURL.enterprise(creditCode: code).path), .text(model.holderNames[code] ?? code))
                        }, else: .text("—"))),
                        .td(.class("num"), .text(NumberText.number(record.area.mu))),
                        .td(.text(record.landUse ?? "—")),
                        .td(.text(record.supplyWay.map { context.t($0.label) } ?? "—")),
                        .td(.text(row.findings.isEmpty ? "—" : context.list(row.findings.map { context.t($0.name) }))))
                }))),
            .if(model.pageCount > 1, .p(.class("pager"),
                .if(model.page > 1, .a(.class("button"), .href(link(model, page: model.page - 1)), .text(context.t("common.previous_page")))),
                .span(.text(" \(model.page) / \(model.pageCount) ")),
                .if(model.page < model.pageCount, .a(.class("button"), .href(link(model, page: model.page + 1)), .text(context.t("common.next_page"))))))
        )
    }

    static func filterForm(_ model: Model, _ context: PageContext) -> Node {
        .form(.method(.get), .action(SiteURL.land.path), .class("filters"),
              .input(.type(.search), .name("q"), .value(model.filter.text ?? ""), .placeholder(context.t("land.search")),
                     .attribute(named: "maxlength", value: String(ParcelFilter.maxTextLength))),
              LandFilterQuery.selects(model.filter, towns: model.towns, rules: model.rules, context),
              .button(.type(.submit), .text(context.t("common.filter"))))
    }

    static func link(_ model: Model, page: Int) -> String {
        var components = URLComponents()
        components.path = SiteURL.land.path
        components.queryItems = LandFilterQuery.items(model.filter) + [URLQueryItem(name: "page", value: String(page))]
        return components.string ?? SiteURL.land.path
    }
}

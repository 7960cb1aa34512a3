import BaiqiangCore
import BaiqiangHTML
import Foundation

extension CountiesComparisonPage {
    static func view(_ model: Model, _ context: PageContext) -> HTML {
        let title = "\(context.t("nav.counties")) · \(context.t(model.prefecture.name))"
        return Layout.page(context, title: title, active: .counties,
            .div(.class("page-head"), .h1(.text(title)),
                 .nav(.class("page-actions"),
                      .a(.class("button"), .href(SiteURL.countiesReadiness.path), .text(context.t("counties.readiness"))),
                      .a(.class("button"), .href(link(model, format: "csv")), .text(context.t("counties.export_csv"))),
                      .a(.class("button"), .href(link(model, format: "xlsx")), .text(context.t("counties.export_xlsx"))))),
            .p(.class("muted"), .text(context.t("counties.intro"))),
            filterForm(model, context),
            .unwrap(model.entryError, { Layout.notice("error", $0) }),
            .if(model.canRecord, entryForm(model, context)),
            .unwrap(model.period, { period in
                .group(
                    .h2(.text("\(CountiesText.heading(model.indicator, context)) · \(context.t(period.label))")),
                    .if(model.rows.contains { $0.figure?.isDemo == true }, Layout.notice("info", context.t("prefecture.demo_figures"))),
                    table(model, context),
                    .unwrap(model.prefectureTotal, { total in
                        .p(.class("muted"), .text(context.t("counties.prefecture_total_line", [
                            "name": context.t(model.prefecture.name), "value": CountiesText.quantity(total.value, model.indicator, context),
                            "growth": CountiesText.growth(total.growth)]) + "  "),
                           CountiesText.citation(total.citation, context))
                    }))
            }, else: Layout.notice("info", context.t("counties.no_figures"))))
    }

    static func table(_ model: Model, _ context: PageContext) -> Node {
        .table(.class("data"),
            .thead(.tr(.th(.a(.href(link(model, sort: .name)), .text(context.t("counties.unit")))),
                       .th(.class("num"), .a(.href(link(model, sort: .value)), .text(context.t("counties.value")))),
                       .th(.class("num"), .text(context.t("counties.rank_by_value"))),
                       .th(.class("num"), .a(.href(link(model, sort: .growth)), .text(context.t("counties.growth")))),
                       .th(.class("num"), .text(context.t("counties.rank_by_growth"))),
                       .th(.class("num"), .text(context.t("counties.share"))),
                       .th(.text(context.t("counties.history"))),
                       .th(.text(context.t("counties.source"))))),
            .tbody(.forEach(model.rows) { row in
                .tr(.class(row.unit.code == model.ownUnit ? "unit own" : "unit"),
                    .td(.a(.href(SiteURL.countyUnit(code: row.unit.code).path), .text(context.t(row.unit.name)))),
                    .td(.class("num"), .text(CountiesText.value(row.figure?.value, model.indicator, context)), CountiesText.demo(row.figure, context)),
                    .td(.class("num"), .text(CountiesText.rank(row.valueRank, context))),
                    .td(.class("num"), .text(CountiesText.growth(row.figure?.growthPercent))),
                    .td(.class("num"), .text(CountiesText.rank(row.growthRank, context))),
                    .td(.class("num"), .text(row.share.map { NumberText.number($0 * 100) + "%" } ?? "—")),
                    .td(CountiesText.sparkline(row.history, label: context.t(row.unit.name))),
                    .td(row.figure == nil || row.figure?.isDemo == true ? .text("") : CountiesText.citation(row.figure?.citation, context)))
            }))
    }

    /// Typing in one figure from a bulletin; every figure needs its publisher.
    static func entryForm(_ model: Model, _ context: PageContext) -> Node {
        let entry = model.entry
        func field(_ name: String, _ label: String, _ value: String, required: Bool = false) -> Node {
            .label(.text(label), .input(.type(.text), .name(name), .value(value), .required(required)))
        }
        return .details(.if(model.entryError != nil, .attribute(named: "open", value: "open")),
            .summary(.text(context.t("counties.enter"))),
            .form(.method(.post), .action(SiteURL.countiesFigures.path), .class("stacked"), Layout.csrfField(context),
                  .label(.text(context.t("counties.unit")),
                         .select(.attribute(named: "name", value: "unit"),
                                 .forEach(model.prefecture.units) {
                                     FormNodes.option($0.code, context.t($0.name), selected: $0.code == (entry.unit.isEmpty ? model.ownUnit : entry.unit))
                                 })),
                  .label(.text(context.t("counties.indicator")),
                         .select(.attribute(named: "name", value: "indicator"),
                                 .forEach(RegionalIndicator.allCases) {
                                     FormNodes.option($0.rawValue, context.t($0.name),
                                                      selected: $0.rawValue == (entry.indicator.isEmpty ? model.indicator.rawValue : entry.indicator))
                                 })),
                  field("period", context.t("counties.period_hint"), entry.period, required: true),
                  field("value", context.t("counties.value"), entry.value),
                  field("growth", context.t("counties.growth_hint"), entry.growth),
                  field("publisher", context.t("counties.publisher"), entry.publisher, required: true),
                  field("title", context.t("counties.title"), entry.title),
                  field("date", context.t("counties.date"), entry.date),
                  field("address", context.t("counties.address"), entry.address),
                  .label(.input(.type(.checkbox), .name("read_from_copy"), .value("1"), .checked(entry.readFromCopy != nil)),
                         .text(" " + context.t("counties.read_from_copy"))),
                  field("correction_reason", context.t("counties.correction_reason"), entry.correctionReason),
                  .button(.type(.submit), .text(context.t("counties.record")))))
    }

    static func filterForm(_ model: Model, _ context: PageContext) -> Node {
        .form(.method(.get), .action(SiteURL.counties.path), .class("filters"),
              .select(.attribute(named: "name", value: "indicator"),
                      .forEach(RegionalIndicator.allCases) {
                          FormNodes.option($0.rawValue, context.t($0.name), selected: $0 == model.indicator)
                      }),
              .select(.attribute(named: "name", value: "period"),
                      .forEach(model.periods) {
                          FormNodes.option($0.description, context.t($0.label), selected: $0 == model.period)
                      }),
              .input(.type(.hidden), .name("sort"), .value(model.sort.rawValue)),
              .button(.type(.submit), .text(context.t("common.filter"))))
    }

    static func link(_ model: Model, sort: Sort? = nil, format: String? = nil) -> String {
        var components = URLComponents()
        components.path = format.map { SiteURL.countiesExport(format: $0).path } ?? SiteURL.counties.path
        components.queryItems = [("indicator", model.indicator.rawValue), ("period", model.period?.description),
                                 ("sort", (sort ?? model.sort).rawValue)]
            .compactMap { name, value in value.map { URLQueryItem(name: name, value: $0) } }
        return components.string ?? SiteURL.counties.path
    }
}

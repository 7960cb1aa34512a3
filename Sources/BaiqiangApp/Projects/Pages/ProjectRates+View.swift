import BaiqiangCore
import BaiqiangHTML
import Foundation

extension ProjectRatesPage {
    static func view(_ model: Model, _ context: PageContext) -> HTML {
        Layout.page(context, title: context.t("projects.rates"), active: .projects,
            .p(.a(.href(SiteURL.projects.path), .text("← " + context.t("nav.projects")))),
            .h1(.text(context.t("projects.rates"))),
            .p(.class("muted"), .text(context.t("projects.rates_intro"))),
            .if(model.anyDemo, Layout.notice("warning", context.t("projects.demo_notice"))),
            table(context.t("projects.rates_total"), [(context.t("projects.rates_all"), model.total)], context),
            .forEach(model.groups) { group in
                .if(!group.rows.isEmpty, table(context.t(group.titleKey), group.rows, context))
            })
    }

    static func table(_ title: String, _ rows: [(label: String, rates: ProjectRates)], _ context: PageContext) -> Node {
        .section(
            .h2(.text(title)),
            .table(.class("data"),
                .thead(.tr(.th(.text(context.t("projects.rates_group"))),
                           .th(.class("num"), .text(context.t("projects.signed_count"))),
                           .th(.class("num"), .text(context.t("projects.signed_value"))),
                           .th(.class("num"), .text(context.t("projects.ten_yi_count"))),
                           .th(.class("num"), .text(context.t("projects.performance_rate"))),
                           .th(.class("num"), .text(context.t("projects.landing_rate"))),
                           .th(.class("num"), .text(context.t("projects.start_rate"))),
                           .th(.class("num"), .text(context.t("projects.funds_rate"))),
                           .th(.class("num"), .text(context.t("projects.production_rate"))))),
                .tbody(.forEach(rows) { row in
                    .tr(.td(.text(row.label)),
                        .td(.class("num"), .text(String(row.rates.signedCount))),
                        .td(.class("num"), .text(ProjectText.yi(row.rates.signedValueYi, context))),
                        .td(.class("num"), .text(String(row.rates.tenYiProjectCount))),
                        .td(.class("num"), .text(percent(row.rates.performanceRate))),
                        .td(.class("num"), .text(percent(row.rates.landingRate))),
                        .td(.class("num"), .text(percent(row.rates.startRate))),
                        .td(.class("num"), .text(percent(row.rates.fundsInPlaceRate))),
                        .td(.class("num"), .text(percent(row.rates.productionRate))))
                })))
    }

    /// A rate over no signed project is no rate at all, not 0%.
    static func percent(_ share: Double?) -> String {
        share.map(NumberText.percent) ?? "—"
    }
}

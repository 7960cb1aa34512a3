import BaiqiangCore
import BaiqiangHTML
import Foundation

extension VisitsPage {
    static func view(_ model: Model, _ context: PageContext) -> HTML {
        Layout.page(context, title: context.t("visits.title"), active: nil,
            .h1(.text(context.t("visits.title"))),
            .if(model.anyDemo, Layout.notice("warning", context.t("visits.demo_notice"))),
            .unwrap(model.error) { Layout.notice("error", $0) },
            .if(model.saved, Layout.notice("success", context.t("visits.plan_saved"))),
            .h2(.text(context.t("visits.coverage_title", ["start": model.quarterStart, "today": model.today]))),
            .p(.text(context.t("visits.coverage_total", [
                "visited": String(model.total.visited), "linked": String(model.total.linked), "percent": percent(model.total),
            ]))),
            .p(.class("muted"), .text(context.t("visits.coverage_rule"))),
            coverageTable(model.leaders, nameKey: "visits.leader", context),
            coverageTable(model.towns, nameKey: "visits.town", context),
            .h2(.text(context.t("visits.plan_title"))),
            .p(.class("muted"), .text(context.t("visits.plan_rule"))),
            .table(.class("data"),
                .thead(.tr(.th(.text(context.t("visits.tier"))), .th(.text(context.t("visits.quota"))))),
                .tbody(.forEach(LeaderTier.allCases) { tier in
                    .tr(.td(.text(context.t(tier.label))), .td(.text(quota(model.plan.quota(tier), context))))
                })),
            .if(model.mayConfigure, planForm(model, context)),
            .h2(.text(context.t("visits.export_title"))),
            .form(.method(.get), .action(SiteURL.visitsExport(format: "csv").path), .class("stacked"),
                .label(.text(context.t("visits.export_year")),
                       .input(.type(.number), .name("year"), .min("2000"), .max("2100"), .placeholder(String(model.currentYear)))),
                .button(.type(.submit), .text(context.t("visits.export_csv"))))
        )
    }

    static func percent(_ count: VisitCoverage.Count) -> String {
        count.percent.map { NumberText.percent($0 / 100) } ?? "—"
    }

    static func coverageTable(_ rows: [CoverageRow], nameKey: String, _ context: PageContext) -> Node {
        .if(!rows.isEmpty, .table(.class("data"),
            .thead(.tr(.th(.text(context.t(nameKey))), .th(.class("num"), .text(context.t("visits.linked"))),
                       .th(.class("num"), .text(context.t("visits.visited"))), .th(.class("num"), .text(context.t("visits.coverage"))))),
            .tbody(.forEach(sorted(rows)) { row in
                .tr(.td(.unwrap(row.username, { username in .a(.href(SiteURL.leader(username: username).path), .text(row.name)) },
                                else: .text(row.name))),
                    .td(.class("num"), .text(String(row.count.linked))),
                    .td(.class("num"), .text(String(row.count.visited))),
                    .td(.class("num"), .text(percent(row.count))))
            })))
    }

    /// "1 visit a quarter", as a reader says it.
    static func quota(_ quota: VisitQuota, _ context: PageContext) -> String {
        context.t("visits.quota_text", ["visits": String(quota.visits), "period": context.t(quota.period.label)])
    }

    static func planForm(_ model: Model, _ context: PageContext) -> Node {
        .form(.method(.post), .action(SiteURL.visitsPlan.path), .class("stacked"),
            Layout.csrfField(context),
            .forEach(LeaderTier.allCases) { tier in
                let quota = model.plan.quota(tier)
                return .fieldset(.legend(.text(context.t("visits.quota_of", ["tier": context.t(tier.label)]))),
                    .label(.text(context.t("visits.quota_visits")),
                           .input(.type(.number), .name("\(tier.rawValue)_visits"), .value(String(quota.visits)),
                                  .min(String(VisitPlan.visitsRange.lowerBound)), .max(String(VisitPlan.visitsRange.upperBound)),
                                  .attribute(named: "step", value: "1"), .required(true))),
                    .label(.text(context.t("visits.quota_period")),
                           .select(.attribute(named: "name", value: "\(tier.rawValue)_period"), .required(true),
                                   .forEach(VisitPeriod.allCases) { FormNodes.option($0.rawValue, context.t($0.label), selected: $0 == quota.period) })))
            },
            .button(.type(.submit), .class("primary"), .text(context.t("visits.plan_save"))))
    }
}

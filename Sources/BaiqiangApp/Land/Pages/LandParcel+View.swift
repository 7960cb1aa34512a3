import BaiqiangCore
import BaiqiangHTML

extension LandParcelPage {
    static func view(_ model: Model, _ context: PageContext) -> HTML {
        let record = model.record
        let rulesByID = Dictionary(model.rules.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return Layout.page(context, title: "\(context.t("land.parcel")) \(record.number)", active: .land,
            .p(.a(.href(SiteURL.land.path), .text("← " + context.t("nav.land")))),
            .h1(.text("\(context.t("land.parcel")) \(record.number)"),
                .if(model.isDemo, .span(.class("badge badge-demo"), .text(context.t("common.demo"))))),
            .dl(.class("facts"),
                .dt(.text(context.t("land.town"))), .dd(.text(model.townName?.name(context) ?? "—")),
                .dt(.text(context.t("land.holder"))),
                .dd(.unwrap(record.holderCreditCode, { code in
                    .group(.a(.href(SiteURL.enterprise(creditCode: code).path), .text(model.holderName ?? code)),
                           .span(.class("muted"), .text(" \(code)")))
                }, else: .text("—"))),
                .dt(.text(context.t("land.area"))), .dd(.text(LandText.area(record.area, context))),
                .dt(.text(context.t("land.declared_area"))),
                .dd(.text(record.declaredArea.map { LandText.area($0, context) } ?? "—")),
                .dt(.text(context.t("land.use"))), .dd(.text(record.landUse ?? "—")),
                .dt(.text(context.t("land.supply_way"))), .dd(.text(record.supplyWay.map { context.t($0.label) } ?? "—")),
                .dt(.text(context.t("land.supply_date"))), .dd(.text(LandText.date(record.supplyDate))),
                .dt(.text(context.t("land.contracted_start"))), .dd(.text(LandText.date(record.contractedStart))),
                .dt(.text(context.t("land.contracted_completion"))), .dd(.text(LandText.date(record.contractedCompletion))),
                .dt(.text(context.t("land.actual_start"))), .dd(.text(LandText.date(record.actualStart))),
                .dt(.text(context.t("land.plot_ratio"))),
                .dd(.text("\(LandText.value(record.plotRatio)) (\(context.t("land.committed")) \(LandText.value(record.committedPlotRatio)))")),
                .dt(.text(context.t("land.floor_area"))), .dd(.text(LandText.value(record.floorAreaSquareMetres) + " m²")),
                .dt(.text(context.t("land.holder_class"))), .dd(.text(model.facts.holderClass?.rawValue ?? "—")),
                .dt(.text(context.t("land.holder_tax_per_mu"))), .dd(.text(LandText.value(model.facts.holderTaxPerMuWan)))),
            .if(!record.standardLandChecks.isEmpty, .group(
                .h2(.text(context.t("land.standard_land"))),
                .table(.class("data"),
                    .thead(.tr(.th(.text(context.t("land.indicator"))), .th(.class("num"), .text(context.t("land.committed"))),
                               .th(.class("num"), .text(context.t("land.checked"))))),
                    .tbody(.forEach(record.standardLandChecks) { check in
                        .tr(.td(.text(check.indicator)), .td(.class("num"), .text(NumberText.number(check.committed))),
                            .td(.class("num"), .text(LandText.value(check.actual))))
                    })))),
            .h2(.text(context.t("land.rules_fired"))),
            .if(model.findings.isEmpty, Layout.notice("success", context.t("land.no_rule_fires"))),
            .if(!model.findings.isEmpty, .table(.class("data"),
                .thead(.tr(.th(.text(context.t("land.rule"))), .th(.text(context.t("land.values"))),
                           .th(.text(context.t("land.consequence"))), .th(.text(context.t("land.source"))))),
                .tbody(.forEach(model.findings) { finding in
                    let rule = rulesByID[finding.ruleID]
                    return .tr(.td(.text(context.t(finding.name))), .td(.text(context.t(finding.detail))),
                               .td(.text(rule?.consequence.map { context.t($0) } ?? "—")),
                               .td(.text(rule?.source ?? context.t("land.county_choice"))))
                }))),
            LandDisposalParts.section(model, context),
            .unwrap(record.holderCreditCode) { code in
                .p(.a(.href(SiteURL.enterprise(creditCode: code).path), .text(context.t("land.holder_evaluation"))))
            },
            .unwrap(model.holderExplanation) { url in .p(.a(.href(url.path), .text(context.t("land.holder_explanation")))) }
        )
    }
}

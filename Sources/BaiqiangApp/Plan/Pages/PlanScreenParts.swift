import BaiqiangCore
import BaiqiangHTML

/// The big screen's side panels: the demands' three rates, the milestone timeline and the trends.
enum PlanScreenParts {
    static func rates(_ ui: PlanComponents, _ rates: [PlanScreenPage.Rate]) -> Node {
        .section(.class("screen-panel"),
            .h2(.text(ui.context.t("screen.rates"))),
            .div(.class("screen-rates"), .forEach(rates) { rate in
                .div(.class("screen-rate"),
                     .span(.class("count"), .text(rate.percent.map { NumberText.number($0) + "%" } ?? "—")),
                     .span(.text(ui.context.t(rate.key))))
            }))
    }

    /// Each milestone on a line by planned date, done ones ticked, late ones red.
    static func timeline(_ ui: PlanComponents, _ shown: (milestones: [PlanMilestone], more: Int)) -> Node {
        let snapshot = ui.snapshot, milestones = shown.milestones
        return .section(.class("screen-panel"),
            .h2(.text(ui.context.t("screen.milestones"))),
            .if(milestones.isEmpty, .p(.class("muted"), .text(ui.context.t("plan.no_milestones")))),
            .ol(.class("screen-timeline"), .forEach(milestones) { milestone in
                let light = snapshot.evaluation.milestones[milestone.code]?.light ?? .grey
                let label = snapshot.review?.milestones[milestone.code].map { ui.text($0.outcome.label) }
                    ?? snapshot.evaluation.milestones[milestone.code].map { ui.text($0.status.label) } ?? "—"
                return .li(.class("light-border-\(light.rawValue)"),
                           .span(.class("when"), .text(milestone.actual?.description ?? milestone.planned.description)),
                           .span(.class("what"), .text(ui.text(milestone.name))),
                           .span(.class("light light-\(light.rawValue)"), .text(label)))
            }),
            more(ui, shown.more))
    }

    /// "另有 M 项" under a list cut to what the screen holds.
    static func more(_ ui: PlanComponents, _ count: Int) -> Node {
        .if(count > 0, .p(.class("muted screen-more"), .text(ui.context.t("screen.more_items", ["count": String(count)]))))
    }

    static func trends(_ ui: PlanComponents, _ shown: (trends: [(row: KPIRow, values: [Double])], more: Int)) -> Node {
        let trends = shown.trends
        return .section(.class("screen-panel"),
            .h2(.text(ui.context.t("screen.trends"))),
            .if(trends.isEmpty, .p(.class("muted"), .text(ui.context.t("screen.trends_none")))),
            .forEach(trends) { trend in
                .div(.class("screen-trend"),
                     .span(.class("what"), .text(ui.text(trend.row.kpi.name))),
                     Sparkline(title: ui.text(trend.row.kpi.name), values: trend.values).svg(),
                     .span(.class("count"), .text(trend.values.last.map { ui.quantity($0, unit: trend.row.kpi.unit) } ?? "—")))
            },
            more(ui, shown.more))
    }
}

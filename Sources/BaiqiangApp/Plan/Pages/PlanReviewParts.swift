import BaiqiangCore
import BaiqiangHTML

/// How an ended plan is shown: its final review (终期评估) — each target's verdict on its last
/// figure by the deadline and by how much, the milestones' outcomes — with no light, schedule
/// or forecast, on the cockpit, the KPI page, the big screen, the report and the public page.
enum PlanReviewParts {
    /// The verdict's colour: the lights' classes, so an ended plan reads like a running one.
    static func lightClass(_ verdict: KPIVerdict) -> PlanLight {
        switch verdict {
        case .achieved: .achieved
        case .notAchieved: .red
        case .noData: .grey
        }
    }

    static func verdict(_ ui: PlanComponents, _ verdict: KPIVerdict) -> Node {
        .span(.class("light light-\(lightClass(verdict).rawValue) verdict-\(verdict.rawValue)"), .text(ui.text(verdict.label)))
    }

    /// "The plan's period, 2022-12-20 to 2025-12-31, is over: its final review".
    static func notice(_ ui: PlanComponents, review: PlanReview) -> Node {
        .p(.class("notice notice-info review-notice"), .text(ui.context.t("plan_periods.review_notice", [
            "start": ui.snapshot.document.effectivePeriod?.start.description ?? "—", "end": review.end.description])))
    }

    /// How many targets got each verdict, in place of the light counts.
    static func summary(_ ui: PlanComponents, rows: [KPIRow], review: PlanReview) -> Node {
        let verdicts = rows.filter { !$0.isMonitoring }.compactMap { review.kpis[$0.kpi.code]?.verdict }
        return .div(.class("light-summary review-summary"),
                    .forEach(KPIVerdict.allCases) { verdict in
                        .div(.class("light-count light-border-\(lightClass(verdict).rawValue)"),
                             .span(.class("count"), .text(String(verdicts.filter { $0 == verdict }.count))),
                             self.verdict(ui, verdict))
                    })
    }

    /// A KPI's card in the review: its last figure by the deadline, the target, the verdict and
    /// the gap; a monitoring indicator shows its last figure only.
    static func card(_ ui: PlanComponents, row: KPIRow, review: KPIReview) -> Node {
        let kpi = row.kpi, context = ui.context
        let light = review.verdict.map(lightClass) ?? .grey
        return .article(
            .class("kpi-card light-border-\(light.rawValue)"),
            .div(.class("kpi-head"),
                 .a(.href(ui.kpiLink(kpi.code)), .class("kpi-name"), .text(ui.text(kpi.name))),
                 .unwrap(review.verdict) { verdict(ui, $0) }),
            .div(.class("kpi-value"), finalValue(ui, row: row, review: review)),
            ui.sideBySide(row),
            .unwrap(kpi.target) { target in
                .div(.class("kpi-target"), .text(context.t("plan.target_by", [
                    "target": (target.strict ? context.t("plan.more_than") : "") + ui.quantity(target.value, unit: kpi.unit),
                    "deadline": review.deadline.description])))
            },
            .if(!row.isMonitoring, .div(.class("kpi-meta"), .span(.text(gapText(ui, row: row, review: review))))),
            .if(row.isMonitoring, .div(.class("kpi-meta"), .span(.text(context.t("plan.monitoring")))))
        )
    }

    static func finalValue(_ ui: PlanComponents, row: KPIRow, review: KPIReview) -> Node {
        guard let final = review.final else { return .span(.class("awaiting"), .text(ui.context.t("plan.no_data"))) }
        return .group(.span(.class("number"), .text(ui.quantity(final.value, unit: row.kpi.unit))),
                      .span(.class("as-of"), .text(ui.context.t("plan.as_of", ["date": final.date.description]))),
                      ui.provenanceBadge(final.provenance))
    }

    /// "比目标 +4 家 · 目标的 104%", or "—" without a figure.
    static func gapText(_ ui: PlanComponents, row: KPIRow, review: KPIReview) -> String {
        guard let difference = review.difference else { return ui.context.t("plan_periods.no_figure_by_deadline") }
        let sign = difference > 0 ? "+" : ""
        return ui.context.t("plan_periods.gap", [
            "difference": sign + ui.quantity(difference, unit: row.kpi.unit),
            "share": review.shareOfTarget.map(NumberText.percent) ?? "—"])
    }

    /// The milestones with their outcome in the review.
    static func milestones(_ ui: PlanComponents, items: [PlanItem], review: PlanReview) -> Node {
        let context = ui.context
        let rows = items.flatMap { item in item.milestones.map { (item, $0) } }
        guard !rows.isEmpty else { return .p(.class("muted"), .text(context.t("plan.no_milestones"))) }
        return .table(.class("data"),
            .thead(.tr(.th(.text(context.t("plan.milestone"))), .th(.text(context.t("plan.planned"))),
                       .th(.text(context.t("plan.actual"))), .th(.text(context.t("plan.owner"))),
                       .th(.text(context.t("plan_periods.outcome"))))),
            .tbody(.forEach(rows) { item, milestone in
                let outcome = review.milestones[milestone.code]
                return .tr(
                    .td(.text(ui.text(milestone.name)), .unwrap(milestone.source) { .div(.class("source"), .text($0)) }),
                    .td(.text(milestone.planned.description)),
                    .td(.text(milestone.actual?.description ?? "—")),
                    .td(.text(ui.snapshot.departmentName(milestone.owner ?? item.owner).map(ui.text) ?? "—")),
                    .td(.text(outcome.map { ui.text($0.outcome.label) } ?? "—"),
                        .unwrap(outcome?.daysLate) { .span(.class("muted"), .text(" " + context.t("plan.days_late", ["days": String($0)]))) }))
            }))
    }

    /// The report's table of one area in the review.
    static func reportTable(_ ui: PlanComponents, rows: [KPIRow], review: PlanReview) -> Node {
        let context = ui.context
        return .table(.class("data"),
            .thead(.tr(.th(.text(context.t("plan.kpi"))), .th(.text(context.t("plan_periods.final_value"))),
                       .th(.text(context.t("plan.target"))), .th(.text(context.t("plan_periods.verdict"))),
                       .th(.text(context.t("plan_periods.gap_heading"))))),
            .tbody(.forEach(rows) { row in
                let kpiReview = review.kpis[row.kpi.code]
                return .tr(.td(.text(ui.text(row.kpi.name))),
                           .td(kpiReview.map { finalValue(ui, row: row, review: $0) } ?? .text("—")),
                           .td(.text(row.kpi.target.map { ui.quantity($0.value, unit: row.kpi.unit) + " · " + ($0.deadline?.description ?? "") }
                                     ?? context.t("plan.monitoring"))),
                           .td(.unwrap(kpiReview?.verdict) { verdict(ui, $0) }),
                           .td(.text(row.isMonitoring ? "—" : kpiReview.map { gapText(ui, row: row, review: $0) } ?? "—")))
            }))
    }
}

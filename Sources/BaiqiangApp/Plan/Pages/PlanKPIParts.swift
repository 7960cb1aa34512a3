import BaiqiangCore
import Foundation
import BaiqiangHTML

/// A KPI's page: its facts, its history as a chart (observations, target, the straight path from
/// baseline to target, the forecast), every figure with its source, and the entry form.
enum PlanKPIParts {
    static func detail(_ ui: PlanComponents, row: KPIRow) -> Node {
        let context = ui.context, kpi = row.kpi, evaluation = row.evaluation
        let light = evaluation?.light ?? .grey
        return .group(
            .p(.a(.href(ui.snapshot.path(ui.isPublic ? .publicPlan : .plan)), .text("← " + context.t("nav.plan")))),
            .unwrap(ui.snapshot.review) { PlanReviewParts.notice(ui, review: $0) },
            .div(.class("page-head"), .h1(.text(ui.text(kpi.name))), .if(!row.isMonitoring,
                ui.snapshot.review?.kpis[kpi.code]?.verdict.map { PlanReviewParts.verdict(ui, $0) } ?? ui.light(light))),
            .p(.class("muted"), .text("\(ui.text(row.area.name)) › \(ui.text(row.line.name)) › \(ui.text(row.item.name))")),
            .div(.class("kpi-detail"),
                 ui.card(row),
                 .dl(.class("facts"),
                     .dt(.text(context.t("plan.code"))), .dd(.code(.text(kpi.code))),
                     .dt(.text(context.t("plan.unit"))), .dd(.text(ui.text(KPIUnit.name(of: kpi.unit)))),
                     .dt(.text(context.t("plan.direction"))), .dd(.text(context.t("plan.direction.\(kpi.direction.rawValue)"))),
                     .dt(.text(context.t("plan.baseline"))),
                     .dd(.text(kpi.baseline.map { b in
                         (b.value.map { ui.quantity($0, unit: kpi.unit) } ?? context.t("plan.baseline_unknown")) + " (\(b.date))"
                     } ?? "—"), .unwrap(kpi.baseline?.source) { .div(.class("source"), .text($0)) }),
                     .dt(.text(context.t("plan.target"))),
                     .dd(.text(kpi.target.map { t in
                         (t.strict ? context.t("plan.more_than") : "") + ui.quantity(t.value, unit: kpi.unit) + " · " + (t.deadline?.description ?? "—")
                     } ?? context.t("plan.monitoring"))),
                     .dt(.text(context.t("plan.owner"))), .dd(.text(ui.snapshot.departmentName(row.owner).map(ui.text) ?? "—")),
                     .dt(.text(context.t("plan.source"))),
                     .dd(.text(kpi.source == .computed
                         ? context.t("plan.source_computed", ["provider": PlanProviderName.name(kpi.provider, context)])
                         : context.t("plan.source_manual"))),
                     .unwrap(kpi.note) { note in .group(.dt(.text(context.t("plan.note"))), .dd(.text(ui.text(note)))) }
                 )),
            .h2(.text(context.t("plan.history"))),
            chart(ui, row: row),
            .h2(.text(context.t("plan.observations"))),
            observations(ui, row: row)
        )
    }

    static func chart(_ ui: PlanComponents, row: KPIRow) -> Node {
        let context = ui.context, kpi = row.kpi
        let points = kpi.currentObservations.sorted { $0.date < $1.date }
        var series: [TimeSeriesChart.Series] = [
            .init(label: context.t("plan.chart.observed"), style: "s-observed", stroke: .solid, showsPoints: true,
                  points: points.map { (Double($0.date.dayNumber), $0.value) }),
        ]
        var references: [TimeSeriesChart.ReferenceLine] = []
        if let target = kpi.target {
            references.append(.init(label: context.t("plan.chart.target"), style: "s-target", value: target.value))
            if let baseline = kpi.baseline, let value = baseline.value, let deadline = target.deadline {
                series.append(.init(label: context.t("plan.chart.path"), style: "s-path", stroke: .dashed, showsPoints: false,
                                    points: [(Double(baseline.date.dayNumber), value), (Double(deadline.dayNumber), target.value)]))
            }
            // An ended plan has nothing left to forecast.
            if ui.snapshot.review == nil, case .projected(let value, let at, _)? = row.evaluation?.forecast, let last = points.last {
                series.append(.init(label: context.t("plan.chart.forecast"), style: "s-forecast", stroke: .dotted, showsPoints: true,
                                    points: [(Double(last.date.dayNumber), last.value), (Double(at.dayNumber), value)]))
            }
        }
        guard series.contains(where: { !$0.points.isEmpty }) else {
            return .p(.class("muted"), .text(context.t(row.evaluation.map { if case .awaitingData = $0.state { return "plan.awaiting_data" }; return "plan.no_data" } ?? "plan.no_data")))
        }
        let chart = TimeSeriesChart(
            title: ui.text(kpi.name), series: series, references: references,
            xLabel: { AxisLabels.month(dayNumber: $0) },
            yLabel: { NumberText.number($0) })
        return .div(.class("chart-box"),
                    chart.svg(),
                    .ul(.class("legend"),
                        .forEach(series.filter { !$0.points.isEmpty }) { s in .li(.span(.class("swatch \(s.style) \(s.stroke.rawValue)")), .text(s.label)) },
                        .forEach(references) { r in .li(.span(.class("swatch \(r.style) solid")), .text(r.label)) }))
    }

    /// "2024-03" for a day number (days since 1970-01-01).
    static func observations(_ ui: PlanComponents, row: KPIRow) -> Node {
        let context = ui.context
        let observations = row.kpi.observations.sorted { $0.date > $1.date }
        guard !observations.isEmpty else { return .p(.class("muted"), .text(context.t("common.no_rows"))) }
        let permissions = ui.isPublic ? nil : context.principal?.permissions
        let mayWithdraw = permissions?.allows(.writePlan(owner: row.owner)) == true
        let mayPublish = permissions?.allows(.publishPlanFigures) == true
        return .table(.class("data"),
            .thead(.tr(.th(.text(context.t("plan.date"))), .th(.text(context.t("plan.value"))),
                       .th(.text(context.t("plan.source"))), .th(.text(context.t("plan.entered_by"))),
                       .if(!ui.isPublic, .th(.text(context.t("plan.figure_status")))),
                       .if(mayWithdraw || mayPublish, .th(.text(context.t("plan.figure_actions")))))),
            .tbody(.forEach(observations) { o in
                .tr(.if(o.status != .current, .class("superseded")),
                    .td(.text(o.date.description)), .td(.class("num"), .text(ui.quantity(o.value, unit: row.kpi.unit))),
                    .td(.text(o.source)), .td(.text(o.enteredBy ?? "—")),
                    .if(!ui.isPublic, .td(figureStatus(ui, o))),
                    .if(mayWithdraw || mayPublish, .td(.if(o.status == .current, reviewForms(ui, row: row, o, withdraw: mayWithdraw, publish: mayPublish)))))
            }))
    }

    /// 有效 · 待审核, 已发布, 已更正：理由, 已撤回：理由.
    static func figureStatus(_ ui: PlanComponents, _ o: KPIObservation) -> Node {
        let context = ui.context
        if o.status != .current {
            return .text(ui.text(o.status.label) + (o.reason.map { "：" + $0 } ?? ""))
        }
        return .text(context.t(o.published ? "plan.figure_published" : "plan.figure_awaiting_review"))
    }

    static func reviewForms(_ ui: PlanComponents, row: KPIRow, _ o: KPIObservation, withdraw: Bool, publish: Bool) -> Node {
        let context = ui.context, date = o.date.description
        return .group(
            .if(publish && !o.published,
                .form(.method(.post), .action(SiteURL.planObservationReview(code: row.kpi.code, date: date, action: "publish").path), .class("inline"),
                      Layout.csrfField(context),
                      .button(.type(.submit), .text(context.t("plan.publish_figure"))))),
            .if(withdraw,
                .form(.method(.post), .action(SiteURL.planObservationReview(code: row.kpi.code, date: date, action: "withdraw").path), .class("inline"),
                      Layout.csrfField(context),
                      .input(.type(.text), .name("reason"), .required(true), .maxlength(.note), .placeholder(context.t("plan.reason"))),
                      .button(.type(.submit), .text(context.t("plan.withdraw_figure"))))))
    }

    /// The entry form's anchor: the home page's reminder links straight to it.
    static let entryFormID = "entry"

    static func observationForm(_ ui: PlanComponents, row: KPIRow) -> Node {
        let context = ui.context
        return .group(
            .h2(.id(entryFormID), .text(context.t("plan.add_observation"))),
            .form(.method(.post), .action(ui.snapshot.path(.planKPIObservations(code: row.kpi.code))), .class("filters"),
                  Layout.csrfField(context),
                  .label(.text(context.t("plan.value") + " (" + ui.text(KPIUnit.name(of: row.kpi.unit)) + ")"),
                         .input(.type(.text), .name("value"), .required(true), .attribute(named: "inputmode", value: "decimal"))),
                  .label(.text(context.t("plan.date")), .input(.type(.date), .name("date"), .required(true), .value(ui.snapshot.today.description))),
                  .label(.text(context.t("plan.source")), .input(.type(.text), .name("source"), .required(true), .maxlength(.note),
                                                                   .placeholder(context.t("plan.source_hint")))),
                  .label(.text(context.t("plan.reason")), .input(.type(.text), .name("reason"), .maxlength(.note),
                                                                   .placeholder(context.t("plan.correction_hint")))),
                  .button(.type(.submit), .class("primary"), .text(context.t("common.save"))))
        )
    }
}

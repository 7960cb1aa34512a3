import BaiqiangCore
import BaiqiangHTML

extension PlanReportPage {
    static func view(_ model: Model, _ context: PageContext) -> HTML {
        let snapshot = model.snapshot
        let ui = PlanComponents(context: context, snapshot: snapshot)
        return Layout.page(context, title: context.t("plan.report"), active: .plan,
            .p(.class("no-print"), .a(.class("button"), .href("javascript:window.print()"), .text(context.t("plan.print"))),
               .text(" "), .a(.class("button"), .href(snapshot.path(.planReportWord)), .text(context.t("plan_report.download_word")))),
            .forEach(snapshot.document.areas) { area in
                areaPage(area, rows: model.rows(of: area), month: model.month, ui: ui)
            }
        )
    }

    static func areaPage(_ area: PlanArea, rows: [KPIRow], month: String, ui: PlanComponents) -> Node {
        let context = ui.context
        return .section(.class("report-page"),
            .h1(.text(context.t("plan.report_title", ["month": month]))),
            .h2(.text(ui.text(area.name))),
            .unwrap(ui.snapshot.review) { PlanReviewParts.notice(ui, review: $0) },
            .unwrap(ui.snapshot.evaluation.areas[area.code]?.displayProgress) { progress in
                .p(.text(context.t("plan.area_progress", ["progress": NumberText.percent(progress)])))
            },
            .if(rows.isEmpty, .p(.class("muted"), .text(context.t("plan.no_kpis")))),
            .unwrap(ui.snapshot.review) { review in
                .if(!rows.isEmpty, PlanReviewParts.reportTable(ui, rows: rows, review: review))
            },
            .if(!rows.isEmpty && ui.snapshot.review == nil, .table(.class("data"),
                .thead(.tr(.th(.text(context.t("plan.kpi"))), .th(.text(context.t("plan.latest"))),
                           .th(.text(context.t("plan.target"))), .th(.text(context.t("plan.progress"))),
                           .th(.text(context.t("plan.schedule"))), .th(.text(context.t("plan.light"))),
                           .th(.text(context.t("plan.forecast"))))),
                .tbody(.forEach(rows) { row in
                    .tr(.td(.text(ui.text(row.kpi.name))),
                        .td(ui.valueNode(row)),
                        .td(.text(row.kpi.target.map { ui.quantity($0.value, unit: row.kpi.unit) + " · " + ($0.deadline?.description ?? "") } ?? context.t("plan.monitoring"))),
                        .td(.text(row.evaluation?.progress.map { NumberText.percent($0.exact) } ?? "—")),
                        .td(.text(row.evaluation?.schedule.map(NumberText.percent) ?? "—")),
                        .td(ui.light(row.evaluation?.light ?? .grey)),
                        .td(.text(row.isMonitoring ? "—" : ui.forecastText(row))))
                }))),
            .h2(.text(context.t("plan.milestones"))),
            ui.snapshot.review.map { PlanReviewParts.milestones(ui, items: area.lines.flatMap(\.items), review: $0) }
                ?? PlanCockpitParts.milestones(ui, items: area.lines.flatMap(\.items), editable: false)
        )
    }
}

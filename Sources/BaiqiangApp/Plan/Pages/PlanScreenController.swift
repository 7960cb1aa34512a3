import BaiqiangCore
import BaiqiangHTML
import Vapor

/// The big screen (大屏) for the leadership meeting room, and the printable monthly report.
struct PlanScreenController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(SiteURL.planScreen.components, use: screen)
        routes.get(SiteURL.planReport.components, use: report)
    }

    /// A 1920×1080 dark page of every target's card and the light counts, refreshing itself.
    @Sendable func screen(_ request: Request) async throws -> HTML {
        _ = try request.requirePrincipal()
        let snapshot = try await PlanPagesController.snapshot(request)
        let ui = PlanComponents(request: request, snapshot: snapshot)
        let rows = snapshot.kpiRows.filter { !$0.isMonitoring }
        return HTML(
            .lang(request.language == .en ? .english : .chinese),
            .head(
                .meta(.charset(.utf8)),
                .meta(.attribute(named: "http-equiv", value: "refresh"), .content("300")),
                .title("\(request.t("plan.big_screen")) · \(request.t("app.name"))"),
                .link(.rel(.stylesheet), .href("/static/css/app.css")),
                .link(.rel(.stylesheet), .href("/static/css/screen.css"))
            ),
            .body(.class("big-screen"),
                .header(.class("screen-head"),
                        .h1(.text(ui.text(snapshot.document.title))),
                        .div(.class("screen-date"), .text(snapshot.today.description))),
                PlanCockpitParts.lightSummary(ui, rows: rows),
                .div(.class("kpi-grid screen-grid"), .forEach(rows) { ui.card($0) })
            )
        )
    }

    /// The monthly progress report: one printed page per area, from the same figures.
    @Sendable func report(_ request: Request) async throws -> HTML {
        _ = try request.requirePrincipal()
        let snapshot = try await PlanPagesController.snapshot(request)
        let ui = PlanComponents(request: request, snapshot: snapshot)
        let month = String(snapshot.today.description.prefix(7))
        return Layout.page(request, title: request.t("plan.report"), active: .plan,
            .p(.class("no-print"), .a(.class("button"), .href("javascript:window.print()"), .text(request.t("plan.print")))),
            .forEach(snapshot.document.areas) { area in
                let rows = snapshot.kpiRows.filter { $0.area.code == area.code }
                return .section(.class("report-page"),
                    .h1(.text(request.t("plan.report_title", ["month": month]))),
                    .h2(.text(ui.text(area.name))),
                    .unwrap(snapshot.evaluation.areas[area.code]?.displayProgress) { progress in
                        .p(.text(request.t("plan.area_progress", ["progress": NumberText.percent(progress)])))
                    },
                    .if(rows.isEmpty, .p(.class("muted"), .text(request.t("plan.no_kpis")))),
                    .if(!rows.isEmpty, .table(.class("data"),
                        .thead(.tr(.th(.text(request.t("plan.kpi"))), .th(.text(request.t("plan.latest"))),
                                   .th(.text(request.t("plan.target"))), .th(.text(request.t("plan.progress"))),
                                   .th(.text(request.t("plan.schedule"))), .th(.text(request.t("plan.light"))),
                                   .th(.text(request.t("plan.forecast"))))),
                        .tbody(.forEach(rows) { row in
                            .tr(.td(.text(ui.text(row.kpi.name))),
                                .td(ui.valueNode(row)),
                                .td(.text(row.kpi.target.map { ui.quantity($0.value, unit: row.kpi.unit) + " · " + ($0.deadline?.description ?? "") } ?? request.t("plan.monitoring"))),
                                .td(.text(row.evaluation?.progress.map { NumberText.percent($0.exact) } ?? "—")),
                                .td(.text(row.evaluation?.schedule.map(NumberText.percent) ?? "—")),
                                .td(ui.light(row.evaluation?.light ?? .grey)),
                                .td(.text(row.isMonitoring ? "—" : ui.forecastText(row))))
                        }))),
                    .h2(.text(request.t("plan.milestones"))),
                    PlanCockpitParts.milestones(ui, items: area.lines.flatMap(\.items), editable: false)
                )
            }
        )
    }
}

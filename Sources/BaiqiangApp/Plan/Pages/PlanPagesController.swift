import BaiqiangCore
import Fluent
import BaiqiangHTML
import Vapor

/// The signed-in plan pages: the cockpit (驾驶舱), a KPI's page with its history, and the forms
/// that record an observation or a milestone's completion.
struct PlanPagesController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(SiteURL.plan.components, use: cockpit)
        routes.get(SiteURL.planKPI(code: .placeholder(.code)).components, use: kpi)
        routes.post(SiteURL.planKPIObservations(code: .placeholder(.code)).components, use: addObservation)
        routes.post(SiteURL.planMilestone(code: .placeholder(.code)).components, use: completeMilestone)
    }

    static func snapshot(_ request: Request, publishedOnly: Bool = false) async throws -> PlanSnapshot {
        let document = try await request.planStore.require()
        return try await PlanSnapshot.make(publishedOnly ? document.publishedOnly : document,
                                           providers: Capabilities.kpiProviders(on: request.db, environment: request.appEnvironment, county: request.countyCode), today: request.appEnvironment.today)
    }

    @Sendable func cockpit(_ request: Request) async throws -> HTML {
        _ = try request.requirePrincipal()
        let snapshot = try await Self.snapshot(request)
        let ui = PlanComponents(request: request, snapshot: snapshot)
        let area = try? request.query.get(String.self, at: "area")
        let rows = snapshot.kpiRows.filter { area == nil || area == "" || $0.area.code == area }
        return Layout.page(request, title: request.t("nav.plan"), active: .plan,
            .div(.class("page-head"),
                 .h1(.text(ui.text(snapshot.document.title))),
                 .nav(.class("page-actions"),
                      .a(.class("button"), .href(SiteURL.planScreen.path), .text(request.t("plan.big_screen"))),
                      .a(.class("button"), .href(SiteURL.planReport.path), .text(request.t("plan.report"))),
                      .a(.class("button"), .href(SiteURL.planExport(format: "yaml").path), .text(request.t("plan.export_yaml"))),
                      .a(.class("button"), .href(SiteURL.planExport(format: "csv").path), .text(request.t("plan.export_csv"))),
                      .if(request.principal?.permissions.allows(.importPlan) == true,
                          .a(.class("button"), .href(SiteURL.planImport.path), .text(request.t("plan.import")))))),
            .p(.class("muted"), .text(request.t("plan.as_of_today", ["date": snapshot.today.description]))),
            PlanCockpitParts.lightSummary(ui, rows: rows),
            PlanCockpitParts.areaFilter(ui, selected: area),
            .h2(.text(request.t("plan.targets"))),
            .div(.class("kpi-grid"), .forEach(rows.filter { !$0.isMonitoring }) { ui.card($0) }),
            .if(rows.contains(where: \.isMonitoring), .h2(.text(request.t("plan.monitoring_section")))),
            .div(.class("kpi-grid"), .forEach(rows.filter(\.isMonitoring)) { ui.card($0) }),
            .h2(.text(request.t("plan.milestones"))),
            PlanCockpitParts.milestones(ui, items: snapshot.document.allItems.filter { item in
                area == nil || area == "" || snapshot.document.areas.first { $0.code == area }?.lines.contains { $0.items.contains(item) } == true
            }),
            .h2(.text(request.t("plan.tree"))),
            ui.tree()
        )
    }

    @Sendable func kpi(_ request: Request) async throws -> Response {
        _ = try request.requirePrincipal()
        return try await renderKPI(request, error: nil, status: .ok)
    }

    func renderKPI(_ request: Request, error: String?, status: HTTPStatus) async throws -> Response {
        let snapshot = try await Self.snapshot(request)
        let code = try request.parameters.require(.code)
        guard let row = snapshot.row(code) else { throw Abort(.notFound) }
        let ui = PlanComponents(request: request, snapshot: snapshot)
        let canWrite = request.principal?.permissions.allows(.writePlan(owner: row.owner)) == true
        let html = Layout.page(request, title: ui.text(row.kpi.name), active: .plan,
            PlanKPIParts.detail(ui, row: row),
            .unwrap(error) { Layout.notice("error", $0) },
            .if(canWrite && row.kpi.source == .manual, PlanKPIParts.observationForm(ui, row: row)),
            .h2(.text(request.t("plan.milestones"))),
            PlanCockpitParts.milestones(ui, items: [row.item], editable: true)
        )
        return try await HTMLPage(status: status, html: html).encodeResponse(for: request)
    }

    struct ObservationForm: Content {
        var value: String
        var date: String
        var source: String
    }

    @Sendable func addObservation(_ request: Request) async throws -> Response {
        let code = try request.parameters.require(.code)
        let document = try await request.planStore.require()
        guard let kpi = document.kpi(code) else { throw Abort(.notFound) }
        let owner = kpi.owner ?? document.allItems.first { $0.kpis.contains { $0.code == code } }?.owner
        let principal = try request.requirePermission(.writePlan(owner: owner))
        let form = try request.content.decode(ObservationForm.self)
        do {
            let observation = try PlanEdits.observation(value: form.value, date: form.date, source: form.source, by: principal.username)
            try await PlanEdits.addObservation(observation, to: code, writer: request.writer, cache: request.application.planCache)
        } catch let error as any BilingualError where error.kind == .invalidInput {
            return try await renderKPI(request, error: request.t(error.message), status: .badRequest)
        }
        return request.redirect(to: SiteURL.planKPI(code: code).path)
    }

    @Sendable func completeMilestone(_ request: Request) async throws -> Response {
        let code = try request.parameters.require(.code)
        let document = try await request.planStore.require()
        guard let milestone = document.milestone(code) else { throw Abort(.notFound) }
        let owner = milestone.owner ?? document.allItems.first { $0.milestones.contains(milestone) }?.owner
        _ = try request.requirePermission(.writePlan(owner: owner))
        let actual = try request.content.get(String.self, at: "actual")
        try await PlanEdits.setMilestoneActual(code, actual: actual, writer: request.writer, cache: request.application.planCache)
        let back = SafeRedirect.back(referer: request.headers.first(name: .referer), fallback: SiteURL.plan.path)
        return request.redirect(to: back)
    }
}

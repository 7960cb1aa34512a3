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
        routes.post(SiteURL.planObservationReview(code: .placeholder(.code), date: .placeholder(.date), action: .placeholder(.action)).components,
                    use: reviewObservation)
        routes.post(SiteURL.planMilestone(code: .placeholder(.code)).components, use: completeMilestone)
    }

    static func snapshot(_ request: Request, publishedOnly: Bool = false) async throws -> PlanSnapshot {
        try await PlanSnapshotCache.snapshot(request, publishedOnly: publishedOnly)
    }

    @Sendable func cockpit(_ request: Request) async throws -> HTML {
        _ = try request.requirePrincipal()
        let model = PlanCockpitPage.Model(
            snapshot: try await Self.snapshot(request), area: try? request.query.get(String.self, at: "area"),
            mayImport: request.principal?.permissions.allows(.importPlan) == true,
            mayManage: request.principal?.permissions.allows(.managePlans) == true)
        return PlanCockpitPage.view(model, request.pageContext)
    }

    @Sendable func kpi(_ request: Request) async throws -> Response {
        _ = try request.requirePrincipal()
        return try await renderKPI(request, error: nil, status: .ok)
    }

    func renderKPI(_ request: Request, error: String?, status: HTTPStatus) async throws -> Response {
        let snapshot = try await Self.snapshot(request)
        let code = try request.parameters.require(.code)
        guard let row = snapshot.row(code) else { throw Abort(.notFound) }
        var model = PlanKPIPage.Model(snapshot: snapshot, row: row,
                                      mayWrite: request.principal?.permissions.allows(.writePlan(owner: row.owner)) == true, error: error)
        model.mayPublish = request.principal?.permissions.allows(.publishPlanFigures) == true
        return try await HTMLPage(status: status, html: PlanKPIPage.view(model, request.pageContext)).encodeResponse(for: request)
    }

    struct ObservationForm: Content {
        var value: String
        var date: String
        var source: String
        /// Given when the date already has a figure: why it is corrected.
        var reason: String?
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
            try await PlanEdits.addObservation(observation, to: code, correction: form.reason, plan: request.planSelection,
                                               writer: request.writer, cache: request.application.planCache)
        } catch let error as any BilingualError where error.kind == .invalidInput {
            return try await renderKPI(request, error: request.t(error.message), status: .badRequest)
        }
        let back = request.planSelection.map { SiteURL.planKPI(code: code).path + "?plan=" + PlanSnapshot.queryValue($0) }
        return request.redirect(to: back ?? SiteURL.planKPI(code: code).path)
    }

    /// Withdraws a figure (its owners, with a reason) or publishes it (its reviewer).
    @Sendable func reviewObservation(_ request: Request) async throws -> Response {
        let code = try request.parameters.require(.code)
        guard let action = PlanEdits.ObservationReview(rawValue: try request.parameters.require(.action)) else { throw Abort(.notFound) }
        let document = try await request.planStore.require()
        guard let kpi = document.kpi(code) else { throw Abort(.notFound) }
        let owner = kpi.owner ?? document.allItems.first { $0.kpis.contains { $0.code == code } }?.owner
        _ = try request.requirePermission(action == .publish ? .publishPlanFigures : .writePlan(owner: owner))
        let reason = try? request.content.get(String.self, at: "reason")
        do {
            try await PlanEdits.reviewObservation(action, of: code, date: try request.parameters.require(.date), reason: reason,
                                                  plan: request.planSelection, writer: request.writer, cache: request.application.planCache)
        } catch let error as any BilingualError where error.kind == .invalidInput {
            return try await renderKPI(request, error: request.t(error.message), status: .badRequest)
        }
        let back = request.planSelection.map { SiteURL.planKPI(code: code).path + "?plan=" + PlanSnapshot.queryValue($0) }
        return request.redirect(to: back ?? SiteURL.planKPI(code: code).path)
    }

    @Sendable func completeMilestone(_ request: Request) async throws -> Response {
        let code = try request.parameters.require(.code)
        let document = try await request.planStore.require()
        guard let milestone = document.milestone(code) else { throw Abort(.notFound) }
        let owner = milestone.owner ?? document.allItems.first { $0.milestones.contains(milestone) }?.owner
        _ = try request.requirePermission(.writePlan(owner: owner))
        let actual = try request.content.get(String.self, at: "actual")
        try await PlanEdits.setMilestoneActual(code, actual: actual, plan: request.planSelection,
                                               writer: request.writer, cache: request.application.planCache)
        let back = SafeRedirect.back(referer: request.headers.first(name: .referer), fallback: SiteURL.plan.path)
        return request.redirect(to: back)
    }
}

import BaiqiangCore
import BaiqiangHTML
import Vapor

/// `/public/plan` (政务公开): the KPIs the county marks as published, with the same cards and
/// charts, for anyone, without signing in; nothing unpublished, no milestones, no entry forms.
struct PlanPublicController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(SiteURL.publicPlan.components, use: overview)
        routes.get(SiteURL.publicKPI(code: .placeholder(.code)).components, use: kpi)
    }

    @Sendable func overview(_ request: Request) async throws -> HTML {
        let snapshot = try await PlanPagesController.snapshot(request, publishedOnly: true)
        let ui = PlanComponents(request: request, snapshot: snapshot, isPublic: true)
        return Layout.page(request, title: request.t("plan.public_title"),
            .h1(.text(ui.text(snapshot.document.title))),
            .p(.class("muted"), .text(request.t("plan.public_intro", ["date": snapshot.today.description]))),
            .div(.class("kpi-grid"), .forEach(snapshot.kpiRows) { ui.card($0) })
        )
    }

    @Sendable func kpi(_ request: Request) async throws -> HTML {
        let snapshot = try await PlanPagesController.snapshot(request, publishedOnly: true)
        let code = try request.parameters.require(.code)
        guard let row = snapshot.row(code) else { throw Abort(.notFound) }
        let ui = PlanComponents(request: request, snapshot: snapshot, isPublic: true)
        return Layout.page(request, title: ui.text(row.kpi.name), PlanKPIParts.detail(ui, row: row))
    }
}

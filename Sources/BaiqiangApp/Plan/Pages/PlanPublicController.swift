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
        return PlanPublicPage.view(PlanPublicPage.Model(snapshot: snapshot), request.pageContext)
    }

    @Sendable func kpi(_ request: Request) async throws -> HTML {
        let snapshot = try await PlanPagesController.snapshot(request, publishedOnly: true)
        let code = try request.parameters.require(.code)
        guard let row = snapshot.row(code) else { throw Abort(.notFound) }
        return PlanPublicKPIPage.view(PlanPublicKPIPage.Model(snapshot: snapshot, row: row), request.pageContext)
    }
}

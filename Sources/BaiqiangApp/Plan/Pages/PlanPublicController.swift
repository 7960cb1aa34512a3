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

    @Sendable func overview(_ request: Request) async throws -> Response {
        let snapshot = try await PlanPagesController.snapshot(request, publishedOnly: true)
        let model = PlanPublicPage.Model(snapshot: snapshot), context = request.pageContext
        // Someone not signed in sees the page everyone not signed in sees: rendered once per
        // snapshot and language. A signed-in visitor's header names them and carries their CSRF
        // token, so only the page's content is shared with them (`PlanPublicPage.view`).
        if PlanPublicPage.isSameForEveryone(context) {
            return try await snapshot.drawn.document("public|\(context.language.rawValue)") { PlanPublicPage.view(model, context) }
                .encodeResponse(for: request)
        }
        return try await PlanPublicPage.view(model, context).encodeResponse(for: request)
    }

    @Sendable func kpi(_ request: Request) async throws -> HTML {
        let snapshot = try await PlanPagesController.snapshot(request, publishedOnly: true)
        let code = try request.parameters.require(.code)
        guard let row = snapshot.row(code) else { throw Abort(.notFound) }
        return PlanPublicKPIPage.view(PlanPublicKPIPage.Model(snapshot: snapshot, row: row), request.pageContext)
    }
}

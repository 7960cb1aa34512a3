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
        return PlanScreenPage.view(PlanScreenPage.Model(snapshot: snapshot), request.pageContext)
    }

    /// The monthly progress report: one printed page per area, from the same figures.
    @Sendable func report(_ request: Request) async throws -> HTML {
        _ = try request.requirePrincipal()
        let snapshot = try await PlanPagesController.snapshot(request)
        return PlanReportPage.view(PlanReportPage.Model(snapshot: snapshot), request.pageContext)
    }
}

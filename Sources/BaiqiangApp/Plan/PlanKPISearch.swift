import BaiqiangCore
import Vapor

/// The current plan's KPIs by code or name (either language); every signed-in account reads the
/// plan, as the cockpit does.
struct PlanKPISearch: SiteSearchProvider {
    var kind: String { "kpis" }
    var titleKey: String { "search.kind.kpis" }

    func search(_ text: String, limit: Int, on request: Request) async throws -> SiteSearchGroup? {
        _ = try request.requirePrincipal()
        guard let plan = try await request.planStore.current() else { return nil }
        let found = plan.allKPIs.filter { SiteSearch.matches(text, in: [$0.code, $0.name.zh, $0.name.en]) }
        let language = request.language
        return SiteSearchGroup(found, limit: limit, listURL: SiteURL.plan.path) { kpi in
            SiteSearchHit(title: kpi.name.text(for: language), code: kpi.code, url: SiteURL.planKPI(code: kpi.code).path, isDemo: false)
        }
    }
}

import BaiqiangCore
import Fluent
import Vapor

/// The county's plan: areas, lines of work, items, KPIs with progress, lights and forecasts.
struct PlanCapability: Capability {
    var id: String { "plan" }

    var navigation: NavigationEntry? { NavigationEntry(key: "nav.plan", url: .plan) }

    var resources: CapabilityResources {
        CapabilityResources(catalogues: ["plan", "plan-truth", "plan-periods", "plan-report"], apiDescriptions: ["plan"])
    }

    func migrations(_ app: Application) -> [any Migration] {
        [CreatePlans(), AddPlanPeriods()]
    }

    func register(_ routes: CapabilityRoutes) {
        PlanPagesController().register(routes.web)
        PlanPeriodsController().register(routes.web)
        PlanScreenController().register(routes.web)
        PlanTransferController().register(routes.web)
        PlanPublicController().register(routes.web)
        PlanAPIController().register(routes.api)
    }

    var searchProviders: [any SiteSearchProvider] { [PlanKPISearch()] }

    func prepare(_ app: Application) async throws {
        try await PlanStore.seedDefault(app)
    }

    var homeBlocks: [any HomeBlockProvider] { [PlanHomeBlocks()] }
}

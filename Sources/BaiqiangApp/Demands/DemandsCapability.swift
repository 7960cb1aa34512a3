import BaiqiangCore
import Fluent
import Vapor

/// Enterprise demands handled within time limits on the working-day calendar, with Open311.
struct DemandsCapability: Capability {
    var id: String { "demands" }

    var navigation: NavigationEntry? { NavigationEntry(key: "nav.demands", url: .demands) }

    var resources: CapabilityResources {
        CapabilityResources(catalogues: ["demands"], apiDescriptions: ["demands"])
    }

    func migrations(_ app: Application) -> [any Migration] {
        [CreateDemands()]
    }

    func register(_ routes: CapabilityRoutes) {
        DemandPagesController().register(routes.web)
        DemandSubmitController().register(routes.web)
        DemandDetailController().register(routes.web)
        DemandRatesController().register(routes.web)
        DemandRoutingController().register(routes.web)
        DemandAPIController().register(routes.api)
        Open311Controller().register(routes.root)
    }

    var searchProviders: [any SiteSearchProvider] { [DemandSearch()] }

    func kpiProviders(on db: any Database, environment: AppEnvironment, county: String) -> [any KPIValueProvider] {
        DemandKPIProvider.all(on: db, environment: environment, county: county)
    }

    var homeBlocks: [any HomeBlockProvider] { [DemandHomeBlocks()] }
}

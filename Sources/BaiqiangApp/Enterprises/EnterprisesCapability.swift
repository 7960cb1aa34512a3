import BaiqiangCore
import Fluent
import Vapor

/// The registry of the county's enterprises, their yearly and monthly figures and the ladder.
struct EnterprisesCapability: Capability {
    var id: String { "enterprises" }

    var navigation: NavigationEntry? { NavigationEntry(key: "nav.enterprises", url: .enterprises) }

    var resources: CapabilityResources {
        CapabilityResources(catalogues: ["enterprises"], apiDescriptions: ["enterprises"])
    }

    func migrations(_ app: Application) -> [any Migration] {
        [CreateEnterprises(), ExtendEnterprises(), CreateEnterpriseFigures(), IndexEnterprisesForLists(),
         LinkEnterpriseLeadersToAccounts()]
    }

    func register(_ routes: CapabilityRoutes) {
        EnterprisePagesController().register(routes.web)
        EnterpriseExportController().register(routes.web)
        LadderPageController().register(routes.web)
        EnterpriseEditController().register(routes.web)
        EnterpriseImportController().register(routes.web)
        EnterpriseAPIController().register(routes.api)
    }

    var searchProviders: [any SiteSearchProvider] { [EnterpriseSearch()] }

    func kpiProviders(on db: any Database, environment: AppEnvironment, county: String) -> [any KPIValueProvider] {
        RegistryKPIProvider.all(on: db, county: county)
    }

    var homeBlocks: [any HomeBlockProvider] { [EnterpriseHomeBlocks()] }
}

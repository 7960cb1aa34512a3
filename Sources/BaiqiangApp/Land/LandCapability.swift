import BaiqiangCore
import Fluent
import Vapor

/// Industrial land (工业用地): the county's parcels, the low-efficiency rules that find the
/// parcels to deal with, and the import and export of real GIS files.
struct LandCapability: Capability {
    var id: String { "land" }

    var navigation: NavigationEntry? { NavigationEntry(key: "nav.land", url: .land) }

    var resources: CapabilityResources { CapabilityResources(catalogues: ["land", "land-map", "land-disposals"], apiDescriptions: ["land"]) }

    func migrations(_ app: Application) -> [any Migration] {
        [CreateLandParcels(), CreateLandDisposals(), ExtendLandDisposals(), CreateLandRuleSets()]
    }

    func register(_ routes: CapabilityRoutes) {
        LandPagesController().register(routes.web)
        LandDisposalPagesController().register(routes.web)
        LandTownsController().register(routes.web)
        LandRulesController().register(routes.web)
        LandMapController().register(routes.web)
        LandAPIController().register(routes.api)
        LandDisposalAPIController().register(routes.api)
    }

    var searchProviders: [any SiteSearchProvider] { [ParcelSearch()] }

    func kpiProviders(on db: any Database, environment: AppEnvironment, county: String) -> [any KPIValueProvider] {
        [LandKPIProvider(db: db, county: county)]
    }

    var homeBlocks: [any HomeBlockProvider] { [LandHomeBlocks()] }
}

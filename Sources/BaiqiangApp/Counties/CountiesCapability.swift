import BaiqiangCore
import Fluent
import Vapor

/// Counties side by side (县域比较): the published figures of the prefecture's county-level
/// units, their ranks, and how far the county is from the top-100 lines it measures itself by.
struct CountiesCapability: Capability {
    var id: String { "counties" }

    var navigation: NavigationEntry? { NavigationEntry(key: "nav.counties", url: .counties) }

    var resources: CapabilityResources { CapabilityResources(catalogues: ["counties", "prefecture", "counties-reference"], apiDescriptions: ["counties"]) }

    func migrations(_ app: Application) -> [any Migration] {
        [CreateRegionalFigures(), AddSessionViewingCounty(), AddRegionalFigureDemoFlag(), CreateReferenceCounties(),
         CreateReferenceCountyFigures(), CreateReadinessThresholds(), AddReferenceFigureDemoFlag()]
    }

    func kpiProviders(on db: any Database, environment: AppEnvironment, county: String) -> [any KPIValueProvider] {
        CountiesKPIProvider.all(on: db, county: county)
    }

    func register(_ routes: CapabilityRoutes) {
        CountiesPagesController().register(routes.web)
        CountyViewingController().register(routes.web)
        ReferenceCountiesController().register(routes.web)
        CountiesAPIController().register(routes.api)
        ReferenceCountiesAPIController().register(routes.api)
    }

    func prepare(_ app: Application) async throws {
        let county = app.appEnvironment.reference.countyCode
        try await CountiesStore.seedDefaults(on: app.db, county: county, writer: app.writer(as: .system))
        try await ReferenceCountiesStore.seedDefaults(on: app.db, writer: app.writer(as: .system))
    }
}

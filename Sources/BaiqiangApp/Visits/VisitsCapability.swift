import BaiqiangCore
import Fluent
import Vapor

/// Field work by linked leaders (挂钩联系): a leader's page of their firms and projects, and (as
/// it lands) the visits they record.
struct VisitsCapability: Capability {
    var id: String { "visits" }

    var resources: CapabilityResources { CapabilityResources(catalogues: ["visits"], apiDescriptions: ["visits"]) }

    func migrations(_ app: Application) -> [any Migration] {
        [CreateVisits(), CreateVisitPlans(), ReshapeVisitPlansAsQuotas()]
    }

    func register(_ routes: CapabilityRoutes) {
        LeaderPagesController().register(routes.web)
        VisitsPagesController().register(routes.web)
        VisitsAPIController().register(routes.api)
    }

    func kpiProviders(on db: any Database, environment: AppEnvironment, county: String) -> [any KPIValueProvider] {
        [VisitsKPIProvider(db: db, county: county)]
    }
}

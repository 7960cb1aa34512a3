import BaiqiangCore
import Fluent
import Vapor

/// The annual per-mu evaluation (亩均评价): methods, runs with immutable results, classes.
struct EvaluationCapability: Capability {
    var id: String { "evaluation" }

    var navigation: NavigationEntry? { NavigationEntry(key: "nav.evaluation", url: .evaluation) }

    var resources: CapabilityResources {
        CapabilityResources(catalogues: ["evaluation"], apiDescriptions: ["evaluation"])
    }

    func migrations(_ app: Application) -> [any Migration] {
        [CreateEvaluation(), AddEvaluationPublication(), ReshapeEvaluationResults()]
    }

    func register(_ routes: CapabilityRoutes) {
        EvaluationPagesController().register(routes.web)
        EvaluationAPIController().register(routes.api)
    }

    func kpiProviders(on db: any Database, environment: AppEnvironment, county: String) -> [any KPIValueProvider] {
        [EvaluationKPIProvider(db: db, county: county)]
    }

    var homeBlocks: [any HomeBlockProvider] { [EvaluationHomeBlocks()] }
}

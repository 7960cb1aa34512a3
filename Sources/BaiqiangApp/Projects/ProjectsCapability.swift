import BaiqiangCore
import Fluent
import Vapor

/// Investment projects (招商引资项目): the pipeline by stage, each project's milestones,
/// investment and light, and the lists of stalled projects.
struct ProjectsCapability: Capability {
    var id: String { "projects" }

    var navigation: NavigationEntry? { NavigationEntry(key: "nav.projects", url: .projects) }

    var resources: CapabilityResources { CapabilityResources(catalogues: ["projects"], apiDescriptions: ["projects"]) }

    func migrations(_ app: Application) -> [any Migration] {
        [CreateProjects(), CreateProjectMilestonesAndInvestments(), AddPlanMilestoneCodes(), AddProjectStatisticsEntry(),
         LinkProjectLeaderToAccount()]
    }

    func register(_ routes: CapabilityRoutes) {
        ProjectsPagesController().register(routes.web)
        ProjectRatesController().register(routes.web)
        ProjectsAPIController().register(routes.api)
    }

    var searchProviders: [any SiteSearchProvider] { [ProjectSearch()] }

    func kpiProviders(on db: any Database, environment: AppEnvironment, county: String) -> [any KPIValueProvider] {
        [ProjectsKPIProvider(db: db, county: county)]
    }

    func milestoneProviders(on db: any Database, environment: AppEnvironment, county: String) -> [any MilestoneValueProvider] {
        [ProjectsMilestoneProvider(db: db, county: county)]
    }

    func prepare(_ app: Application) async throws {
        try await ProjectsStore.loadPublished(app)
    }

    var homeBlocks: [any HomeBlockProvider] { [ProjectsHomeBlocks()] }
}

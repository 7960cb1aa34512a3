import BaiqiangCore
import Fluent
import Vapor

/// Grid governance (网格治理): the county's grids and their workers (专职, 兼职, 辅助), the events
/// grid workers report, handled through the demands workflow, and special campaigns (专项整治).
struct GridCapability: Capability {
    var id: String { "grid" }

    var navigation: NavigationEntry? { NavigationEntry(key: "nav.grid", url: .grid) }

    var resources: CapabilityResources { CapabilityResources(catalogues: ["grid"], apiDescriptions: ["grid"]) }

    func migrations(_ app: Application) -> [any Migration] {
        [CreateGrids(), CreateGridEvents(), CreateGridCampaigns(), CreateGridEventPhotos()]
    }

    func register(_ routes: CapabilityRoutes) {
        GridPagesController().register(routes.web)
        GridKeepingPagesController().register(routes.web)
        GridAPIController().register(routes.api)
    }
}

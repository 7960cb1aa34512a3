import BaiqiangCore
import Fluent
import Vapor

/// Industrial chains under the chain-chief system (产业链, 链长制): each chain's map with the local
/// firms and pipeline projects on its nodes, its gaps (补链, 强链, 延链) and the leads made from them.
struct ChainsCapability: Capability {
    var id: String { "chains" }

    var navigation: NavigationEntry? { NavigationEntry(key: "nav.chains", url: .chains) }

    var resources: CapabilityResources { CapabilityResources(catalogues: ["chains"], apiDescriptions: ["chains"]) }

    func migrations(_ app: Application) -> [any Migration] {
        [CreateChains()]
    }

    func register(_ routes: CapabilityRoutes) {
        ChainsPagesController().register(routes.web)
        ChainsAPIController().register(routes.api)
    }

    func prepare(_ app: Application) async throws {
        try await ChainsStore.loadDefaults(app)
    }
}

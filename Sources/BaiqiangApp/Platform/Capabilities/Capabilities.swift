import BaiqiangCore
import Fluent
import Vapor

/// The list every part of the application loops over. Adding a capability is one line here.
enum Capabilities {
    /// The platform itself first, then the capabilities in the order the navigation shows them.
    static let all: [any Capability] = [
        PlatformCapability(),
        PlanCapability(),
        EnterprisesCapability(),
        EvaluationCapability(),
        LandCapability(),
        ProjectsCapability(),
        ChainsCapability(),
        DemandsCapability(),
        CountiesCapability(),
        VisitsCapability(),
        SupervisionCapability(),
        GridCapability(),
    ]

    /// Every migration of every capability, in the order of the number its name starts with,
    /// which is the order a new database is built in. (A database built earlier has run some of
    /// them in another order; Fluent runs only those it has not recorded, so it is unaffected.)
    static func migrations(_ app: Application) -> [any Migration] {
        all.flatMap { $0.migrations(app) }.sorted { $0.name < $1.name }
    }

    static func registerRoutes(_ routes: CapabilityRoutes) {
        for capability in all { capability.register(routes) }
    }

    /// The capabilities' entries, in order: the navigation bar and the home page's cards.
    static var navigation: [NavigationEntry] {
        all.compactMap(\.navigation)
    }

    /// The entries shown to `principal`: those its role is among the audience of.
    static func navigation(for principal: Principal) -> [NavigationEntry] {
        navigation.filter { $0.shownTo(principal.actor) }
    }

    /// The providers of every computed plan KPI whose capability has landed.
    /// The plan is a county's, so its KPIs count that county's rows.
    static func kpiProviders(on db: any Database, environment: AppEnvironment, county: String) -> KPIProviderRegistry {
        KPIProviderRegistry(all.flatMap { $0.kpiProviders(on: db, environment: environment, county: county) })
    }

    /// Every capability's reports of plan milestones, by milestone code: the plan shows these in
    /// place of the dates typed into it.
    static func milestoneReadings(on db: any Database, environment: AppEnvironment, county: String,
                                  asOf now: PlanDate) async throws -> [String: MilestoneReading] {
        var found: [String: MilestoneReading] = [:]
        for provider in all.flatMap({ $0.milestoneProviders(on: db, environment: environment, county: county) }) {
            found.merge(try await provider.readings(asOf: now)) { first, _ in first }
        }
        return found
    }

    /// The home page's blocks for `principal`, in the capabilities' order.
    static func homeBlocks(for principal: Principal, request: Request) async throws -> [HomeBlock] {
        var blocks: [HomeBlock] = []
        for provider in all.flatMap(\.homeBlocks) {
            blocks += try await provider.blocks(for: principal, request: request)
        }
        return blocks
    }

    /// Every capability's parts of the header search, in navigation order.
    static var searchProviders: [any SiteSearchProvider] { all.flatMap(\.searchProviders) }

    static func prepare(_ app: Application) async throws {
        for capability in all { try await capability.prepare(app) }
    }

    static var catalogues: [String] { all.flatMap(\.resources.catalogues) }
    static var apiDescriptions: [String] { all.flatMap(\.resources.apiDescriptions) }
}

/// The capabilities' ids in order, for the command line, which adds each one's commands.
public enum CapabilityIDs {
    public static var all: [String] { Capabilities.all.map(\.id) }
}

import BaiqiangCore
import Fluent
import Vapor

/// One capability of the platform (Plan, Enterprises, Evaluation, Demands …) and everything the
/// application registers for it. Routing, migrations, start-up data, navigation, the plan's
/// computed KPIs, the interface catalogue and the API description all loop over
/// `Capabilities.all`, so a new capability is its own folder plus one line in that list.
protocol Capability: Sendable {
    /// Short lowercase name, e.g. `plan`.
    var id: String { get }

    /// Its entry in the site's navigation and on the home page; nil for none.
    var navigation: NavigationEntry? { get }

    /// Which of the shared resource files it owns.
    var resources: CapabilityResources { get }

    /// Its migrations, each named `NNN_intent`; the application registers every capability's
    /// together in number order.
    func migrations(_ app: Application) -> [any Migration]

    /// Its routes: pages, JSON API and any interface at the site's root (Open311).
    func register(_ routes: CapabilityRoutes)

    /// The computed plan KPIs it feeds, reading `county`'s rows from `db`.
    func kpiProviders(on db: any Database, environment: AppEnvironment, county: String) -> [any KPIValueProvider]

    /// The plan milestones it reports from its records, reading `county`'s rows from `db`.
    func milestoneProviders(on db: any Database, environment: AppEnvironment, county: String) -> [any MilestoneValueProvider]

    /// What it puts on a signed-in account's home page.
    var homeBlocks: [any HomeBlockProvider] { get }

    /// Reference data it loads on every start where missing (a default plan, say).
    func prepare(_ app: Application) async throws

    /// Its parts of the header search, in the order their groups are shown.
    var searchProviders: [any SiteSearchProvider] { get }
}

extension Capability {
    var navigation: NavigationEntry? { nil }
    var resources: CapabilityResources { CapabilityResources() }
    func migrations(_ app: Application) -> [any Migration] { [] }
    func register(_ routes: CapabilityRoutes) {}
    func kpiProviders(on db: any Database, environment: AppEnvironment, county: String) -> [any KPIValueProvider] { [] }
    func milestoneProviders(on db: any Database, environment: AppEnvironment, county: String) -> [any MilestoneValueProvider] { [] }
    var homeBlocks: [any HomeBlockProvider] { [] }
    func prepare(_ app: Application) async throws {}
    var searchProviders: [any SiteSearchProvider] { [] }
}

/// The route groups a capability registers into, already behind their authenticators.
struct CapabilityRoutes {
    /// The site's root, with no authentication: Open311, public pages of their own kind.
    var root: any RoutesBuilder
    /// Pages: the session cookie signs in, every state-changing form carries a CSRF token.
    var web: any RoutesBuilder
    /// `/api/v1`: bearer token or session, signed in, query checked against the API description.
    var api: any RoutesBuilder
}

/// A navigation entry: the catalogue key of its name (`<key>.summary` describes it on the home
/// page), where it goes, and whether it is there yet (a capability still to come shows an honest
/// placeholder page), and to whom it shows (everyone signed in, unless the capability is for
/// a few roles only: an entry nobody else may open is noise to them, and names what they cannot see).
struct NavigationEntry: Sendable {
    var key: String
    var url: SiteURL
    var ready: Bool = true
    var shownTo: @Sendable (AccessActor) -> Bool = { _ in true }
}

/// The shared resource files a capability owns (they live in `Resources/`, which the package
/// copies as one folder), by name without extension.
struct CapabilityResources: Sendable {
    /// Files of interface strings, `i18n/<language>/<name>.json`, one per language.
    var catalogues: [String] = []
    /// Parts of the API description, `openapi/<name>.yaml`.
    var apiDescriptions: [String] = []
}

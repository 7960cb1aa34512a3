import BaiqiangCore
import Foundation

/// A leader's page (/leaders/{username}): the firms and projects linked to them (挂钩联系), as
/// far as the reading account may see, each list paginated.
enum LeaderPage {
    static let pageSize = 25

    struct FirmRow: Sendable {
        var creditCode: String
        var name: String
        var town: String?
        var asCityLeader: Bool
        var asTownLeader: Bool
        /// The class in the newest published evaluation run.
        var evaluationClass: String?
        var outputYear: Int?
        var outputWan: Double?
        var isDemo: Bool
        var lastVisit: PlanDate? = nil
        /// Owing a visit by the county's plan for this leader's tier (`VisitPlan.standing`).
        var overdue: Bool = false
        /// Visits so far this period against the quota of the leader's (first) tier.
        var visitsThisPeriod: (count: Int, quota: VisitQuota)? = nil
        /// The risks heard on the last visit.
        var flags: [RiskFlag] = []
        var openDemands: Int = 0
    }

    /// One of the leader's recent visits, with the demand raised from it, if any.
    struct VisitRow: Sendable {
        var id: UUID
        var firmName: String
        var date: String
        var flags: [RiskFlag]
        var firmSaid: String?
        var demandNumber: String?
        var isDemo: Bool
    }

    struct ProjectRow: Sendable {
        var id: UUID
        var name: String
        var stage: ProjectStage
        var light: ProjectLight?
        var isDemo: Bool
    }

    struct Model: Sendable {
        var username: String
        var displayName: String
        var firms: [FirmRow]
        var firmsTotal: Int
        var firmsPage: Int
        var projects: [ProjectRow]
        var projectsTotal: Int
        var projectsPage: Int
        /// The year of the published run the classes come from.
        var evaluationYear: Int?
        var recentVisits: [VisitRow] = []
        /// Whether the reader may record this leader's visits and raise demands from them.
        var mayRecord: Bool = false
        /// The demand categories a problem may be filed under: code and name.
        var categories: [(code: String, name: BilingualText)] = []
        var today: String = ""
        /// Why the last form was refused.
        var error: String? = nil

        var firmsPageCount: Int { LeaderPage.pageCount(firmsTotal) }
        var projectsPageCount: Int { LeaderPage.pageCount(projectsTotal) }
        var anyDemo: Bool {
            firms.contains(where: \.isDemo) || projects.contains(where: \.isDemo) || recentVisits.contains(where: \.isDemo)
        }
    }

    static func pageCount(_ total: Int) -> Int {
        max(1, (total + pageSize - 1) / pageSize)
    }
}

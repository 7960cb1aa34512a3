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

        var firmsPageCount: Int { LeaderPage.pageCount(firmsTotal) }
        var projectsPageCount: Int { LeaderPage.pageCount(projectsTotal) }
        var anyDemo: Bool { firms.contains(where: \.isDemo) || projects.contains(where: \.isDemo) }
    }

    static func pageCount(_ total: Int) -> Int {
        max(1, (total + pageSize - 1) / pageSize)
    }
}

import BaiqiangCore
import Foundation

/// The visits page (/visits): this quarter's coverage per leader and per town, the county's
/// visit plan, and the export of the visits the reader may see.
enum VisitsPage {
    /// One leader's or one town's coverage row.
    struct CoverageRow: Sendable {
        var name: String
        /// The leader's username, for the link to their page; nil for a town.
        var username: String?
        var count: VisitCoverage.Count
    }

    struct Model: Sendable {
        var quarterStart: String
        var today: String
        var total: VisitCoverage.Count
        var leaders: [CoverageRow]
        var towns: [CoverageRow]
        var plan: VisitPlan
        /// Whether the reader may change the plan.
        var mayConfigure: Bool
        /// Whether demo firms or visits are counted (演示数据).
        var anyDemo: Bool
        var currentYear: Int
        var error: String? = nil
        var saved: Bool = false
    }

    /// Rows sorted as a reader looks for the gaps: lowest coverage first, then by name.
    static func sorted(_ rows: [CoverageRow]) -> [CoverageRow] {
        rows.sorted { lhs, rhs in
            let left = lhs.count.percent ?? 0, right = rhs.count.percent ?? 0
            return left != right ? left < right : lhs.name < rhs.name
        }
    }
}

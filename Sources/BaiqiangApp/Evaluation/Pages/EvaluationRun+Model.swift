import BaiqiangCore
import Foundation

/// One run: its facts, the distributions of its classes and scores, and a page of its firms.
enum EvaluationRunPage {
    struct Model {
        var run: EvaluationRun
        var runID: UUID
        /// Firms of the listed class (all when nil), and the page of them shown.
        var classFilter: String?
        var total: Int
        var rows: [EvaluationResultRecord]
        var page: Int
        var perPage: Int
        var overall: [String: Int]
        var byTown: [String: [String: Int]]
        var byIndustry: [String: [String: Int]]
        var histogram: [(label: String, count: Int)]
        /// Whether the account may adopt this run as the year's result.
        var mayPublish: Bool
        /// Another run of the same year that is published now, which publishing this one replaces.
        var publishedOfYear: EvaluationRun?
        /// Town names by code, so charts and lists name towns.
        var townNames: [String: BilingualText] = [:]
    }
}

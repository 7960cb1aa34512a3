import BaiqiangCore
import Foundation

/// The pipeline: this page of projects as a kanban by stage, the count at each stage and the
/// funnel of how many reached each stage, over every project the filter finds.
enum ProjectListPage {
    struct Card: Sendable {
        var id: UUID
        var name: String
        var stage: ProjectStage
        var townCode: String?
        var investmentYi: Double
        var isKey: Bool
        var isDemo: Bool
    }

    struct Model {
        var filter: ProjectsStore.Filter
        var cards: [Card]
        /// Projects at each stage now, over the whole filtered set.
        var counts: [ProjectStage: Int]
        var towns: [ProjectTownName]
        var page: Int
        var pageCount: Int
        var anyDemo: Bool

        var total: Int { counts.values.reduce(0, +) }

        /// How many projects reached each stage of the pipeline (being at it or past it).
        var funnel: [(stage: ProjectStage, count: Int)] {
            ProjectStage.pipeline.map { stage in
                let position = stage.position ?? 0
                return (stage, counts.filter { ($0.key.position ?? -1) >= position }.values.reduce(0, +))
            }
        }
    }
}

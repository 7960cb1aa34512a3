import BaiqiangCore
import Foundation

/// A project to write: the record, how it entered the pipeline and moved since, its planned
/// milestones, its investment figures and the sources of its facts.
struct ProjectEntry: Sendable {
    var record: ProjectRecord
    var history: ProjectStageHistory
    var milestones: [ProjectMilestone] = []
    /// The plan milestones (by code) its milestones feed, by stage.
    var planMilestones: [ProjectStage: String] = [:]
    /// The year's planned investment (亿元), by year.
    var plannedYi: [Int: Double] = [:]
    /// Completed investment (亿元), by year and month.
    var completedYi: [MonthKey: Double] = [:]
    var sources: [ProjectFactSource] = []
    /// Generated demo data (演示数据), as an import file's 演示数据 column marks it.
    var isDemo = false
    /// The linked leader as a file states it (`=` or no column keeps, blank unlinks).
    var leader: LeaderChoice = .keep

    struct MonthKey: Sendable, Hashable {
        var year: Int
        var month: Int
    }
}

extension PlanDate {
    /// The day a moment falls on in Beijing time.
    init(shanghai instant: Date) {
        self.init(instant, timeZone: ShanghaiTime.timeZone)
    }
}

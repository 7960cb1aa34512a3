import BaiqiangCore
import Foundation

/// One project: what is known of it with the source of each published fact, its stage history,
/// milestones planned against actual, this year's investment against the schedule, its light
/// and why, and — for who may — the form moving its stage.
enum ProjectDetailPage {
    struct Model {
        var id: UUID
        var name: String
        var investor: String?
        var record: ProjectRecord
        var isDemo: Bool
        var townName: String?
        var history: ProjectStageHistory
        var assessment: ProjectAssessment
        var investment: ProjectsStore.YearInvestment?
        var year: Int
        var today: PlanDate
        var sources: [ProjectFactSource]
        var mayMove: Bool
        /// 入库: the day it was entered in the statistics database, if recorded.
        var statisticsEntry: PlanDate? = nil
        /// The project company in the registry, once registered and visible to the account.
        var firm: (creditCode: String, name: String)? = nil
        /// The numbers of the parcels the project company holds, as the account may see them.
        var parcels: [String] = []
        /// The linked leader's account, when the project is linked to one: shown by its current
        /// name, linking to the leader's page.
        var leaderAccount: LeaderOption? = nil
        var error: String? = nil
    }
}

import BaiqiangCore
import Fluent
import Foundation

/// A planned milestone of a project (Core's `ProjectMilestone`): planned, and actual only when
/// reported.
final class ProjectMilestoneRow: Model, @unchecked Sendable {
    static let schema = "project_milestones"

    @ID(key: .id) var id: UUID?
    @Field(key: "county_code") var countyCode: String
    @Field(key: "project_id") var projectID: UUID
    @Field(key: "stage") var stage: String
    @Field(key: "planned") var planned: String
    @OptionalField(key: "actual") var actual: String?
    /// The plan milestone (by code) this milestone feeds, if any.
    @OptionalField(key: "plan_milestone_code") var planMilestoneCode: String?

    init() {
        countyCode = CountyCode.heshan
    }

    convenience init(_ milestone: ProjectMilestone, projectID: UUID, county: String, planMilestoneCode: String? = nil) {
        self.init()
        countyCode = county
        self.projectID = projectID
        stage = milestone.stage.rawValue
        planned = milestone.planned.description
        actual = milestone.actual?.description
        self.planMilestoneCode = planMilestoneCode
    }

    var milestone: ProjectMilestone? {
        guard let stage = ProjectStage(rawValue: stage), let planned = PlanDate(planned) else { return nil }
        return ProjectMilestone(stage: stage, planned: planned, actual: actual.flatMap(PlanDate.init))
    }
}

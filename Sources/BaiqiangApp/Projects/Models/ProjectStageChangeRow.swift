import BaiqiangCore
import Fluent
import Foundation

/// One dated move of a project (Core's `ProjectStageChange`), in the order made.
final class ProjectStageChangeRow: Model, @unchecked Sendable {
    static let schema = "project_stage_changes"

    @ID(key: .id) var id: UUID?
    @Field(key: "county_code") var countyCode: String
    @Field(key: "project_id") var projectID: UUID
    @Field(key: "sequence") var sequence: Int
    @OptionalField(key: "from_stage") var fromStage: String?
    @Field(key: "to_stage") var toStage: String
    @Field(key: "date") var date: String
    @OptionalField(key: "reason") var reason: String?

    init() {
        countyCode = CountyCode.heshan
    }

    convenience init(_ change: ProjectStageChange, sequence: Int, projectID: UUID, county: String) {
        self.init()
        countyCode = county
        self.projectID = projectID
        self.sequence = sequence
        fromStage = change.from?.rawValue
        toStage = change.to.rawValue
        date = change.date.description
        reason = change.reason
    }

    var change: ProjectStageChange? {
        guard let to = ProjectStage(rawValue: toStage), let day = PlanDate(date) else { return nil }
        return ProjectStageChange(from: fromStage.flatMap(ProjectStage.init(rawValue:)), to: to, date: day, reason: reason)
    }
}

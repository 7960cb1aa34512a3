import BaiqiangCore
import Fluent
import Foundation

/// The plan milestones fed by project records (the Longi milestones from the Longi project):
/// each planned day from the project's milestone, the actual day only where reported or recorded
/// in its stage history, else unknown until the planned day passes and 未报 after.
struct ProjectsMilestoneProvider: MilestoneValueProvider {
    let db: any Database
    let county: String

    var key: String { "projects.milestones" }

    func readings(asOf now: PlanDate) async throws -> [String: MilestoneReading] {
        let (rows, byID) = try await ProjectsStore.planMilestoneRows(on: db, county: county)
        guard !rows.isEmpty else { return [:] }
        let histories = try await ProjectsStore.histories(of: Array(byID.keys), on: db, county: county)
        var found: [String: MilestoneReading] = [:]
        for row in rows {
            guard let code = row.planMilestoneCode, let project = byID[row.projectID], var milestone = row.milestone else { continue }
            let history = histories[row.projectID]
            if let history { milestone = milestone.withActual(from: history) }
            found[code] = MilestoneReading(
                code: code, milestone: milestone, current: history?.current, today: now,
                source: "招商项目库：\(project.name)（\(milestone.stage.label.zh)） / project records: \(project.name) (\(milestone.stage.label.en))")
        }
        return found
    }
}

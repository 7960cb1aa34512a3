import BaiqiangCore
import Fluent
import Vapor

/// Adds Core's generated demo projects (`DemoProjects`) to a county that has none yet, flagged
/// as demo data, beside the published ones.
enum DemoProjectsSeed {
    static func fillIfEmpty(_ app: Application, seed: UInt64, actor: AuditActor) async throws {
        let writer = app.writer(as: actor)
        let county = writer.countyCode
        guard try await !ProjectsStore.hasDemoProjects(on: app.db, county: county) else { return }
        let towns = try await OrganisationStore(db: app.db, county: county).towns().map(\.code)
        // The investment promotion bureau (投资促进局) leads the demo projects where the county has one.
        let lead = try await OrganisationStore(db: app.db, county: county).department(code: "tcj")?.code
        let today = PlanDate(shanghai: app.appEnvironment.now)
        let entries = DemoProjects.generate(towns: towns, leadDepartment: lead, today: today, seed: seed).map { project in
            ProjectEntry(record: project.record, history: project.history, milestones: project.milestones, plannedYi: project.plannedYi,
                         completedYi: Dictionary(uniqueKeysWithValues: project.completedYi.map {
                             (ProjectEntry.MonthKey(year: $0.key.year, month: $0.key.month), $0.value)
                         }))
        }
        try await ProjectsStore.create(entries, isDemo: true, writer: writer)
    }
}

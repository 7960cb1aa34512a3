import BaiqiangCore
import Fluent
import Vapor

extension ProjectsStore {
    /// Loads the county's published projects (`PublishedProjects`) on a start where the county
    /// has none of its own yet; a county the file is not about gets nothing.
    static func loadPublished(_ app: Application) async throws {
        let published = try PublishedProjects.bundled()
        let profile = try app.appEnvironment.reference.countyProfile()
        guard profile.code == published.county else { return }
        let writer = app.writer(as: .system)
        guard try await Project.query(on: app.db, county: writer.countyCode).filter(\.$isDemo == false).count() == 0 else { return }
        let entries = published.projects.map { project in
            ProjectEntry(record: project.record, history: project.history, milestones: project.milestones,
                         planMilestones: project.planMilestones,
                         sources: project.facts.map { ProjectFactSource(fact: $0.fact, source: $0.source) })
        }
        try await create(entries, isDemo: false, writer: writer)
    }

    /// Whether the county has generated projects yet (the demo fills a county once).
    static func hasDemoProjects(on db: any Database, county: String) async throws -> Bool {
        try await Project.query(on: db, county: county).filter(\.$isDemo == true).count() > 0
    }
}

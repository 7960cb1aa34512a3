import BaiqiangCore
import Fluent
import Foundation

extension ProjectsStore {
    /// The county's projects ever signed, demo ones too, for the plan's counts: a count resting
    /// on demo projects says so (its provenance), as the registry's counts do.
    static func signedProjects(on db: any Database, county: String) async throws -> [Project] {
        try await Project.query(on: db, county: county).filter(\.$wasSigned == true).all()
    }

    /// The county's project milestones that feed a plan milestone, with their real projects.
    static func planMilestoneRows(on db: any Database, county: String) async throws -> (rows: [ProjectMilestoneRow], projects: [UUID: Project]) {
        let rows = try await ProjectMilestoneRow.query(on: db).filter(\.$countyCode == county).filter(\.$planMilestoneCode != nil).all()
        guard !rows.isEmpty else { return ([], [:]) }
        let projects = try await Project.query(on: db, county: county).filter(\.$id ~~ Array(Set(rows.map(\.projectID))))
            .filter(\.$isDemo == false).all()
        return (rows, Dictionary(uniqueKeysWithValues: projects.compactMap { project in project.id.map { ($0, project) } }))
    }

    /// The project company in the registry and the parcels it holds, as this account may see them.
    func company(_ creditCode: String) async throws -> (firm: (creditCode: String, name: String)?, parcels: [String]) {
        let firm = try await Enterprise.query(on: db).scoped(to: principal).filter(\.$creditCode == creditCode).first()
            .map { (creditCode: $0.creditCode, name: $0.name) }
        let parcels = try await LandStore(db: db, principal: principal).parcels().filter(\.$holderCreditCode == creditCode)
            .sort(\.$number).field(\.$number).all().map(\.number)
        return (firm, parcels)
    }
}

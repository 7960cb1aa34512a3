import BaiqiangCore
import Fluent
import Foundation
import Vapor

extension ProjectsStore {
    /// Changes a project's fields and planned milestone days from the edit form, for an account
    /// that may change it (the lead department, an administrator: those who see its real name
    /// before signing). Core reads the form and runs every project's checks; against the stored
    /// data the name must be free that year, the chain node, town and lead department the
    /// county's, the leader one of its leader accounts, and a milestone feeding the plan kept.
    /// Every problem is reported at once and nothing is written; otherwise one audited write.
    func update(projectID: UUID, with form: ProjectForm, leader: LeaderChoice, writer: Writer) async throws {
        try await update(projectID: projectID, leader: leader, writer: writer) { _ in form }
    }

    /// The same change, the form made from the stored one (`ProjectForm(record, planned:)`) read
    /// inside the writing transaction: what the API's partial change sends is laid over the
    /// project as it is, and nothing between the read and the write is lost.
    func update(projectID: UUID, leader: LeaderChoice, writer: Writer,
                form change: @escaping @Sendable (ProjectForm) -> ProjectForm) async throws {
        let principal = principal, county = county
        try await writer.transaction { db, audit in
            let (project, _) = try await Self.editableProject(projectID, principal: principal, county: county, on: db)
            let rows = try await ProjectMilestoneRow.query(on: db).filter(\.$countyCode == county).filter(\.$projectID == projectID).all()
            let stored = ProjectForm(project.record, planned: rows.compactMap(\.milestone))
            let form = change(stored)
            let read = try form.read(onto: project.record).get()
            let record = read.record
            var issues: [LocatedIssue] = []
            func refuse(_ column: String, _ reason: BilingualText) {
                issues.append(LocatedIssue(row: nil, column: column, reason: reason))
            }
            let namesakes = try await Project.query(on: db, county: county).filter(\.$year == record.year)
                .filter(\.$name == record.name).filter(\.$id != projectID).field(\.$name).field(\.$year).all()
            let taken = Set(namesakes.map { ProjectRecordCheck.NameKey(year: $0.year, name: $0.name) })
            if !ProjectRecordCheck.duplicateRows([record], taken: taken).isEmpty {
                refuse("name", ProjectRecordCheck.duplicateName(record))
            }
            if let chainCode = record.chainCode, let nodeCode = record.chainNode {
                if let chain = try await ChainRow.query(on: db, county: county).filter(\.$code == chainCode).first() {
                    do {
                        _ = try chain.chain().requireNode(nodeCode)
                    } catch let error as ChainError {
                        refuse("chain_node", error.message)
                    }
                } else {
                    refuse("chain_node", ChainError(.unknownNode("\(chainCode)/\(nodeCode)")).message)
                }
            }
            let organisation = OrganisationStore(db: db, county: county)
            if let town = record.townCode, !(try await organisation.townCodes().contains(town)) {
                refuse("town", BilingualText(zh: "“\(town)”不是本县（市、区）的镇街", en: "'\(town)' is not a town of this county"))
            }
            if let department = record.leadDepartmentCode, !(try await organisation.departmentCodes().contains(department)) {
                refuse("lead_department", ChainError(.unknownDepartment(department)).message)
            }
            var linked: User?
            if case .account(let username) = leader {
                do {
                    linked = try await AccountStore(db: db).leader(username: username, in: county)
                } catch let unknown as UnknownLeader {
                    refuse("leader_account", unknown.message)
                }
            }
            for row in rows {
                guard let stage = ProjectStage(rawValue: row.stage), ProjectForm.plannedStages.contains(stage),
                      read.planned[stage] == nil, row.planMilestoneCode != nil else { continue }
                refuse(ProjectForm.plannedField(stage), BilingualText(
                    zh: "这一节点计入规划的节点，不能删除", en: "this milestone feeds a milestone of the plan and cannot be removed"))
            }
            guard issues.isEmpty else { throw ProjectInputError(issues) }

            let before = AuditedProjectEdit(project, milestones: rows)
            project.apply(record, county: county, isDemo: project.isDemo)
            switch leader {
            case .keep: break
            case .none:
                project.linkedLeaderID = nil
                project.linkedLeader = nil
            case .account:
                project.linkedLeaderID = linked?.id
                project.linkedLeader = linked?.displayName
            }
            try await project.update(on: db)
            var kept: [ProjectMilestoneRow] = []
            for stage in ProjectForm.plannedStages {
                let existing = rows.first { $0.stage == stage.rawValue }
                if let day = read.planned[stage] {
                    let row = existing ?? ProjectMilestoneRow(ProjectMilestone(stage: stage, planned: day), projectID: projectID, county: county)
                    row.planned = day.description
                    try await row.save(on: db)
                    kept.append(row)
                } else if let existing {
                    try await existing.delete(on: db)
                }
            }
            kept += rows.filter { row in !ProjectForm.plannedStages.contains { $0.rawValue == row.stage } }
            try await audit.record(.projectsChanged, entity: .project, id: projectID.uuidString,
                                   before: before, after: AuditedProjectEdit(project, milestones: kept))
        }
    }
}

/// What the audit log keeps of a project's edit: its record, linked leader account and planned days.
struct AuditedProjectEdit: Codable, Sendable {
    var record: ProjectRecord
    var linkedLeaderID: UUID?
    var planned: [String: String]

    init(_ project: Project, milestones: [ProjectMilestoneRow]) {
        record = project.record
        linkedLeaderID = project.linkedLeaderID
        planned = Dictionary(milestones.map { ($0.stage, $0.planned) }, uniquingKeysWith: { first, _ in first })
    }
}

import BaiqiangCore
import Fluent
import Foundation
import Vapor

extension ProjectsStore {
    /// Every problem of `entries` (rows numbered from 1), against each other and the stored
    /// projects of the county: the record checks and the one-name-per-year rule.
    static func problems(_ entries: [ProjectEntry], on db: any Database, county: String) async throws -> [LocatedIssue] {
        var issues = entries.enumerated().flatMap { ProjectRecordCheck.issues($1.record, row: $0 + 1) }
        var taken: Set<ProjectRecordCheck.NameKey> = []
        for chunk in Array(Set(entries.map(\.record.name))).chunked(500) {
            for project in try await Project.query(on: db, county: county).filter(\.$name ~~ Array(chunk))
                .field(\.$name).field(\.$year).all() {
                taken.insert(.init(year: project.year, name: project.name))
            }
        }
        for row in ProjectRecordCheck.duplicateRows(entries.map(\.record), taken: taken) {
            issues.append(LocatedIssue(row: row, column: "name", reason: ProjectRecordCheck.duplicateName(entries[row - 1].record)))
        }
        issues += try await leaderProblems(entries, on: db, county: county)
        return issues.sorted { ($0.row ?? 0) < ($1.row ?? 0) }
    }

    /// A stored project whose linked leader a file row changes, and to what.
    struct Relink: Sendable {
        var projectID: UUID
        var leader: LeaderChoice
    }

    /// The entries (by offset) that say exactly what a stored project says (Core's
    /// `ProjectRecordCheck.repeats`): an export imported again, to be left as it is (`unchanged`),
    /// or the same but for the linked leader, the project to relink (`relinks`, by offset).
    static func repeats(_ entries: [ProjectEntry], on db: any Database, county: String) async throws
        -> (unchanged: Set<Int>, relinks: [Int: UUID]) {
        var stored: [ProjectRecordCheck.NameKey: Project] = [:]
        for chunk in Array(Set(entries.map(\.record.name))).chunked(500) {
            for project in try await Project.query(on: db, county: county).filter(\.$name ~~ Array(chunk)).all() {
                stored[.init(year: project.year, name: project.name)] = project
            }
        }
        var accounts: [UUID: User] = [:]
        for chunk in Array(Set(stored.values.compactMap(\.linkedLeaderID))).chunked(500) {
            accounts.merge(try await AccountStore(db: db).accounts(ids: Array(chunk), in: county)) { first, _ in first }
        }
        var unchanged = Set<Int>()
        var relinks: [Int: UUID] = [:]
        for (offset, entry) in entries.enumerated() {
            guard let project = stored[.init(year: entry.record.year, name: entry.record.name)], let id = project.id,
                  ProjectRecordCheck.repeats(entry.record, stage: entry.history.current, since: entry.history.currentSince,
                                             isDemo: entry.isDemo, stored: project.record, storedStage: project.currentStage,
                                             storedSince: project.stageSince, storedIsDemo: project.isDemo) else { continue }
            if ProjectRecordCheck.keepsLeader(entry.leader, storedName: project.linkedLeader, storedLinked: project.linkedLeaderID != nil,
                                              storedAccount: project.linkedLeaderID.flatMap { accounts[$0]?.username }) {
                unchanged.insert(offset)
            } else {
                relinks[offset] = id
            }
        }
        return (unchanged, relinks)
    }

    /// The entries (rows numbered from 1) naming a leader account that is not one of the
    /// county's active leader accounts.
    static func leaderProblems(_ entries: [ProjectEntry], on db: any Database, county: String) async throws -> [LocatedIssue] {
        let leaders = try await leaderAccounts(for: entries, on: db, county: county)
        return entries.enumerated().compactMap { offset, entry in
            guard let username = entry.record.linkedLeaderUsername, leaders[username] == nil else { return nil }
            return LocatedIssue(row: offset + 1, column: "leader_account", reason: UnknownLeader(username: username).message)
        }
    }

    /// Writes new projects with their histories, milestones and investment, and the leader
    /// links a file changes on stored projects (`relinks`), in one audited transaction; any
    /// problem in any entry writes none of them.
    @discardableResult
    static func create(_ entries: [ProjectEntry], relinks: [Relink] = [], isDemo: Bool, writer: Writer) async throws -> [UUID] {
        let county = writer.countyCode, newID = writer.environment.uuid
        return try await writer.transaction { db, audit in
            let issues = try await problems(entries, on: db, county: county)
            guard issues.isEmpty else { throw ProjectInputError(issues) }
            try await relink(relinks, on: db, county: county, audit: audit)
            let leaders = try await leaderAccounts(for: entries, on: db, county: county)
            var ids: [UUID] = []
            for entry in entries {
                let project = Project()
                // From the environment, so a test's projects have the same ids on every run.
                project.id = newID()
                project.apply(entry.record, county: county, isDemo: isDemo || entry.isDemo)
                if let username = entry.record.linkedLeaderUsername, let leader = leaders[username] {
                    project.linkedLeaderID = leader.id
                    project.linkedLeader = leader.displayName
                }
                project.stage = entry.history.current.rawValue
                project.stageSince = entry.history.currentSince.description
                project.wasSigned = entry.history.wasSigned
                project.sources = entry.sources.isEmpty ? nil : String(decoding: try JSONEncoder().encode(entry.sources), as: UTF8.self)
                try await project.create(on: db)
                let id = try project.requireID()
                ids.append(id)
                for (offset, change) in entry.history.changes.enumerated() {
                    try await ProjectStageChangeRow(change, sequence: offset + 1, projectID: id, county: county).create(on: db)
                }
                for milestone in entry.milestones {
                    try await ProjectMilestoneRow(milestone, projectID: id, county: county,
                                                  planMilestoneCode: entry.planMilestones[milestone.stage]).create(on: db)
                }
                for (year, planned) in entry.plannedYi {
                    try await ProjectInvestment(projectID: id, county: county, year: year, month: ProjectInvestment.planMonth,
                                                amountYi: planned).create(on: db)
                }
                for (key, amount) in entry.completedYi {
                    try await ProjectInvestment(projectID: id, county: county, year: key.year, month: key.month, amountYi: amount)
                        .create(on: db)
                }
                try await audit.record(.projectsCreated, entity: .project, id: id.uuidString,
                                       before: nil as ProjectRecord?, after: entry.record)
            }
            return ids
        }
    }

    /// Sets the linked leader of stored projects of the county as a file states it: blank
    /// unlinks (name and account), an account links it and takes its name; each change audited
    /// with the link before and after.
    private static func relink(_ relinks: [Relink], on db: any Database, county: String, audit: AuditRecorder) async throws {
        guard !relinks.isEmpty else { return }
        var usernames: [String] = []
        for relink in relinks { if case .account(let username) = relink.leader { usernames.append(username) } }
        let leaders = Dictionary(try await AccountStore(db: db).leaders(named: Array(Set(usernames)), in: county).map { ($0.username, $0) },
                                 uniquingKeysWith: { first, _ in first })
        for relink in relinks {
            guard let project = try await Project.query(on: db, county: county).filter(\.$id == relink.projectID).first() else {
                throw Abort(.notFound)
            }
            let before = AuditedLeaderLink(project)
            switch relink.leader {
            case .keep: continue
            case .none:
                project.linkedLeaderID = nil
                project.linkedLeader = nil
            case .account(let username):
                guard let leader = leaders[username] else {
                    throw ProjectInputError([LocatedIssue(row: nil, column: "leader_account", reason: UnknownLeader(username: username).message)])
                }
                project.linkedLeaderID = leader.id
                project.linkedLeader = leader.displayName
            }
            try await project.update(on: db)
            try await audit.record(.projectsChanged, entity: .project, id: relink.projectID.uuidString,
                                   before: before, after: AuditedLeaderLink(project))
        }
    }

    /// Records the day a project this account may change was entered in the statistics database
    /// (入库), as Core's `StatisticsEntry` allows, audited with the day before and after.
    func recordStatisticsEntry(projectID: UUID, on day: PlanDate, today: PlanDate, writer: Writer) async throws {
        let principal = principal, county = county
        try await writer.transaction { db, audit in
            let (project, history) = try await Self.editableProject(projectID, principal: principal, county: county, on: db)
            if let problem = StatisticsEntry.problem(day: day, started: ProjectAssessment.startDay(history), today: today) {
                throw FieldInputError([LocatedIssue(row: nil, column: "date", reason: problem)])
            }
            let before = project.statisticsEntryOn
            project.statisticsEntryOn = day.description
            try await project.update(on: db)
            try await audit.record(.projectsStatisticsEntryRecorded, entity: .project, id: projectID.uuidString,
                                   before: before, after: day.description)
        }
    }

    /// Moves a project this account may see to `stage` on `date`, as Core's stage rules allow,
    /// audited with the stage before and after. A project out of sight is not found; one the
    /// account may not change is refused.
    @discardableResult
    func move(projectID: UUID, to stage: ProjectStage, on date: PlanDate, reason: String?, writer: Writer) async throws -> ProjectStageHistory {
        let principal = principal, county = county
        return try await writer.transaction { db, audit in
            let (project, history) = try await Self.editableProject(projectID, principal: principal, county: county, on: db)
            let moved = try history.moving(to: stage, on: date, reason: reason)
            guard let change = moved.changes.last else { return moved }
            try await ProjectStageChangeRow(change, sequence: moved.changes.count, projectID: projectID, county: county).create(on: db)
            project.stage = moved.current.rawValue
            project.stageSince = moved.currentSince.description
            project.wasSigned = moved.wasSigned
            try await project.update(on: db)
            try await audit.record(.projectsStageChanged, entity: .project, id: projectID.uuidString,
                                   before: history.changes.last, after: change)
            return moved
        }
    }

    /// A project this account may see and change, with its stage history, read inside the
    /// writing transaction: one out of sight is not found, one the account may not change is
    /// refused.
    static func editableProject(_ projectID: UUID, principal: Principal, county: String,
                                        on db: any Database) async throws -> (Project, ProjectStageHistory) {
        guard let project = try await Project.query(on: db).scoped(to: principal).filter(\.$id == projectID).first() else {
            throw Abort(.notFound)
        }
        try principal.permissions.require(.editProject(leadDepartment: project.leadDepartmentCode))
        guard let history = try await histories(of: [projectID], on: db, county: county)[projectID] else {
            throw Abort(.notFound)
        }
        return (project, history)
    }

    /// The county's leader accounts the entries name, by username; a name that is not one is
    /// missing from the answer.
    static func leaderAccounts(for entries: [ProjectEntry], on db: any Database, county: String) async throws -> [String: User] {
        let usernames = Array(Set(entries.compactMap(\.record.linkedLeaderUsername)))
        var found: [String: User] = [:]
        for chunk in usernames.chunked(500) {
            for user in try await AccountStore(db: db).leaders(named: Array(chunk), in: county) { found[user.username] = user }
        }
        return found
    }
}

/// What the audit log keeps of a project's linked leader changed by a file.
private struct AuditedLeaderLink: Codable, Sendable {
    var linkedLeaderID: UUID?
    var linkedLeader: String?

    init(_ project: Project) {
        linkedLeaderID = project.linkedLeaderID
        linkedLeader = project.linkedLeader
    }
}

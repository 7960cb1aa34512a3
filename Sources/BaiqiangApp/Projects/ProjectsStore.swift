import BaiqiangCore
import Fluent
import Foundation

/// Every read and write of the county's investment projects. Reads are narrowed to what the
/// asking account may see (a town its town's projects, a firm its own); names are shown as
/// `ProjectNameVisibility` allows; writes go through the audited transaction, all or nothing.
struct ProjectsStore {
    let db: any Database
    let principal: Principal

    var county: String { principal.countyCode }

    struct Filter: Sendable {
        /// Part of the codename, or of the name where this account may see it.
        var text: String?
        var stage: ProjectStage?
        var townCode: String?
        var channel: ProjectChannel?
        var keyOnly = false
    }

    func projects() -> QueryBuilder<Project> {
        Project.query(on: db).scoped(to: principal)
    }

    /// The projects matching `filter`, by year then codename.
    func projects(_ filter: Filter) -> QueryBuilder<Project> {
        let query = projects()
        if let text = filter.text {
            let seesEveryName = principal.role == .admin
            let department = principal.role == .department ? principal.departmentCode : nil
            // A name is searched only where it may be shown, or a search would reveal a
            // confidential name by what it finds.
            query.group(.or) { group in
                group.filter(\.$codename ~~ text)
                if seesEveryName {
                    group.filter(\.$name ~~ text)
                } else {
                    group.group(.and) { $0.filter(\.$name ~~ text).filter(\.$wasSigned == true) }
                    if let department {
                        group.group(.and) { $0.filter(\.$name ~~ text).filter(\.$leadDepartmentCode == department) }
                    }
                }
            }
        }
        if let stage = filter.stage { query.filter(\.$stage == stage.rawValue) }
        if let town = filter.townCode { query.filter(\.$townCode == town) }
        if let channel = filter.channel { query.filter(\.$channel == channel.rawValue) }
        if filter.keyOnly { query.filter(\.$isKey == true) }
        return query
    }

    func project(id: UUID) async throws -> Project? {
        try await projects().filter(\.$id == id).first()
    }

    /// Each project's stage history, read in one query per 500 projects.
    func histories(of ids: [UUID]) async throws -> [UUID: ProjectStageHistory] {
        try await Self.histories(of: ids, on: db, county: county)
    }

    static func histories(of ids: [UUID], on db: any Database, county: String) async throws -> [UUID: ProjectStageHistory] {
        var changes: [UUID: [ProjectStageChange]] = [:]
        for chunk in ids.chunked(500) {
            for row in try await ProjectStageChangeRow.query(on: db).filter(\.$countyCode == county)
                .filter(\.$projectID ~~ Array(chunk)).sort(\.$sequence).all() {
                if let change = row.change { changes[row.projectID, default: []].append(change) }
            }
        }
        return changes.compactMapValues { ProjectStageHistory(stored: $0) }
    }

    /// Each project's planned milestones, by stage order, with actual days taken from its history
    /// where none was reported.
    func milestones(of ids: [UUID], histories: [UUID: ProjectStageHistory]) async throws -> [UUID: [ProjectMilestone]] {
        var found: [UUID: [ProjectMilestone]] = [:]
        for chunk in ids.chunked(500) {
            for row in try await ProjectMilestoneRow.query(on: db).filter(\.$countyCode == county)
                .filter(\.$projectID ~~ Array(chunk)).all() {
                guard var milestone = row.milestone else { continue }
                if let history = histories[row.projectID] { milestone = milestone.withActual(from: history) }
                found[row.projectID, default: []].append(milestone)
            }
        }
        return found.mapValues { $0.sorted { ($0.stage.position ?? 99, $0.planned) < ($1.stage.position ?? 99, $1.planned) } }
    }

    /// Key projects' investment in `year`: the plan and the completed amount by month.
    func investments(of ids: [UUID], year: Int) async throws -> [UUID: YearInvestment] {
        var found: [UUID: YearInvestment] = [:]
        for chunk in ids.chunked(500) {
            for row in try await ProjectInvestment.query(on: db).filter(\.$countyCode == county)
                .filter(\.$projectID ~~ Array(chunk)).filter(\.$year == year).all() {
                if row.month == ProjectInvestment.planMonth {
                    found[row.projectID, default: YearInvestment()].plannedYi = row.amountYi
                } else {
                    found[row.projectID, default: YearInvestment()].completedByMonth[row.month] = row.amountYi
                }
            }
        }
        return found
    }

    /// Each project's completed investment over every month reported (亿元).
    func completedSinceStart(of ids: [UUID]) async throws -> [UUID: Double] {
        var found: [UUID: Double] = [:]
        for chunk in ids.chunked(500) {
            for row in try await ProjectInvestment.query(on: db).filter(\.$countyCode == county)
                .filter(\.$projectID ~~ Array(chunk)).filter(\.$month != ProjectInvestment.planMonth).all() {
                found[row.projectID, default: 0] += row.amountYi
            }
        }
        return found
    }

    struct YearInvestment: Sendable, Hashable {
        var plannedYi: Double?
        var completedByMonth: [Int: Double] = [:]

        /// Completed from January through `month`.
        func completed(through month: Int) -> Double {
            completedByMonth.filter { $0.key <= month }.values.reduce(0, +)
        }
    }
}

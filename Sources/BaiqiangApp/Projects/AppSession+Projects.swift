import BaiqiangCore
import Foundation

extension AppSession {
    /// `baiqiang import projects FILE [--partial] [--sheet NAME]`: what was read, written and
    /// refused, and the refused rows as a CSV file when there are any.
    public func importProjects(_ data: Data, partial: Bool, sheet: String?)
        async throws -> (read: Int, inserted: Int, unchanged: Int, relinked: Int, rejected: Int, rejectedFile: [UInt8]?, issues: [String]) {
        let outcome = try await ProjectImporter(writer: writer, db: app.db).run(data, sheet: sheet, partial: partial)
        return (outcome.read, outcome.inserted, outcome.unchanged, outcome.relinked, outcome.rejected, outcome.rejectedFile,
                outcome.issues.map { "row \($0.row ?? 0), \($0.column ?? ""): \($0.reason.zh) / \($0.reason.en)" })
    }
}

/// A project on a stalled list, as `baiqiang projects stalled` prints it.
public struct StalledProjectLine: Sendable {
    public let list: StalledList
    /// The name as the county-wide reader sees it (the codename before signing, to all but its lead department).
    public let name: String
    public let stage: ProjectStage
    public let daysStalled: Int
    public let linkedLeader: String?
    public let isDemo: Bool
}

/// The pipeline's rates in all and by year of signing, channel, chain and town, as the rates page
/// and `baiqiang projects rates` give them.
public struct ProjectRatesReport: Sendable {
    public let total: ProjectRates
    public let byYear: [(key: String, rates: ProjectRates)]
    public let byChannel: [(key: String, rates: ProjectRates)]
    public let byChain: [(key: String, rates: ProjectRates)]
    public let byTown: [(key: String, rates: ProjectRates)]
    /// Some projects counted are demo data (演示数据), and so are the figures.
    public let includesDemo: Bool
}

extension AppSession {
    /// `baiqiang projects stalled`: the installation county's stalled lists today, longest stalled first.
    public func stalledProjects() async throws -> (today: PlanDate, lines: [StalledProjectLine]) {
        let principal = Principal.countyWide(of: environment.reference.countyCode)
        let today = PlanDate(shanghai: environment.now)
        let stalled = try await ProjectsStore(db: app.db, principal: principal).stalled(today: today)
        let lines = stalled.lists.flatMap { list, entries in
            entries.compactMap { entry -> StalledProjectLine? in
                guard let id = UUID(uuidString: entry.projectID), let project = stalled.projects[id] else { return nil }
                return StalledProjectLine(list: list, name: project.shownName(to: principal), stage: entry.stage,
                                          daysStalled: entry.daysStalled, linkedLeader: entry.linkedLeader, isDemo: project.isDemo)
            }
        }
        return (today, lines)
    }

    /// `baiqiang projects rates`: the installation county's pipeline rates.
    public func projectRates() async throws -> ProjectRatesReport {
        let principal = Principal.countyWide(of: environment.reference.countyCode)
        let (records, anyDemo) = try await ProjectsStore(db: app.db, principal: principal).rateRecords()
        func groups(_ grouping: ProjectRates.Grouping) -> [(key: String, rates: ProjectRates)] {
            ProjectRates.grouped(records, by: grouping).sorted { $0.key < $1.key }.map { (key: $0.key, rates: $0.value) }
        }
        return ProjectRatesReport(total: ProjectRates(records), byYear: groups(.year), byChannel: groups(.channel),
                                  byChain: groups(.chain), byTown: groups(.town), includesDemo: anyDemo)
    }
}

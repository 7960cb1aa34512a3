import BaiqiangCore
import Fluent
import Foundation

/// A file of projects checked whole — each row, then names against each other and the stored
/// projects — and written all or nothing, or with `partial` the valid rows, the rejected ones
/// handed back as a file with their reasons.
struct ProjectImporter {
    let writer: Writer
    let db: any Database

    struct Outcome: Sendable {
        var read: Int
        var inserted: Int
        /// Rows that repeat a stored project exactly, left as they are.
        var unchanged: Int
        /// Rows that repeat a stored project but for its linked leader, whose link they changed.
        var relinked: Int
        var rejected: Int
        var rejectedFile: [UInt8]?
        var issues: [LocatedIssue]
    }

    func run(_ data: Data, sheet: String?, partial: Bool) async throws -> Outcome {
        let all = try ProjectImport.parse(data, sheet: sheet)
        // A row repeating a stored project as it stands (an export read back) is left out: it is
        // neither written again nor refused as a duplicate name. One that differs only in its
        // linked leader changes that link, as the enterprises import does.
        let allEntries = all.rows.map { ProjectEntry(record: $0.record, history: $0.history, isDemo: $0.isDemo, leader: $0.leader) }
        let matched = try await ProjectsStore.repeats(allEntries, on: db, county: writer.countyCode)
        let relinkOffsets = matched.relinks.keys.sorted()
        let setAside = matched.unchanged.union(relinkOffsets)
        let parsed = all.setting(aside: setAside)
        let entries = allEntries.indices.filter { !setAside.contains($0) }.map { allEntries[$0] }
        // The store numbers its problems by entry; they are told by the file's row.
        let stored = try await ProjectsStore.problems(entries, on: db, county: writer.countyCode).map { issue in
            LocatedIssue(row: issue.row.map { parsed.rows[$0 - 1].row }, column: issue.column, reason: issue.reason)
        }
        let relinkIssues = try await ProjectsStore.leaderProblems(relinkOffsets.map { allEntries[$0] }, on: db, county: writer.countyCode)
            .map { issue in LocatedIssue(row: issue.row.map { all.rows[relinkOffsets[$0 - 1]].row }, column: issue.column, reason: issue.reason) }
        let issues = (parsed.issues + stored + relinkIssues).sorted { ($0.row ?? 0) < ($1.row ?? 0) }
        let refusedRows = Set(issues.compactMap(\.row))
        if !partial, !issues.isEmpty { throw ProjectInputError(issues) }
        let accepted = zip(parsed.rows, entries).filter { !refusedRows.contains($0.0.row) }.map(\.1)
        let relinks = relinkOffsets.filter { !refusedRows.contains(all.rows[$0].row) }.compactMap { offset in
            matched.relinks[offset].map { ProjectsStore.Relink(projectID: $0, leader: allEntries[offset].leader) }
        }
        if !accepted.isEmpty || !relinks.isEmpty {
            try await ProjectsStore.create(accepted, relinks: relinks, isDemo: false, writer: writer)
        }
        // The rejected file holds every refused row, a relinked one among them.
        let rejectedFile = refusedRows.isEmpty ? nil : ProjectImport.rejectedFile(all, issues: issues)
        return Outcome(read: parsed.rowsRead, inserted: accepted.count, unchanged: matched.unchanged.count, relinked: relinks.count,
                       rejected: refusedRows.count, rejectedFile: rejectedFile, issues: issues)
    }
}

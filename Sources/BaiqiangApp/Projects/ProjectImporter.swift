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
        var rejected: Int
        var rejectedFile: [UInt8]?
        var issues: [LocatedIssue]
    }

    func run(_ data: Data, sheet: String?, partial: Bool) async throws -> Outcome {
        let all = try ProjectImport.parse(data, sheet: sheet)
        // A row repeating a stored project as it stands (an export read back) is left out: it is
        // neither written again nor refused as a duplicate name.
        let allEntries = all.rows.map { ProjectEntry(record: $0.record, history: $0.history, isDemo: $0.isDemo) }
        let repeated = try await ProjectsStore.repeats(allEntries, on: db, county: writer.countyCode)
        let parsed = all.setting(aside: repeated)
        let entries = allEntries.indices.filter { !repeated.contains($0) }.map { allEntries[$0] }
        // The store numbers its problems by entry; they are told by the file's row.
        let stored = try await ProjectsStore.problems(entries, on: db, county: writer.countyCode).map { issue in
            LocatedIssue(row: issue.row.map { parsed.rows[$0 - 1].row }, column: issue.column, reason: issue.reason)
        }
        let issues = (parsed.issues + stored).sorted { ($0.row ?? 0) < ($1.row ?? 0) }
        let refusedRows = Set(issues.compactMap(\.row))
        if !partial, !issues.isEmpty { throw ProjectInputError(issues) }
        let accepted = zip(parsed.rows, entries).filter { !refusedRows.contains($0.0.row) }.map(\.1)
        if !accepted.isEmpty { try await ProjectsStore.create(accepted, isDemo: false, writer: writer) }
        return Outcome(read: parsed.rowsRead, inserted: accepted.count, unchanged: repeated.count, rejected: refusedRows.count,
                       rejectedFile: refusedRows.isEmpty ? nil : ProjectImport.rejectedFile(parsed, issues: issues), issues: issues)
    }
}

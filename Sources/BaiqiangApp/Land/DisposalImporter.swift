import BaiqiangCore
import Fluent
import Foundation

/// `baiqiang import disposals FILE`: every row read and checked (`DisposalFile`) against the
/// county's parcels and their recorded disposals before anything is written; then all rows or,
/// with `partial`, the valid ones, in one audited transaction.
struct DisposalImporter {
    let writer: Writer

    struct Outcome: Sendable {
        var report: ImportReport
        /// The rejected rows with a reason column, when any were rejected and `partial` was asked.
        var rejectedFile: [UInt8]?
    }

    func run(_ data: Data, source: String, partial: Bool, sheet: String? = nil) async throws -> Outcome {
        let parsed = try DisposalFile.parse(data, sheet: sheet)
        let county = writer.countyCode
        let numbers = Array(Set(parsed.records.map(\.record.disposal.parcelNumber))).sorted()
        let (accepted, issues) = try await LandStore.importDisposals(parsed, source: source, partial: partial, writer: writer)
        let allIssues = (parsed.issues + issues).sorted { ($0.row, $0.columnNumber ?? 0) < ($1.row, $1.columnNumber ?? 0) }
        let rejectedRows = Set(allIssues.map(\.row))
        let report = ImportReport(rowsRead: parsed.rowsRead, inserted: accepted.count, updated: 0, rejected: rejectedRows.count,
                                  issues: allIssues, encoding: parsed.encoding)
        guard !allIssues.isEmpty else { return Outcome(report: report) }
        return Outcome(report: report, rejectedFile: try DisposalFile.rejectedFile(data, sheet: sheet, parsed: parsed, checked: issues))
    }
}

extension AppSession {
    /// `baiqiang import disposals FILE [--partial]`.
    public func importDisposals(_ data: Data, fileName: String, partial: Bool) async throws -> (report: ImportReport, rejectedFile: [UInt8]?) {
        let outcome = try await DisposalImporter(writer: writer).run(data, source: fileName, partial: partial)
        return (outcome.report, outcome.rejectedFile)
    }

    /// `baiqiang import disposals --template`: the file to fill in.
    public static var disposalTemplate: [UInt8] { DisposalFile.template }
}

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

    struct Summary: Codable, Sendable {
        var source: String
        var inserted: Int
        var rejected: Int
    }

    func run(_ data: Data, source: String, partial: Bool, sheet: String? = nil) async throws -> Outcome {
        let parsed = try DisposalFile.parse(data, sheet: sheet)
        let county = writer.countyCode
        let numbers = Array(Set(parsed.records.map(\.record.disposal.parcelNumber))).sorted()
        let (accepted, issues) = try await writer.transaction { db, audit -> ([ImportedRow<DisposalRow>], [ImportIssue]) in
            var areas: [String: LandArea] = [:], parcels: [String: ParcelRecord] = [:]
            var stored: [String: [Disposal]] = [:]
            for chunk in numbers.chunked(500) {
                for parcel in try await Parcel.query(on: db, county: county).filter(\.$number ~~ chunk).all() {
                    guard let record = parcel.record else { continue }
                    areas[record.number] = record.area
                    parcels[record.number] = record
                }
                for row in try await LandDisposal.query(on: db, county: county).filter(\.$parcelNumber ~~ chunk).all() {
                    if let disposal = row.disposal { stored[disposal.parcelNumber, default: []].append(disposal) }
                }
            }
            let (accepted, issues) = DisposalFile.check(parsed.records, parcelAreas: areas, stored: stored)
            // Refused whole, every row's problems are reported, those found reading and those found checking.
            if !partial, !issues.isEmpty || !parsed.isClean {
                throw ImportRejected(issues: (parsed.issues + issues).sorted { ($0.row, $0.columnNumber ?? 0) < ($1.row, $1.columnNumber ?? 0) },
                                     rowsRead: parsed.rowsRead)
            }
            for row in accepted {
                guard let parcel = parcels[row.record.disposal.parcelNumber] else { continue }
                let model = LandDisposal()
                model.apply(row.record.disposal, parcel: parcel, county: county, isDemo: false)
                try await model.create(on: db)
            }
            let rejected = Set((parsed.issues + issues).map(\.row)).count
            try await audit.record("land.disposals.imported", entity: LandDisposal.schema, id: source, before: nil as Summary?,
                                   after: Summary(source: source, inserted: accepted.count, rejected: rejected))
            return (accepted, issues)
        }
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

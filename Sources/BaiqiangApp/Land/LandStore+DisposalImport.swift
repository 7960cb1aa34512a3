import BaiqiangCore
import Fluent
import Foundation

extension LandStore {
    struct DisposalImportSummary: Codable, Sendable {
        var source: String
        var inserted: Int
        var rejected: Int
    }

    /// Checks a read disposals file against the county's parcels and their disposals inside one
    /// audited transaction and writes the rows that pass: all of them or none unless `partial`.
    static func importDisposals(_ parsed: ImportParseResult<DisposalRow>, source: String, partial: Bool,
                                writer: Writer) async throws -> (accepted: [ImportedRow<DisposalRow>], issues: [ImportIssue]) {
        let county = writer.countyCode
        let numbers = Array(Set(parsed.records.map(\.record.disposal.parcelNumber))).sorted()
        return try await writer.transaction { db, audit -> ([ImportedRow<DisposalRow>], [ImportIssue]) in
            var areas: [String: LandArea] = [:], parcels: [String: ParcelRecord] = [:]
            var stored: [String: [Disposal]] = [:]
            for chunk in numbers.chunked(500) {
                for parcel in try await Parcel.query(on: db, county: county).filter(\.$number ~~ chunk).rows() {
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
            try await audit.record(.landDisposalsImported, entity: .landDisposal, id: source, before: nil as DisposalImportSummary?,
                                   after: DisposalImportSummary(source: source, inserted: accepted.count, rejected: rejected))
            return (accepted, issues)
        }
    }

    /// A page of the disposals the account sees, by id after `after`, narrowed to a town and a status.
    func disposals(after: UUID?, townCode: String?, status: DisposalStatus?, limit: Int) async throws -> [LandDisposal] {
        let query = LandDisposal.query(on: db).scoped(to: principal).sort(\.$id)
        if let after { query.filter(\.$id > after) }
        if let townCode { query.filter(\.$townCode == townCode) }
        if let status { query.filter(\.$status == status.rawValue) }
        return try await query.limit(limit).all()
    }
}

import BaiqiangCore
import Fluent
import Foundation
import SQLKit
import Vapor

/// Imports into the registry (企业名录): yearly figures, monthly figures, or firms' identities,
/// from CSV (UTF-8, UTF-8 with BOM, GB18030) or XLSX with Chinese or English headers. Every row
/// is validated (Core's import framework) before anything is written; then, by default, all or
/// nothing is applied in one transaction; with `partial`, the valid rows are applied and the
/// rejected ones returned for the rejects file. The web upload and the CLI both call this.
public struct RegistryImporter: Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        case enterprises, figures, monthly
    }

    public struct Outcome: Sendable {
        public var report: ImportReport
        /// The rejected rows with a reason column (CSV with BOM), when any were rejected.
        public var rejectedFile: [UInt8]?
    }

    let writer: Writer
    let db: any Database

    /// Rows per batch of the bulk upsert inside the transaction.
    static let batchSize = 2_000

    func reference() async throws -> (ImportReferenceData, [String: UUID]) {
        let towns = try await Town.query(on: db).all()
        var townIDs: [String: UUID] = [:]
        for town in towns {
            guard let id = town.id else { continue }
            townIDs[town.code] = id
            townIDs[town.nameZh] = id
        }
        let industries = try IndustryClassification.bundled()
        return (ImportReferenceData(industries: industries, towns: Set(townIDs.keys), years: 1990...2100), townIDs)
    }

    public func run(_ kind: Kind, data: Data, fileName: String, partial: Bool, sheet: String? = nil) async throws -> Outcome {
        let (reference, townIDs) = try await reference()
        switch kind {
        case .figures:
            let parsed = try YearlyFiguresFile.parse(data, reference: reference, sheet: sheet)
            return try await apply(parsed, kind: kind, fileName: fileName, data: data, partial: partial) { records, db in
                try await Self.upsertFirms(records.map { ($0.creditCode.value, $0.name, $0.town, $0.industry) }, townIDs: townIDs, db: db)
                try await BulkWriter(db).insert(into: EnterpriseYearFigure.schema, columns: [
                    "credit_code", "year", "revenue_wan", "output_wan", "value_added_wan", "tax_wan", "electricity_wkwh",
                    "energy_tce", "emission_t", "rd_wan", "staff", "land_mu", "above_scale",
                ], rows: records.map { r in [r.creditCode.value, r.year, r.revenueWan, r.outputWan, r.valueAddedWan, r.taxWan,
                                            r.electricityWkwh, r.energyTce, r.emissionT, r.rdWan, r.staff, r.landMu, r.aboveScale] },
                   conflictKeys: ["credit_code", "year"])
            } count: { db in try await EnterpriseYearFigure.query(on: db).count() }
        case .monthly:
            let parsed = try MonthlyFiguresFile.parse(data, reference: reference, sheet: sheet)
            let known = Set(try await Enterprise.query(on: db).all(\.$creditCode))
            var result = parsed
            // Monthly files carry no identity: a firm must be in the registry first.
            for record in parsed.records where !known.contains(record.record.creditCode.value) {
                result.issues.append(ImportIssue(row: record.row, column: "credit_code", reason: BilingualText(
                    zh: "企业 \(record.record.creditCode.value) 不在企业名录中，请先导入企业或年度数据",
                    en: "firm \(record.record.creditCode.value) is not in the registry; import it or its yearly figures first")))
            }
            let unknownRows = Set(result.issues.map(\.row))
            result.records.removeAll { unknownRows.contains($0.row) }
            return try await apply(result, kind: kind, fileName: fileName, data: data, partial: partial) { records, db in
                try await BulkWriter(db).insert(into: EnterpriseMonthFigure.schema, columns: [
                    "credit_code", "year", "month", "revenue_wan", "output_wan", "tax_wan", "electricity_wkwh",
                ], rows: records.map { r in [r.creditCode.value, r.year, r.month, r.revenueWan, r.outputWan, r.taxWan, r.electricityWkwh] },
                   conflictKeys: ["credit_code", "year", "month"])
            } count: { db in try await EnterpriseMonthFigure.query(on: db).count() }
        case .enterprises:
            let parsed = try EnterpriseIdentityFile.parse(data, reference: reference, sheet: sheet)
            return try await apply(parsed, kind: kind, fileName: fileName, data: data, partial: partial) { records, db in
                try await BulkWriter(db).insert(into: Enterprise.schema, columns: [
                    "id", "credit_code", "name", "town_id", "industry_code", "address", "longitude", "latitude",
                    "contact_name", "contact_phone", "is_demo", "created_at",
                ], rows: records.map { r in [UUID(), r.creditCode.value, r.name, townIDs[r.town], r.industry, r.address, r.longitude,
                                            r.latitude, r.contactName, r.contactPhone, false, Date()] },
                   conflictKeys: ["credit_code"])
            } count: { db in try await Enterprise.query(on: db).count() }
        }
    }

    /// Firms named in a figures file that the registry does not know yet are created from the row.
    static func upsertFirms(_ firms: [(String, String, String, String)], townIDs: [String: UUID], db: any Database) async throws {
        try await BulkWriter(db).insert(into: Enterprise.schema, columns: [
            "id", "credit_code", "name", "town_id", "industry_code", "is_demo", "created_at",
        ], rows: firms.map { code, name, town, industry in [UUID(), code, name, townIDs[town], industry, false, Date()] },
           conflictKeys: ["credit_code"], ignoreConflicts: true)
    }

    private func apply<Record: Sendable>(
        _ parsed: ImportParseResult<Record>, kind: Kind, fileName: String, data: Data, partial: Bool,
        write: @escaping @Sendable ([Record], any Database) async throws -> Void,
        count: @escaping @Sendable (any Database) async throws -> Int
    ) async throws -> Outcome {
        if !parsed.isClean && !partial {
            throw ImportRejected(issues: parsed.issues, rowsRead: parsed.rowsRead)
        }
        let records = parsed.records.map(\.record)
        let rejectedRows = Set(parsed.issues.map(\.row)).count
        let digest = SHA256Hex.of(data)
        let actor = writer.actor.name
        let report = try await writer.transaction { db, audit in
            try await BulkWriter(db).prepareForLargeWrite()
            let before = try await count(db)
            var start = 0
            while start < records.count {
                let end = min(start + Self.batchSize, records.count)
                try await write(Array(records[start..<end]), db)
                start = end
            }
            let inserted = try await count(db) - before
            var report = parsed.report(inserted: inserted, updated: records.count - inserted)
            report.rejected = rejectedRows
            let record = ImportReportRecord()
            record.kind = kind.rawValue
            record.fileName = String(fileName.prefix(200))
            record.actor = actor
            record.rowsRead = report.rowsRead
            record.inserted = report.inserted
            record.updated = report.updated
            record.rejected = report.rejected
            record.partial = partial
            try await record.create(on: db)
            try await audit.record("registry.import.\(kind.rawValue)", entity: "import", id: record.id?.uuidString ?? "",
                                   before: nil as String?, after: ImportAudit(file: fileName, sha256: digest, rowsRead: report.rowsRead,
                                                                             inserted: report.inserted, updated: report.updated,
                                                                             rejected: report.rejected, partial: partial))
            return report
        }
        let rejected = parsed.rejectedRows.isEmpty ? nil : RejectedRowsWriter.csv(header: parsed.header, rows: parsed.rejectedRows)
        return Outcome(report: report, rejectedFile: rejected)
    }
}

/// What the audit log keeps of an import: the file's digest and the counts, not its million rows.
struct ImportAudit: Codable, Sendable {
    var file: String
    var sha256: String
    var rowsRead: Int
    var inserted: Int
    var updated: Int
    var rejected: Int
    var partial: Bool
}

extension AppSession {
    /// `baiqiang import enterprises|figures|monthly FILE [--partial]`.
    public func importRegistry(_ kind: RegistryImporter.Kind, data: Data, fileName: String, partial: Bool,
                               sheet: String? = nil) async throws -> RegistryImporter.Outcome {
        try await RegistryImporter(writer: writer, db: app.db).run(kind, data: data, fileName: fileName, partial: partial, sheet: sheet)
    }
}

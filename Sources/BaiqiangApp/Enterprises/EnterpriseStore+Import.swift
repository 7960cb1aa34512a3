import BaiqiangCore
import Fluent
import Foundation
import SQLKit
import Vapor

/// The registry store's imports (企业名录): yearly figures, monthly figures, or firms' identities,
/// from CSV (UTF-8, UTF-8 with BOM, GB18030) or XLSX with Chinese or English headers. Every row
/// is validated (Core's import framework) before anything is written; then, by default, all or
/// nothing is applied in one transaction; with `partial`, the valid rows are applied and the
/// rejected ones returned for the rejects file. The web upload and the CLI both call this.
public struct RegistryImporter: Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        case enterprises, figures, monthly

        /// What an import of this kind is recorded as.
        var auditAction: AuditAction {
            switch self {
            case .enterprises: .registryImportEnterprises
            case .figures: .registryImportFigures
            case .monthly: .registryImportMonthly
            }
        }
    }

    public struct Outcome: Sendable {
        public var report: ImportReport
        /// The rejected rows with a reason column (CSV with BOM), when any were rejected.
        public var rejectedFile: [UInt8]?
    }

    let writer: Writer
    let db: any Database

    /// The county the rows are imported into: the importing principal's, never a column of the file.
    var county: String { writer.countyCode }

    func reference() async throws -> (ImportReferenceData, [String: UUID]) {
        let towns = try await Town.query(on: db, county: county).all()
        var townIDs: [String: UUID] = [:]
        for town in towns {
            guard let id = town.id else { continue }
            // A town by its code or by its name in either language, so an English export reads back.
            townIDs[town.code] = id
            townIDs[town.nameZh] = id
            townIDs[town.nameEn] = id
        }
        let industries = try writer.environment.reference.industries()
        return (ImportReferenceData(industries: industries, towns: Set(townIDs.keys), years: 1990...2100), townIDs)
    }

    /// A leader account a file may link a firm to: what the firm's row keeps of it.
    struct LinkedLeader: Sendable {
        var id: UUID?
        var displayName: String
    }

    /// The county's active leader accounts by sign-in name: the only names a registry file may
    /// link a firm to.
    func leaderAccounts() async throws -> [String: LinkedLeader] {
        var found: [String: LinkedLeader] = [:]
        for user in try await AccountStore(db: db).leaders(of: county) {
            found[user.username] = LinkedLeader(id: user.id, displayName: user.displayName)
        }
        return found
    }

    public func run(_ kind: Kind, data: Data, fileName: String, partial: Bool, sheet: String? = nil) async throws -> Outcome {
        let (reference, townIDs) = try await reference()
        let environment = writer.environment
        switch kind {
        case .figures:
            return try await apply(kind: kind, fileName: fileName, data: data, partial: partial,
                                   rowidTable: EnterpriseYearFigure.schema, orderedBy: { PackedCreditCode($0.creditCode) }) { batches in
                try YearlyFiguresFile.parse(data, reference: reference, sheet: sheet, batches: batches)
            } write: { records, bulk in
                // A staging writer finds the firms to create once all rows are staged (`afterStaging`).
                if bulk.stage == nil {
                    try await Self.createFirms(namedIn: records, townIDs: townIDs, county: county, bulk: bulk, environment: environment)
                }
                return try await bulk.insert(into: EnterpriseYearFigure.schema, columns: EnterpriseYearFigure.writtenColumns,
                                             rows: records, conflictKeys: EnterpriseYearFigure.keyColumns) { row in
                    EnterpriseYearFigure.bindings(of: row.record.figures, county: county)
                }
            } afterStaging: { rows, staged in
                // On PostgreSQL the firms the registry lacks are found by one anti-join of the
                // staged figures against the registry: a lookup per batch of 2,000 cost 4 s of a
                // million-row first load. Each is created from its first row in the file.
                guard let unknown = try await staged.missingStaged("credit_code", stagedFor: EnterpriseYearFigure.schema,
                                                                   in: Enterprise.schema, county: county),
                      !unknown.isEmpty else { return }
                var seen = Set<String>()
                let firstRows = rows.inFileOrder.filter {
                    unknown.contains($0.record.creditCode.value) && seen.insert($0.record.creditCode.value).inserted
                }
                try await Self.insertFirms(firstRows, townIDs: townIDs, county: county, bulk: staged, environment: environment)
            }
        case .monthly:
            let registered = reference.requiring(registeredFirms: Set(try await Enterprise.query(on: db, county: county).all(\.$creditCode)))
            return try await apply(kind: kind, fileName: fileName, data: data, partial: partial,
                                   rowidTable: EnterpriseMonthFigure.schema) { batches in
                try MonthlyFiguresFile.parse(data, reference: registered, sheet: sheet, batches: batches)
            } write: { records, bulk in
                try await bulk.insert(into: EnterpriseMonthFigure.schema, columns: [
                    "county_code", "credit_code", "year", "month", "revenue_wan", "output_wan", "tax_wan", "electricity_wkwh",
                ], rows: records, conflictKeys: ["county_code", "credit_code", "year", "month"]) { row in
                    let r = row.record
                    return [county, r.creditCode.value, r.year, r.month, r.revenueWan, r.outputWan, r.taxWan, r.electricityWkwh]
                }
            }
        case .enterprises:
            let leaders = try await leaderAccounts()
            let withLeaders = reference.requiring(leaderAccounts: Set(leaders.keys))
            return try await apply(kind: kind, fileName: fileName, data: data, partial: partial,
                                   orderedBy: { PackedCreditCode($0.creditCode) }) { batches in
                try EnterpriseIdentityFile.parse(data, reference: withLeaders, sheet: sheet, batches: batches)
            } write: { records, bulk in
                let now = environment.now
                // A row writes only what it says: one whose town and industry are not known yet
                // leaves the firm's as stored, one that keeps a leader's link leaves that link.
                // Each combination of those goes in a statement of its own columns.
                let groups = Dictionary(grouping: records) {
                    ($0.record.town == nil ? 0 : 4) + ($0.record.cityLeader == .keep ? 0 : 1) + ($0.record.townLeader == .keep ? 0 : 2)
                }
                var replaced = 0
                for (group, rows) in groups.sorted(by: { $0.key < $1.key }) {
                    let placed = group & 4 != 0, city = group & 1 != 0, town = group & 2 != 0
                    replaced += try await bulk.insert(into: Enterprise.schema, columns: ["id", "county_code", "credit_code", "name"]
                        + (placed ? ["town_id", "industry_code"] : [])
                        + ["address", "longitude", "latitude", "contact_name", "contact_phone", "is_demo", "created_at"]
                        + (city ? ["city_leader_id", "city_leader"] : []) + (town ? ["town_leader_id", "town_leader"] : []),
                    rows: rows, conflictKeys: ["county_code", "credit_code"]) { row in
                        let r = row.record
                        var values: [any BulkBindable] = [environment.uuid(), county, r.creditCode.value, r.name]
                        if placed { values += [r.town.flatMap { townIDs[$0] }, r.industry] as [any BulkBindable] }
                        values += [r.address, r.longitude, r.latitude, r.contactName, r.contactPhone, r.isDemo, now] as [any BulkBindable]
                        if city { values += Self.leaderValues(r.cityLeader, leaders) }
                        if town { values += Self.leaderValues(r.townLeader, leaders) }
                        return values
                    }
                }
                return replaced
            }
        }
    }

    /// The account and name a row stores for a leader it links (none: both empty).
    static func leaderValues(_ choice: LeaderChoice, _ leaders: [String: LinkedLeader]) -> [any BulkBindable] {
        guard case .account(let username) = choice, let leader = leaders[username] else { return [nil as UUID?, nil as String?] }
        return [leader.id, leader.displayName]
    }

    /// Firms named in a figures file that the registry does not know yet are created from their
    /// first row (a firm's later rows, and firms already known, change nothing).
    static func createFirms(namedIn records: [ImportedRow<YearlyFiguresRow>], townIDs: [String: UUID], county: String,
                            bulk: BulkWriter, environment: AppEnvironment) async throws {
        var seen = Set<String>()
        let firstRows = records.filter { seen.insert($0.record.creditCode.value).inserted }
        let unknown = Set(try await bulk.missing(firstRows.map(\.record.creditCode.value), in: Enterprise.schema,
                                                 column: "credit_code", county: county))
        let newFirms = firstRows.filter { unknown.contains($0.record.creditCode.value) }
        try await insertFirms(newFirms, townIDs: townIDs, county: county, bulk: bulk, environment: environment)
    }

    /// Creates a firm from each of `firstRows` (firms the registry does not know, one row each).
    static func insertFirms(_ firstRows: [ImportedRow<YearlyFiguresRow>], townIDs: [String: UUID], county: String,
                            bulk: BulkWriter, environment: AppEnvironment) async throws {
        let now = environment.now
        try await bulk.insert(into: Enterprise.schema, columns: [
            "id", "county_code", "credit_code", "name", "town_id", "industry_code", "is_demo", "created_at",
        ], rows: firstRows, conflictKeys: ["county_code", "credit_code"], ignoreConflicts: true) { row in
            [environment.uuid(), county, row.record.creditCode.value, row.record.name, townIDs[row.record.town], row.record.industry,
             row.record.isDemo, now]
        }
    }

    /// Rows handed from the parser to the database at a time in an all-or-nothing import.
    static let batchSize = 2_000

    /// Parses and applies a file in one audited transaction. All or nothing: rows are written
    /// while the file is still being read (the parser on its own thread), and the transaction is
    /// rolled back when any row fails; with `orderedBy`, on SQLite the whole file is read first
    /// and its rows are then written in the order of that credit code (see `KeyOrderedRows`), and
    /// on PostgreSQL they are staged as they are read and applied once all are. Partial: the
    /// whole file is read first, because the first of two rows with the same key is only
    /// rejected once the second is read.
    /// `rowidTable`: the table written whose rowids SQLite assigns, so that its new rows are
    /// counted by `BulkWriter.largestRowid`.
    private func apply<Record: Sendable>(
        kind: Kind, fileName: String, data: Data, partial: Bool, rowidTable: String? = nil,
        orderedBy: (@Sendable (Record) -> PackedCreditCode)? = nil,
        parse: @escaping @Sendable (ImportBatches<Record>?) throws -> ImportParseResult<Record>,
        write: @escaping @Sendable ([ImportedRow<Record>], BulkWriter) async throws -> Int,
        afterStaging: (@Sendable (KeyOrderedRows<Record>, BulkWriter) async throws -> Void)? = nil
    ) async throws -> Outcome {
        let whole = partial ? try parse(nil) : nil
        let digest = SHA256Hex.of(data)
        let actor = writer.actor.name
        let county = self.county
        let (report, parsed) = try await writer.transaction { db, audit in
            try await BulkWriter(db).prepareForLargeWrite()
            // Rows applied, and of those the ones whose key existed: counted per statement, or on
            // SQLite by rowids, so a large table is never counted whole.
            var rowidsBefore: Int?
            if let rowidTable { rowidsBefore = try await BulkWriter(db).largestRowid(of: rowidTable) }
            var applied = 0
            var updated = 0
            var parsed = try await BulkWriter(db).pipelined(countingReplaced: rowidsBefore == nil) { bulk in
                if let whole {
                    updated = try await write(whole.records, bulk)
                    applied = whole.records.count
                    return whole
                }
                let producer = ThreadedProducer<[ImportedRow<Record>], ImportParseResult<Record>> { send in
                    try parse(ImportBatches(size: Self.batchSize, emit: send))
                }
                if let orderedBy {
                    var rows = KeyOrderedRows<Record>()
                    // On PostgreSQL the checked rows are streamed by COPY into temporary tables
                    // and applied by one INSERT … SELECT per table (see `BulkWriter.staging`).
                    let staged = bulk.staging()
                    if staged.stage != nil {
                        // Each batch is staged while the parser reads the next, in the file's
                        // order; a rejected row anywhere still rolls all of it back with the
                        // transaction. (Reading the whole file before the first COPY left the
                        // server idle for a third of a million-row load.)
                        let parsed = try await producer.consume { batch in
                            rows.append(batch)
                            updated += try await write(batch, staged)
                            applied += batch.count
                        }
                        guard parsed.isClean else { return parsed }
                        try await afterStaging?(rows, staged)
                        updated += try await staged.flushStaged()
                        return parsed
                    }
                    let parsed = try await producer.consume { batch in rows.append(batch) }
                    // A file with any rejected row writes nothing.
                    guard parsed.isClean else { return parsed }
                    for chunk in rows.chunks(of: Self.batchSize, key: orderedBy) {
                        updated += try await write(chunk, staged)
                        applied += chunk.count
                    }
                    try await afterStaging?(rows, staged)
                    updated += try await staged.flushStaged()
                    return parsed
                }
                return try await producer.consume { batch in
                    updated += try await write(batch, bulk)
                    applied += batch.count
                }
            }
            guard partial || parsed.isClean else { throw ImportRejected(issues: parsed.issues, rowsRead: parsed.rowsRead) }
            if let rowidTable, let rowidsBefore, let rowidsAfter = try await BulkWriter(db).largestRowid(of: rowidTable) {
                updated = applied - (rowidsAfter - rowidsBefore)
            }
            let report = parsed.report(inserted: applied - updated, updated: updated)
            let record = ImportReportRecord()
            record.countyCode = county
            record.kind = kind.rawValue
            record.fileName = String(fileName.prefix(200))
            record.actor = actor
            record.rowsRead = report.rowsRead
            record.inserted = report.inserted
            record.updated = report.updated
            record.rejected = report.rejected
            record.partial = partial
            try await record.create(on: db)
            try await audit.record(kind.auditAction, entity: .registryImport, id: record.id?.uuidString ?? "",
                                   before: nil as String?, after: ImportAudit(file: fileName, sha256: digest, rowsRead: report.rowsRead,
                                                                             inserted: report.inserted, updated: report.updated,
                                                                             rejected: report.rejected, partial: partial))
            parsed.records = []
            return (report, parsed)
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

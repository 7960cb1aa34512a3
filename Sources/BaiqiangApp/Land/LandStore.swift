import BaiqiangCore
import Fluent
import Foundation
import SQLKit

/// Every read and write of the county's parcels. Reads are narrowed to what the asking account
/// may see (a town its town's parcels, a firm the parcels it holds); writes go through the
/// audited transaction, all or nothing.
struct LandStore {
    let db: any Database
    let principal: Principal

    var county: String { principal.countyCode }

    typealias Filter = ParcelFilter

    func parcels() -> QueryBuilder<Parcel> {
        Parcel.query(on: db).scoped(to: principal)
    }

    /// The parcels of the filter's town whose bounding box meets `window` (all when nil), by
    /// number: one query on indexed columns. The text is matched by Core's `ParcelFilter` in any
    /// case (SQL's LIKE ignores case on SQLite but not on PostgreSQL), and the rule, disposal and
    /// class criteria need the evaluation, so `evaluatedParcels` applies those.
    func parcelQuery(_ filter: Filter, within window: GeoExtent? = nil) -> QueryBuilder<Parcel> {
        let query = parcels().sort(\.$number)
        if let town = filter.townCode { query.filter(\.$townCode == town) }
        if let window {
            query.filter(\.$maxLongitude >= window.minLongitude).filter(\.$minLongitude <= window.maxLongitude)
                .filter(\.$maxLatitude >= window.minLatitude).filter(\.$minLatitude <= window.maxLatitude)
        }
        return query
    }

    /// The parcels matching the filter (its text, town and window only), by number.
    func parcels(_ filter: Filter, within window: GeoExtent? = nil) async throws -> [ParcelRecord] {
        try await parcelQuery(filter, within: window).rows().compactMap(\.record).filter { parcel in
            filter.text.map { ParcelFilter(text: $0).matches(number: parcel.number, holder: parcel.holderCreditCode) } ?? true
        }
    }

    func parcel(number: String) async throws -> ParcelRecord? {
        try await parcels().filter(\.$number == number).limit(1).rows().first?.record
    }

    /// What the low-efficiency rules look at for each parcel, in the order of `parcels`.
    func facts(of parcels: [ParcelRecord]) async throws -> [ParcelFacts] {
        let holders = try await holderFacts(Set(parcels.compactMap(\.holderCreditCode)))
        return parcels.map(holders.facts(of:))
    }

    /// What the rules need to know of these holders: each one's latest class and its tax spread
    /// over all its parcels in the county (not only those the account sees, since a firm's tax
    /// per mu is the same on every parcel it holds).
    func holderFacts(_ codes: Set<String>) async throws -> HolderFacts {
        let holders = Array(codes)
        return HolderFacts(classes: try await holderClasses(holders), taxes: try await holderTaxes(holders),
                           areas: try await holderAreas(holders))
    }

    struct HolderFacts {
        var classes: [String: EvaluationClass]
        var taxes: [String: Double]
        var areas: [String: Double]

        func facts(of parcel: ParcelRecord) -> ParcelFacts {
            guard let holder = parcel.holderCreditCode else { return parcel.facts(holderClass: nil, holderTaxPerMuWan: nil) }
            let taxPerMu = taxes[holder].flatMap { tax in
                ParcelFacts.taxPerMu(holderTaxWan: tax, parcelAreas: [LandArea(squareMetres: areas[holder] ?? 0)])
            }
            return parcel.facts(holderClass: classes[holder], holderTaxPerMuWan: taxPerMu)
        }
    }

    /// Each holder's class in the county's latest published evaluation (the published run of the
    /// newest year that has one): a draft run decides nothing about land.
    func holderClasses(_ codes: [String]) async throws -> [String: EvaluationClass] {
        guard !codes.isEmpty,
              let run = try await EvaluationStore(db: db, principal: .countyWide(of: county)).latestPublishedRun(),
              let runID = run.id else { return [:] }
        var classes: [String: EvaluationClass] = [:]
        for chunk in codes.chunked(500) {
            for result in try await EvaluationResultRecord.query(on: db, county: county).filter(\.$runID == runID)
                .filter(\.$creditCode ~~ chunk).all() {
                classes[result.creditCode] = EvaluationClass(rawValue: result.evaluationClass)
            }
        }
        return classes
    }

    /// Each holder's tax (万元) in its latest year with a tax figure.
    func holderTaxes(_ codes: [String]) async throws -> [String: Double] {
        guard let sql = db as? any SQLDatabase else { return [:] }
        var taxes: [String: (year: Int, tax: Double)] = [:]
        let column = YearlyFigure.taxWan.column
        for chunk in codes.chunked(500) {
            let rows = try await sql.raw("""
                SELECT credit_code, year, \(ident: column) AS tax FROM enterprise_year_figures
                WHERE county_code = \(bind: county) AND \(ident: column) IS NOT NULL AND credit_code IN (\(binds: Array(chunk)))
                """).all()
            for row in rows {
                let code = try row.decode(column: "credit_code", as: String.self)
                let year = try row.decode(column: "year", as: Int.self)
                let tax = try row.decode(column: "tax", as: Double.self)
                if (taxes[code]?.year ?? .min) < year { taxes[code] = (year, tax) }
            }
        }
        return taxes.mapValues(\.tax)
    }

    /// Each holder's total parcel area in the county, m².
    func holderAreas(_ codes: [String]) async throws -> [String: Double] {
        guard let sql = db as? any SQLDatabase else { return [:] }
        var areas: [String: Double] = [:]
        for chunk in codes.chunked(500) {
            let rows = try await sql.raw("""
                SELECT holder_credit_code AS code, SUM(area_m2) AS area FROM \(ident: Parcel.schema)
                WHERE county_code = \(bind: county) AND holder_credit_code IN (\(binds: Array(chunk))) GROUP BY holder_credit_code
                """).all()
            for row in rows {
                areas[try row.decode(column: "code", as: String.self)] = try row.decode(column: "area", as: Double.self)
            }
        }
        return areas
    }

    /// The names of the firms holding these parcels, by credit code.
    func holderNames(_ codes: [String]) async throws -> [String: String] {
        var names: [String: String] = [:]
        for chunk in Set(codes).sorted().chunked(500) {
            for firm in try await Enterprise.query(on: db, county: county).filter(\.$creditCode ~~ chunk).all() {
                names[firm.creditCode] = firm.name
            }
        }
        return names
    }

    /// Writes the parcels, creating new numbers and replacing the fields of known ones, in one
    /// audited transaction: a failure leaves the parcels as they were.
    static func save(_ records: [ParcelRecord], isDemo: Bool, source: String, writer: Writer) async throws -> (inserted: Int, updated: Int) {
        let county = writer.countyCode, environment = writer.environment
        return try await writer.transaction { db, audit in
            try await write(records, county: county, isDemo: isDemo, source: source, environment: environment, on: db, audit: audit)
        }
    }

    /// The writing itself, inside a transaction the caller holds.
    /// A parcel whose number the county holds already is replaced in place (its id kept).
    static func write(_ records: [ParcelRecord], county: String, isDemo: Bool, source: String, environment: AppEnvironment,
                      on db: any Database, audit: AuditRecorder) async throws -> (inserted: Int, updated: Int) {
        let now = environment.now
        let updated = try await BulkWriter(db).insert(into: Parcel.schema, columns: Parcel.columns, rows: records,
                                                      conflictKeys: ["county_code", "parcel_number"]) { record in
            Parcel.columnValues(record, id: environment.uuid(), county: county, isDemo: isDemo || record.isDemo, at: now)
        }
        let inserted = records.count - updated
        try await audit.record(.landParcelsImported, entity: .landParcels, id: source, before: nil as ImportSummary?,
                               after: ImportSummary(source: source, inserted: inserted, updated: updated))
        return (inserted, updated)
    }

    struct ImportSummary: Codable, Sendable {
        var source: String
        var inserted: Int
        var updated: Int
    }
}

extension Parcel: ScopedByCode {
    static var townCodeColumn: FieldKey { "town_code" }
    static var creditCodeColumn: FieldKey { "holder_credit_code" }
}

extension Array {
    /// The array in consecutive pieces of at most `size`, to keep `IN (…)` lists bounded.
    func chunked(_ size: Int) -> [ArraySlice<Element>] {
        stride(from: 0, to: count, by: size).map { self[$0..<Swift.min($0 + size, count)] }
    }
}

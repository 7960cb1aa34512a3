import BaiqiangCore
import Fluent
import Foundation
import SQLKit

/// The registry's other reads: towns to filter by, a firm's designations and figures, the newest
/// year with figures, the import reports, and the yearly counts the plan's KPIs follow.
extension EnterpriseStore {
    func towns() async throws -> [Town] {
        try await Town.query(on: db, county: county).sort(\.$code).all()
    }

    func designations(of code: String) async throws -> [EnterpriseDesignation] {
        try await EnterpriseDesignation.query(on: db, county: county).filter(\.$creditCode == code).sort(\.$year).all()
    }

    /// A firm's yearly and monthly figures, oldest first; the firm must be one the account may see.
    func figures(of firm: Enterprise) async throws -> EnterpriseFiguresView {
        let code = firm.creditCode
        let years = try await yearFigures(creditCode: code)
        let months = try await EnterpriseMonthFigure.query(on: db, county: county).filter(\.$creditCode == code).sort(\.$year).sort(\.$month).all()
        return EnterpriseFiguresView(code, years: years, months: months)
    }

    /// Every figure of every year of the firm with `code`, oldest first (no scope check: callers
    /// have found the firm in the account's scope).
    func yearFigures(creditCode code: String) async throws -> [EnterpriseYearFigures] {
        let figures = YearlyFigure.allCases
        return try await (db as! any SQLDatabase).select().columns(EnterpriseYearFigure.selectedColumns(figures))
            .from(EnterpriseYearFigure.schema).where("county_code", .equal, county).where("credit_code", .equal, code)
            .orderBy("year").all()
            .map { try EnterpriseYearFigure.decode($0, figures: figures) }
    }

    /// The newest year the registry has figures for.
    func latestFiguresYear() async throws -> Int? {
        try await EnterpriseYearFigure.query(on: db, county: county).max(\.$year)
    }

    func recentImportReports(limit: Int = 20) async throws -> [ImportReportRecord] {
        try await ImportReportRecord.query(on: db, county: county).sort(\.$createdAt, .descending).limit(limit).all()
    }

    /// A registry metric per year: firms whose figures of that year count (a year with figures
    /// but none counting is a zero). County-wide: the plan's KPIs count the whole registry.
    func valuesByYear(_ metric: RegistryMetric) async throws -> [Int: Int] {
        guard let sql = db as? any SQLDatabase else { return [:] }
        struct Row: Decodable {
            var year: Int
            var n: Int
        }
        let rows = try await sql.raw("""
            SELECT \(ident: "year") AS year, SUM(CASE WHEN \(RegistryKPIProvider.condition(metric)) THEN 1 ELSE 0 END) AS n
            FROM \(ident: EnterpriseYearFigure.schema) WHERE \(principal.countyCondition(EnterpriseYearFigure.schema))
            GROUP BY \(ident: "year")
            """).all(decoding: Row.self)
        return Dictionary(uniqueKeysWithValues: rows.map { ($0.year, $0.n) })
    }
}

extension EnterpriseStore {
    /// Per year with figures, whether they belong to demo firms, real ones or both: a count
    /// taken from them is labelled accordingly (a zero counted from demo firms is demo too).
    func figuresProvenanceByYear() async throws -> [Int: DataProvenance] {
        guard let sql = db as? any SQLDatabase else { return [:] }
        struct Row: Decodable {
            var year: Int
            var total: Int
            var demo: Int
        }
        let figures = EnterpriseYearFigure.schema, firms = Enterprise.schema
        let rows = try await sql.raw("""
            SELECT \(ident: figures).\(ident: "year") AS year, COUNT(*) AS total,
                   SUM(CASE WHEN EXISTS (SELECT 1 FROM \(ident: firms) WHERE \(ident: firms).\(ident: "credit_code") = \(ident: figures).\(ident: "credit_code")
                       AND \(ident: firms).\(ident: "county_code") = \(ident: figures).\(ident: "county_code") AND \(ident: firms).\(ident: "is_demo") = \(bind: true))
                       THEN 1 ELSE 0 END) AS demo
            FROM \(ident: figures) WHERE \(principal.countyCondition(figures))
            GROUP BY \(ident: figures).\(ident: "year")
            """).all(decoding: Row.self)
        return Dictionary(uniqueKeysWithValues: rows.map { ($0.year, DataProvenance(demo: $0.demo, real: $0.total - $0.demo)) })
    }
}

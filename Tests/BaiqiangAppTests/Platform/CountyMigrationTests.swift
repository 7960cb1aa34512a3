import Fluent
import Foundation
import SQLKit
import Testing
import Vapor
@testable import BaiqiangApp

/// Migration 043 on a database that already holds a county's data: every row is kept and becomes
/// Heshan's, and natural keys are unique per county. Runs on SQLite, or PostgreSQL when
/// `BAIQIANG_TEST_DATABASE_URL` is set.
@Suite("County code added in place to an existing database")
struct CountyMigrationTests {
    typealias Row = [String: any Encodable & Sendable]

    @Test("Rows are kept as Heshan's (440784); a credit code may recur in another county but not in one")
    func migratesInPlace() async throws {
        try await withUnconfiguredTestApp { app, location in try await run(app, location) }
    }

    private func run(_ app: Application, _ location: DatabaseLocation) async throws {
        var config = AppConfiguration(database: location)
        config.auditKey = .key(.test)
        app.configuration = config
        try DatabaseSetup.use(location, on: app)
        app.loadedAuditKey = try AuditKeyLoader.load(config.auditKey, database: location, logger: app.logger,
                                                     randomBytes: app.appEnvironment.secureRandomBytes)
        let migrations = Capabilities.migrations(app)
        #expect(migrations.contains { $0.name == "043_add_county_code" })
        app.migrations.add(migrations.filter { $0.name < "043" })
        try await app.autoMigrate()

        let sql = try #require(app.db as? any SQLDatabase)
        let ids = try await fill(sql)
        let counts = try await rowCounts(sql)
        let indexesBefore = try await indexNames(sql)

        app.migrations.add(migrations.filter { $0.name >= "043" })
        try await app.autoMigrate()

        for table in AddCountyCode.tables.map(\.name) {
            let counties = try await sql.raw("SELECT county_code FROM \(ident: table)").all(decodingColumn: "county_code", as: String.self)
            #expect(counties.count == counts[table], "\(table) lost rows")
            #expect(counties.allSatisfy { $0 == "440784" }, "\(table): \(counties)")
        }
        // The evaluation's two result indexes are dropped on purpose by a later migration.
        let droppedLater: Set<String> = ["evaluation_results_class", "evaluation_results_code"]
        #expect(try await indexNames(sql).isSuperset(of: indexesBefore.subtracting(droppedLater)), "an index was lost in a rebuild")
        if sql.dialect.name == "sqlite" {
            #expect(try await sql.raw("PRAGMA foreign_key_check").all().isEmpty)
        }
        // The rows still join as before.
        let joined = try await sql.raw("""
            SELECT count(*) AS n FROM users u JOIN enterprises e ON e.id = u.enterprise_id JOIN towns t ON t.id = e.town_id
            """).first(decodingColumn: "n", as: Int.self)
        #expect(joined == 1)

        let other = "440785"
        try await expectUniquePerCounty(sql, "towns", ["id": UUID(), "code": "shaping", "name_zh": "镇", "name_en": "T"], other)
        try await expectUniquePerCounty(sql, "departments", ["id": UUID(), "code": "gxj", "name_zh": "局", "name_en": "B",
                                                              "is_demand_centre": false], other)
        try await expectUniquePerCounty(sql, "enterprises", ["id": UUID(), "credit_code": ids.creditCode, "name": "n",
                                                              "is_demo": false], other)
        try await expectUniquePerCounty(sql, "enterprise_year_figures", ["credit_code": ids.creditCode, "year": 2024,
                                                                          "above_scale": true], other)
        try await expectUniquePerCounty(sql, "enterprise_month_figures", ["credit_code": ids.creditCode, "year": 2024,
                                                                           "month": 3], other)
        try await expectUniquePerCounty(sql, "enterprise_designations", ["id": UUID(), "credit_code": ids.creditCode,
                                                                          "kind": "specialised", "year": 2024], other)
        try await expectUniquePerCounty(sql, "plans", ["id": UUID(), "code": "plan", "document": "{}", "version": 1], other)
        try await expectUniquePerCounty(sql, "evaluation_runs", Self.run(year: 2024, version: 1), other)
        try await expectUniquePerCounty(sql, "demands", Self.demand(enterpriseID: nil, code: ids.creditCode), other)
        try await expectUniquePerCounty(sql, "demand_routing_rules", ["id": UUID(), "category_code": "land", "town_code": "shaping",
                                                                       "handler_kind": "department", "handler_code": "gxj"], other)
        // Sign-in names no county, so a username is one account across all of them.
        var user = Self.user(townID: ids.town, enterpriseID: nil)
        user["county_code"] = other
        await #expect(throws: (any Error).self) { try await insert(sql, "users", user) }
    }

    /// `row` (same natural key as a Heshan row) goes into `county` once and is refused the second time.
    private func expectUniquePerCounty(_ sql: any SQLDatabase, _ table: String, _ row: Row, _ county: String) async throws {
        var first = row
        first["county_code"] = county
        try await insert(sql, table, first)
        var second = row
        if second["id"] != nil { second["id"] = UUID() }
        second["county_code"] = county
        await #expect(throws: (any Error).self, "\(table) took the same key twice in one county") {
            try await insert(sql, table, second)
        }
        second["county_code"] = nil
        await #expect(throws: (any Error).self, "\(table) took Heshan's key again") {
            try await insert(sql, table, second)
        }
    }

    private struct Ids { var town: UUID; var creditCode: String }

    /// One row in every county-owned table, as a database before the county dimension held them.
    private func fill(_ sql: any SQLDatabase) async throws -> Ids {
        let town = UUID(), department = UUID(), enterprise = UUID(), run = UUID(), demand = UUID()
        let code = "91440784000000001X"
        try await insert(sql, "towns", ["id": town, "code": "shaping", "name_zh": "沙坪街道", "name_en": "Shaping"])
        try await insert(sql, "departments", ["id": department, "code": "gxj", "name_zh": "工信局", "name_en": "MIIT",
                                              "is_demand_centre": false])
        try await insert(sql, "enterprises", ["id": enterprise, "credit_code": code, "name": "鹤山一厂", "town_id": town,
                                              "is_demo": false])
        try await insert(sql, "enterprise_year_figures", ["credit_code": code, "year": 2024, "above_scale": true])
        try await insert(sql, "enterprise_month_figures", ["credit_code": code, "year": 2024, "month": 3])
        try await insert(sql, "enterprise_designations", ["id": UUID(), "credit_code": code, "kind": "specialised", "year": 2024])
        try await insert(sql, "import_reports", ["id": UUID(), "kind": "figures", "file_name": "f.csv", "actor": "admin",
                                                 "rows_read": 1, "inserted": 1, "updated": 0, "rejected": 0, "partial": false])
        try await insert(sql, "plans", ["id": UUID(), "code": "plan", "document": "{}", "version": 1])
        var runRow = Self.run(year: 2024, version: 1)
        runRow["id"] = run
        try await insert(sql, "evaluation_runs", runRow)
        try await insert(sql, "evaluation_results", ["id": UUID(), "run_id": run, "credit_code": code, "name": "n", "town": "t",
                                                     "industry": "i", "group_name": "g", "class": "A", "explanation": "e"])
        var demandRow = Self.demand(enterpriseID: enterprise, code: code)
        demandRow["id"] = demand
        try await insert(sql, "demands", demandRow)
        try await insert(sql, "demand_events", ["id": UUID(), "demand_id": demand, "action": "submit", "actor": "e",
                                                "actor_role": "enterprise", "at": Date(timeIntervalSince1970: 1_700_000_000),
                                                "status_after": "submitted"])
        try await insert(sql, "demand_attachments", ["id": UUID(), "demand_id": demand, "file_name": "a.pdf",
                                                     "content_type": "application/pdf", "size": 3, "data": Data([1, 2, 3]),
                                                     "created_at": Date(timeIntervalSince1970: 1_700_000_000)])
        try await insert(sql, "demand_routing_rules", ["id": UUID(), "category_code": "land", "town_code": "shaping",
                                                       "handler_kind": "department", "handler_code": "gxj"])
        try await insert(sql, "open311_keys", ["id": UUID(), "name": "k", "key_hash": "h", "prefix": "p",
                                               "created_at": Date(timeIntervalSince1970: 1_700_000_000)])
        try await insert(sql, "users", Self.user(townID: town, enterpriseID: enterprise))
        return Ids(town: town, creditCode: code)
    }

    private static func run(year: Int, version: Int) -> Row {
        ["id": UUID(), "year": year, "version": version, "method_id": "m", "method_name_zh": "方法", "method_name_en": "method",
         "method_definition": "{}", "source": "s", "input_digest": "d", "actor": "admin", "firm_count": 1, "class_counts": "{}"]
    }

    private static func demand(enterpriseID: UUID?, code: String) -> Row {
        let at = Date(timeIntervalSince1970: 1_700_000_000)
        var row: Row = ["id": UUID(), "tracking_number": "SQ-2024-000001", "category_code": "land", "status": "submitted",
                        "enterprise_code": code, "submitted_at": at, "response_deadline": at, "solution_deadline": at,
                        "closure_deadline": at, "description": "d", "channel": "web", "state": "{}", "version": 1]
        if let enterpriseID { row["enterprise_id"] = enterpriseID }
        return row
    }

    private static func user(townID: UUID, enterpriseID: UUID?) -> Row {
        var row: Row = ["id": UUID(), "username": "firm", "display_name": "Firm", "password_hash": "x", "role": "enterprise",
                        "town_id": townID, "is_active": true, "failed_logins": 0]
        if let enterpriseID { row["enterprise_id"] = enterpriseID }
        return row
    }

    private func insert(_ sql: any SQLDatabase, _ table: String, _ row: Row) async throws {
        let columns = Array(row.keys)
        try await sql.insert(into: table).columns(columns).values(columns.map { SQLBind(row[$0]!) }).run()
    }

    private func rowCounts(_ sql: any SQLDatabase) async throws -> [String: Int] {
        var counts: [String: Int] = [:]
        for table in AddCountyCode.tables.map(\.name) {
            counts[table] = try await sql.raw("SELECT count(*) AS n FROM \(ident: table)").first(decodingColumn: "n", as: Int.self)
            #expect(counts[table] == 1, "\(table) was not filled")
        }
        return counts
    }

    private func indexNames(_ sql: any SQLDatabase) async throws -> Set<String> {
        let query: SQLQueryString = sql.dialect.name == "sqlite"
            ? "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
            : """
                SELECT indexname AS name FROM pg_indexes
                 WHERE schemaname = current_schema() AND indexname NOT IN (SELECT conname FROM pg_constraint)
                """
        return Set(try await sql.raw(query).all(decodingColumn: "name", as: String.self))
    }
}

import BaiqiangCore
import Fluent
import Foundation
import SQLKit
import Testing
import Vapor
@testable import BaiqiangApp

/// Migration 081 on a database that already holds departments: the land bureau, until then the
/// department coded `zrzyj` in every county, stays the land bureau; no other department gains a
/// designation. Runs on SQLite, or PostgreSQL when `BAIQIANG_TEST_DATABASE_URL` is set.
@Suite("Department designations added in place")
struct DepartmentDesignationMigrationTests {
    @Test("zrzyj departments become the land bureau in each county; others get none; the demand centre keeps its flag")
    func upgradesInPlace() async throws {
        try await withUnconfiguredTestApp { app, location in
            var config = AppConfiguration(database: location)
            config.auditKey = .key(.test)
            app.configuration = config
            try DatabaseSetup.use(location, on: app)
            app.loadedAuditKey = try AuditKeyLoader.load(config.auditKey, database: location, logger: app.logger,
                                                         randomBytes: app.appEnvironment.secureRandomBytes)
            let migrations = Capabilities.migrations(app)
            let split = try #require(migrations.firstIndex { $0.name == "081_add_department_designations" })
            app.migrations.add(Array(migrations[..<split]))
            try await app.autoMigrate()

            let sql = try #require(app.db as? any SQLDatabase)
            for (county, code, centre) in [("440784", "zrzyj", false), ("440784", "gxj", false), ("440784", "zsj", true),
                                           ("440785", "zrzyj", false)] {
                try await sql.insert(into: "departments")
                    .columns("id", "county_code", "code", "name_zh", "name_en", "is_demand_centre")
                    .values(SQLBind(UUID()), SQLBind(county), SQLBind(code), SQLBind("局"), SQLBind("Bureau"), SQLBind(centre))
                    .run()
            }

            app.migrations.add(Array(migrations[split...]))
            try await app.autoMigrate()

            let rows = try await Department.query(on: app.db).all()
            #expect(rows.count == 4)
            for row in rows {
                switch row.code {
                case "zrzyj": #expect(row.designations == [.landBureau], "\(row.countyCode)")
                case "zsj": #expect(row.designations == [.demandCentre])
                default: #expect(row.designations.isEmpty, "\(row.code)")
                }
            }
        }
    }

    @Test("Heshan's profile names one land bureau and one discipline office; signing in carries them")
    func seededAndCarried() async throws {
        try await withTestApp { app in
            let departments = try await Department.query(on: app.db).all()
            #expect(departments.filter { $0.designations.contains(.landBureau) }.map(\.code) == ["zrzyj"])
            #expect(departments.filter { $0.designations.contains(.disciplineOffice) }.map(\.code) == ["jwjw"])
            #expect(departments.filter { $0.designations.contains(.demandCentre) }.map(\.code) == ["zsj"])
        }
    }
}

import BaiqiangCore
import Fluent
import SQLKit
import Testing
import Vapor
@testable import BaiqiangApp

@Suite("Migrations, seeding, demo accounts and backup (SQLite, or PostgreSQL when BAIQIANG_TEST_DATABASE_URL is set)")
struct DatabaseTests {
    @Test("Migrating is idempotent, reverts cleanly and migrates again")
    func migrations() async throws {
        try await withTestApp { app in
            _ = try await prepare(app)
            _ = try await prepare(app)
            #expect(try await Town.query(on: app.db).count() == 10)
            #expect(try await Department.query(on: app.db).count() >= 10)
            try await app.autoRevert()
            let sql = try #require(app.db as? any SQLDatabase)
            await #expect(throws: (any Error).self) { try await sql.raw("SELECT count(*) FROM users").run() }
            _ = try await prepare(app)
            #expect(try await User.query(on: app.db).count() == 0)
            #expect(try await Town.query(on: app.db).count() == 10)
        }
    }

    @Test("Heshan's ten towns and its departments are loaded from the county profile, audited")
    func seeding() async throws {
        try await withTestApp { app in
            let towns = try await Town.query(on: app.db).all().map(\.nameZh)
            for name in ["沙坪街道", "雅瑶镇", "古劳镇", "桃源镇", "鹤城镇", "共和镇", "址山镇", "宅梧镇", "双合镇", "龙口镇"] {
                #expect(towns.contains(name))
            }
            #expect(try await AuditEntry.query(on: app.db).filter(\.$action == "town.create").count() == 10)
            #expect(try await Department.query(on: app.db).filter(\.$isDemandCentre == true).count() == 1)
        }
    }

    @Test("--demo makes one account per role once, with passwords that sign in; a second start makes none")
    func demoAccounts() async throws {
        try await withTestApp(demo: true) { app in
            let users = try await User.query(on: app.db).all()
            #expect(Set(users.map(\.role)) == Set(Role.allCases))
            #expect(try await DemoSeed.seedIfEmpty(app).isEmpty)
            #expect(try await Enterprise.query(on: app.db).filter(\.$isDemo == true).count() == DemoCounty.defaultFirmCount)
        }
        let (location, drop) = try await TestDatabase.make()
        defer { Task { await drop() } }
        let app = try await Application.make(.testing)
        var config = AppConfiguration(database: location)
        config.bcryptCost = 4
        config.auditKey = .key(.test)
        config.demo = true
        try configure(app, config)
        let accounts = try await prepare(app)
        #expect(Set(accounts.map(\.role)) == Set(Role.allCases))
        // One account per role, the supervision demo's discipline office and supervisors, and a
        // grid worker for each of the grid demo's teams (one of them is the role's own account).
        #expect(accounts.count == Role.allCases.count + DemoSupervision.supervisors(today: PlanDate("2026-01-01")!).count
                + DemoGridSeed.workers.count - 1)
        let enterprise = try #require(accounts.first { $0.role == .enterprise })
        #expect(try await app.postLogin(enterprise.username, enterprise.password).session != nil)
        try await app.asyncShutdown()
    }

    @Test("A backup is a consistent copy that opens with the same accounts and an intact audit chain")
    func backup() async throws {
        guard TestDatabase.postgresURL == nil else { return }
        let target = FileManager.default.temporaryDirectory.appendingPathComponent("bq-backup-\(UUID().uuidString).sqlite")
        defer { try? FileManager.default.removeItem(at: target) }
        try await withTestApp { app in
            try await Fixture.user(app, "lead", .leader)
            let session = AppSession(app: app, actor: .commandLine("ops"))
            try await session.backup(to: target.path)
            await #expect(throws: AppSession.BackupError.self) { try await session.backup(to: target.path) }
        }
        let copy = try await Application.make(.testing)
        var config = AppConfiguration(database: .sqlite(path: target.path))
        config.bcryptCost = 4
        config.auditKey = .key(.test)
        try configure(copy, config)
        _ = try await prepare(copy)
        #expect(try await User.query(on: copy.db).filter(\.$username == "lead").count() == 1)
        #expect(try await copy.auditStore.verify() == nil)
        try await copy.asyncShutdown()
    }
}

@Suite("The test database is the one asked for")
struct TestDatabaseTests {
    @Test("With BAIQIANG_TEST_DATABASE_URL set the tests run on PostgreSQL, otherwise on SQLite")
    func dialect() async throws {
        try await withTestApp { app in
            let sql = try #require(app.db as? any SQLDatabase)
            #expect(sql.dialect.name == (TestDatabase.postgresURL == nil ? "sqlite" : "postgresql"))
        }
    }
}

import BaiqiangCore
import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import SQLKit
import Vapor

/// Opening the database and bringing it to the current schema.
enum DatabaseSetup {
    /// Points the application at `location`, creating the SQLite file's folder if needed.
    static func use(_ location: DatabaseLocation, on app: Application) throws {
        switch location {
        case .sqlite(let path):
            let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            app.databases.use(.sqlite(.file(path), sqlLogLevel: .trace), as: .sqlite)
        case .postgres(let url):
            app.databases.use(try .postgres(url: url, sqlLogLevel: .trace), as: .psql)
        }
    }

    /// Every migration, in order. Each capability adds its own here.
    static func register(on app: Application) {
        app.migrations.add(CreateOrganisation())
        app.migrations.add(CreateEnterprises())
        app.migrations.add(CreateUsers())
        app.migrations.add(CreateAuditLog())
        // Keyed before any later migration appends audit rows (021 does), so that a new log is
        // keyed from its first row; on an existing database they run after the others as usual.
        app.migrations.add(AddAuditHeadMAC())
        app.migrations.add(KeyAuditChain(key: app.auditKey))
        app.migrations.add(CreatePlans())
        app.migrations.add(ExtendEnterprises())
        app.migrations.add(CreateEnterpriseFigures())
        app.migrations.add(IndexEnterprisesForLists())
        app.migrations.add(CreateEvaluation())
        app.migrations.add(CreateDemands())
        app.migrations.add(SeedCalendarYears(auditKey: app.auditKey, environment: app.appEnvironment))
        app.migrations.add(CreateLoginFailureCounts())
    }

    /// Runs pending migrations (idempotent) and turns on SQLite's write-ahead log.
    static func migrate(_ app: Application) async throws {
        if case .sqlite = app.configuration.database, let sql = app.db as? any SQLDatabase {
            // WAL lets readers go on while one writer commits; the setting is kept in the file.
            try await sql.raw("PRAGMA journal_mode=WAL").run()
        }
        try await app.autoMigrate()
    }
}

/// A database that cannot be opened or migrated: names the place (never a password) and why.
public struct DatabaseStartupError: BilingualError {
    public let message: BilingualText

    init(location: DatabaseLocation, underlying: any Error) {
        if let bilingual = underlying as? any BilingualError {
            message = BilingualText(
                zh: "无法打开或迁移数据库 \(location)：\(bilingual.message.zh)",
                en: "Cannot open or migrate the database \(location): \(bilingual.message.en)")
            return
        }
        let reason = (underlying as NSError).domain == NSCocoaErrorDomain
            ? (underlying as NSError).localizedDescription : String(reflecting: underlying)
        message = BilingualText(
            zh: "无法打开或迁移数据库 \(location)：\(reason)",
            en: "Cannot open or migrate the database \(location): \(reason)")
    }
}

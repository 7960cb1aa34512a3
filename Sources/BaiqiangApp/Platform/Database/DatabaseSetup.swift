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

    /// Every capability's migrations, in number order.
    static func register(on app: Application) {
        app.migrations.add(Capabilities.migrations(app))
    }

    /// Whether the database answers: the readiness probe.
    static func ping(_ db: any Database) async throws {
        guard let sql = db as? any SQLDatabase else { throw Abort(.serviceUnavailable) }
        try await sql.raw("SELECT 1").run()
    }

    /// A consistent copy of an SQLite database taken while it is in use.
    static func copy(_ db: any Database, to path: String) async throws {
        guard let sql = db as? any SQLDatabase else { return }
        try await sql.raw("VACUUM INTO \(bind: path)").run()
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

import BaiqiangCore
import Fluent
import SQLKit

/// Writing to the audit log: only `AuditRecorder` calls these, inside the transaction of the
/// change a row records.
extension AuditStore {
    /// The head row, locked against other writers until this transaction ends where the
    /// database supports row locks (PostgreSQL); SQLite's single writer makes that implicit.
    static func lockedHead(on database: any Database) async throws -> AuditHead? {
        try await lockHead(on: database)
        return try await AuditHead.find(1, on: database)
    }

    /// Takes the head row's lock until the transaction ends (PostgreSQL; a no-op on SQLite, whose
    /// write lock covers the whole database). Taking it again in the same transaction is free.
    static func lockHead(on database: any Database) async throws {
        if let sql = database as? any SQLDatabase, sql.dialect.name == "postgresql" {
            try await sql.raw("SELECT id FROM audit_head WHERE id = 1 FOR UPDATE").run()
        }
    }

    /// Adds `record` after the locked `head` and moves the head onto it.
    static func append(_ record: AuditRecord, movingHead head: AuditHead, to state: AuditChain.Head,
                       on database: any Database) async throws {
        try await AuditEntry(record).create(on: database)
        head.set(state)
        try await head.update(on: database)
    }

    /// Whether the keying migration has run on this database: from then on every MAC in it
    /// depends on the key.
    static func logIsKeyed(_ database: any Database) async throws -> Bool {
        guard let sql = database as? any SQLDatabase else { return false }
        let table = "_fluent_migrations"
        let exists: Int
        if sql.dialect.name == "postgresql" {
            exists = try await sql.raw("""
                SELECT count(*) AS n FROM information_schema.tables
                WHERE table_schema = current_schema() AND table_name = \(bind: table)
                """).first(decodingColumn: "n", as: Int.self) ?? 0
        } else {
            exists = try await sql.raw("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name = \(bind: table)")
                .first(decodingColumn: "n", as: Int.self) ?? 0
        }
        guard exists > 0 else { return false }
        let keyed = try await sql.raw("SELECT count(*) AS n FROM \(ident: table) WHERE name = \(bind: KeyAuditChain.migrationName)")
            .first(decodingColumn: "n", as: Int.self) ?? 0
        return keyed > 0
    }
}

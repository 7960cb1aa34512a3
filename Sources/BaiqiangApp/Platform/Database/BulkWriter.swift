import Fluent
import SQLiteKit
import SQLKit

/// Many rows in few statements: multi-row INSERTs sized to the database's limit on bound
/// parameters, inside the caller's transaction. Used by imports, the demo generator and the
/// evaluation, where one statement per row would be hundreds of times slower.
struct BulkWriter {
    let database: any Database
    let sql: any SQLDatabase

    init(_ database: any Database) {
        // Both supported databases (SQLite, PostgreSQL) are SQL databases.
        self.database = database
        sql = database as! any SQLDatabase
    }

    /// Gives SQLite a page cache large enough for a big import's index pages (64 MiB instead of
    /// the default 2 MiB), and keeps its statement journals in memory: an upsert statement in a
    /// transaction otherwise opens, writes and deletes a temporary file for each statement (the
    /// profile of a million-row import spent 40% of its time in the kernel doing so). Both
    /// settings hold for this connection only.
    func prepareForLargeWrite() async throws {
        guard sql.dialect.name == "sqlite" else { return }
        try await sql.raw("PRAGMA cache_size = -65536").run()
        try await sql.raw("PRAGMA temp_store = MEMORY").run()
    }

    /// SQLite allows 32,766 bound parameters per statement, PostgreSQL 65,535.
    var parameterLimit: Int { sql.dialect.name == "sqlite" ? 32_766 : 65_535 }

    /// Columns an upsert never overwrites: a row keeps its identity and its creation time.
    static let keptOnConflict: Set<String> = ["id", "created_at"]

    /// Inserts `rows`; with `conflictKeys`, a row whose key exists replaces the existing row's
    /// other columns (upsert, except `keptOnConflict`); with `ignoreConflicts`, it is skipped.
    func insert(into table: String, columns: [String], rows: [[any Encodable & Sendable]],
                conflictKeys: [String] = [], ignoreConflicts: Bool = false) async throws {
        guard !rows.isEmpty else { return }
        let perStatement = max(1, parameterLimit / columns.count)
        let updated = columns.filter { !conflictKeys.contains($0) && !Self.keptOnConflict.contains($0) }
        var start = 0
        while start < rows.count {
            let end = min(start + perStatement, rows.count)
            let batch = rows[start..<end]
            if let sqlite = database as? any SQLiteDatabase {
                try await insertSQLite(sqlite, table: table, columns: columns, rows: batch, conflictKeys: conflictKeys,
                                       ignoreConflicts: ignoreConflicts, updated: updated)
            } else {
                let builder = sql.insert(into: table).columns(columns)
                for row in batch {
                    builder.values(row.map { SQLBind($0) })
                }
                if ignoreConflicts {
                    builder.ignoringConflicts(with: conflictKeys)
                } else if !conflictKeys.isEmpty {
                    builder.onConflict(with: conflictKeys) { update in
                        for column in updated { update.set(excludedValueOf: column) }
                        return update
                    }
                }
                try await builder.run()
            }
            start = end
        }
    }

    /// The same statement for SQLite, with values bound as SQLite's own types: going through the
    /// generic Codable path for every one of a million rows' sixteen values costs more than
    /// SQLite's whole insert.
    private func insertSQLite(_ sqlite: any SQLiteDatabase, table: String, columns: [String], rows: ArraySlice<[any Encodable & Sendable]>,
                              conflictKeys: [String], ignoreConflicts: Bool, updated: [String]) async throws {
        let quoted = { (name: String) in "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
        let tuple = "(" + Array(repeating: "?", count: columns.count).joined(separator: ",") + ")"
        var statement = "INSERT INTO \(quoted(table)) (\(columns.map(quoted).joined(separator: ","))) VALUES "
        statement += Array(repeating: tuple, count: rows.count).joined(separator: ",")
        if !conflictKeys.isEmpty {
            statement += " ON CONFLICT (\(conflictKeys.map(quoted).joined(separator: ","))) DO "
            statement += ignoreConflicts || updated.isEmpty
                ? "NOTHING" : "UPDATE SET " + updated.map { "\(quoted($0)) = excluded.\(quoted($0))" }.joined(separator: ",")
        } else if ignoreConflicts {
            statement += " ON CONFLICT DO NOTHING"
        }
        var binds: [SQLiteData] = []
        binds.reserveCapacity(rows.count * columns.count)
        let encoder = SQLiteDataEncoder()
        for row in rows {
            for value in row {
                switch value {
                case let v as Double: binds.append(.float(v))
                case let v as Int: binds.append(.integer(v))
                case let v as String: binds.append(.text(v))
                case let v as Bool: binds.append(.integer(v ? 1 : 0))
                default: binds.append(try encoder.encode(value))  // nil, UUID, Date: as Fluent writes them
                }
            }
        }
        _ = try await sqlite.query(statement, binds).get()
    }
}

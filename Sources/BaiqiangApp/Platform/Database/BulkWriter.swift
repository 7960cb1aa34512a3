import Fluent
import SQLKit

/// Many rows in few statements: multi-row INSERTs sized to the database's limit on bound
/// parameters, inside the caller's transaction. Used by imports and the demo generator, where
/// one statement per row would be hundreds of times slower.
struct BulkWriter {
    let sql: any SQLDatabase

    init(_ database: any Database) {
        // Both supported databases (SQLite, PostgreSQL) are SQL databases.
        sql = database as! any SQLDatabase
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
        var start = 0
        while start < rows.count {
            let end = min(start + perStatement, rows.count)
            let builder = sql.insert(into: table).columns(columns)
            for row in rows[start..<end] {
                builder.values(row.map { SQLBind($0) })
            }
            if ignoreConflicts {
                builder.ignoringConflicts(with: conflictKeys)
            } else if !conflictKeys.isEmpty {
                let updated = columns.filter { !conflictKeys.contains($0) && !Self.keptOnConflict.contains($0) }
                builder.onConflict(with: conflictKeys) { update in
                    for column in updated { update.set(excludedValueOf: column) }
                    return update
                }
            }
            try await builder.run()
            start = end
        }
    }
}

import Fluent
import Foundation
import SQLiteKit
import SQLKit

/// Many rows in few statements: multi-row INSERTs sized to the database's limit on bound
/// parameters, inside the caller's transaction. Used by imports, the demo generator and the
/// evaluation, where one statement per row would be hundreds of times slower.
struct BulkWriter {
    let database: any Database
    let sql: any SQLDatabase
    /// Inside `pipelined`, the statement still running when the last insert returned.
    private let running: RunningStatement?
    /// Whether an upsert counts the rows it replaces (see `insert`); off when the caller counts
    /// them by rowids instead (`largestRowid`).
    private let countsReplaced: Bool
    /// On PostgreSQL, after `staging()`: where inserts are copied to instead of written.
    let stage: StagedTables?

    init(_ database: any Database) {
        self.init(database, running: nil, countsReplaced: true, stage: nil)
    }

    private init(_ database: any Database, running: RunningStatement?, countsReplaced: Bool, stage: StagedTables?) {
        // Both supported databases (SQLite, PostgreSQL) are SQL databases.
        self.database = database
        sql = database as! any SQLDatabase
        self.running = running
        self.countsReplaced = countsReplaced
        self.stage = stage
    }

    /// A writer whose inserts, on PostgreSQL, are streamed by COPY into a temporary table per
    /// target table and applied by `flushStaged()` in one `INSERT … SELECT` each: PostgreSQL
    /// parses and plans one statement instead of one per 2,000 rows, and COPY's text costs far
    /// less to send than bound parameters. On SQLite (whose multi-row inserts are as fast as its
    /// own import) it is this writer. Must be used inside a transaction: the temporary tables
    /// are dropped at its commit.
    func staging() -> BulkWriter {
        guard sql.dialect.name != "sqlite" else { return self }
        return BulkWriter(database, running: running, countsReplaced: countsReplaced, stage: StagedTables())
    }

    /// Runs `body` with a writer whose inserts return as soon as their last statement has been
    /// handed to SQLite, so the caller prepares its next rows while SQLite writes these; every
    /// statement has finished when this returns or throws. Statements still run one at a time,
    /// in order.
    func pipelined<T>(countingReplaced: Bool = true, _ body: (BulkWriter) async throws -> T) async throws -> T {
        let writer = BulkWriter(database, running: RunningStatement(), countsReplaced: countingReplaced, stage: stage)
        let result: T
        do {
            result = try await body(writer)
        } catch {
            try? await writer.running?.take()?.get()
            throw error
        }
        try await writer.running?.take()?.get()
        return result
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

    /// The largest rowid of `table` on SQLite; nil on PostgreSQL. SQLite gives a new row of a
    /// table whose rowid it assigns the largest rowid so far plus one, and an upsert's update
    /// keeps the row's rowid, so the rows an import inserted are the difference of this number
    /// after and before it: two index lookups instead of one per row. PostgreSQL's sequences
    /// also spend values on the rows an upsert updates, so there the rows are looked up.
    func largestRowid(of table: String) async throws -> Int? {
        guard let sqlite = database as? any SQLiteDatabase else { return nil }
        try await running?.take()?.get()
        let quoted = "\"" + table.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        return try await Self.sqliteCount(sqlite, "SELECT COALESCE(MAX(rowid), 0) AS n FROM \(quoted)", [])
    }

    /// SQLite allows 32,766 bound parameters per statement, PostgreSQL 65,535.
    var parameterLimit: Int { sql.dialect.name == "sqlite" ? 32_766 : 65_535 }

    /// Columns an upsert never overwrites: a row keeps its identity and its creation time.
    static let keptOnConflict: Set<String> = ["id", "created_at"]

    /// Inserts `rows`; with `conflictKeys`, a row whose key exists replaces the existing row's
    /// other columns (upsert, except `keptOnConflict`); with `ignoreConflicts`, it is skipped.
    /// Returns how many rows of an upsert replaced an existing row (0 for other inserts).
    @discardableResult
    func insert(into table: String, columns: [String], rows: [[any BulkBindable]],
                conflictKeys: [String] = [], ignoreConflicts: Bool = false) async throws -> Int {
        try await insert(into: table, columns: columns, rows: rows, conflictKeys: conflictKeys, ignoreConflicts: ignoreConflicts) { $0 }
    }

    /// Inserts one row per element of `records`, its values given by `values` in the order of
    /// `columns`. Rows are made one statement at a time, so a million records never exist as a
    /// million rows of values at once. An upsert returns how many rows replaced an existing row:
    /// before each statement, one lookup through the key's unique index counts the statement's
    /// keys that exist already (the rows' keys are distinct, as imports refuse duplicates), so
    /// the count costs a probe per row instead of counting the whole table.
    @discardableResult
    func insert<Records: Collection>(
        into table: String, columns: [String], rows records: Records, conflictKeys: [String] = [], ignoreConflicts: Bool = false,
        values: (Records.Element) throws -> [any BulkBindable]
    ) async throws -> Int {
        guard !records.isEmpty else { return 0 }
        let statement = Statement(table: table, columns: columns, conflictKeys: conflictKeys,
                                  ignoreConflicts: ignoreConflicts, counting: countsReplaced)
        if let stage {
            try await stage.copy(records, into: table, statement: statement, columns: columns, conflictKeys: conflictKeys,
                                 writer: self, values: values)
            return 0
        }
        let perStatement = max(1, parameterLimit / columns.count)
        let batches = records.chunks(of: perStatement)
        var replaced = 0
        if let sqlite = database as? any SQLiteDatabase {
            // The next statement's values are made while SQLite runs the previous one.
            var previous = self.running?.take()
            for batch in batches {
                let binds = try Self.sqliteBinds(batch, values: values, width: columns.count)
                try await previous?.get()
                if let lookup = statement.lookup {
                    replaced += try await Self.sqliteCount(
                        sqlite, lookup.sql(rows: batch.count), lookup.keyBinds(binds, rows: batch.count, width: columns.count))
                }
                let query: EventLoopFuture<Void> = sqlite.query(statement.sqlite(rows: batch.count), binds) { _ in }
                previous = query
            }
            if let running { running.store(previous) } else { try await previous?.get() }
        } else {
            try await running?.take()?.get()
            for batch in batches {
                let builder = sql.insert(into: table).columns(columns)
                var keys: [any SQLExpression] = []
                for record in batch {
                    let row = try values(record).map { Self.bind($0.bulkValue) }
                    builder.values(row)
                    if let lookup = statement.lookup {
                        keys.append(SQLGroupExpression(SQLList(lookup.keyColumns.map { row[$0] })))
                    }
                }
                if let lookup = statement.lookup {
                    let query = lookup.generic(keys: SQLList(keys))
                    replaced += try await sql.raw(query).first()?.decode(column: "n", as: Int.self) ?? 0
                }
                if ignoreConflicts {
                    builder.ignoringConflicts(with: conflictKeys)
                } else if !conflictKeys.isEmpty {
                    builder.onConflict(with: conflictKeys) { update in
                        for column in statement.updated { update.set(excludedValueOf: column) }
                        return update
                    }
                }
                try await builder.run()
            }
        }
        return replaced
    }

    /// Which of `keys` (distinct) the table's unique text `column` does not hold yet, by one
    /// lookup through its index per statement that returns only the missing ones: after a first
    /// load that is usually none, so nothing is made or sent for the rows that exist. Keys are
    /// looked up among `county`'s rows.
    func missing(_ keys: [String], in table: String, column: String, county: String) async throws -> [String] {
        guard !keys.isEmpty else { return [] }
        try await running?.take()?.get()
        let quoted = { (name: String) in "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
        let countyLiteral = "'" + county.replacingOccurrences(of: "'", with: "''") + "'"
        let filter = " AS k WHERE NOT EXISTS (SELECT 1 FROM \(quoted(table)) WHERE \(quoted(table)).county_code = \(countyLiteral)"
            + " AND \(quoted(table)).\(quoted(column)) = k.column1)"
        var missing: [String] = []
        for chunk in keys.chunks(of: parameterLimit) {
            if let sqlite = database as? any SQLiteDatabase {
                let query = "SELECT k.column1 AS missing_key FROM (VALUES " + Array(repeating: "(?)", count: chunk.count).joined(separator: ",") + ")" + filter
                try await sqlite.query(query, chunk.map { .text($0) }) { row in
                    if let key = row.column("missing_key")?.string { missing.append(key) }
                }.get()
            } else {
                let list = SQLList(chunk.map { SQLGroupExpression(SQLBind($0)) })
                let rows = try await sql.raw("SELECT k.column1 AS missing_key FROM (VALUES \(list))\(unsafeRaw: filter)").all()
                missing += try rows.map { try $0.decode(column: "missing_key", as: String.self) }
            }
        }
        return missing
    }

    /// The one number a counting query returns.
    private static func sqliteCount(_ sqlite: any SQLiteDatabase, _ query: String, _ binds: [SQLiteData]) async throws -> Int {
        var count = 0
        try await sqlite.query(query, binds) { row in count = row.column("n")?.integer ?? 0 }.get()
        return count
    }

    /// A value as the generic (PostgreSQL) path binds it.
    private static func bind(_ value: BulkValue) -> SQLBind {
        switch value {
        case .integer(let v): SQLBind(v)
        case .real(let v): SQLBind(v)
        case .text(let v): SQLBind(v)
        case .bool(let v): SQLBind(v)
        case .null(let typed): SQLBind(typed)
        case .encoded(let v): SQLBind(v)
        }
    }

    /// Values bound as SQLite's own types: going through the generic Codable path for every one
    /// of a million rows' sixteen values costs more than SQLite's whole insert.
    private static func sqliteBinds<Batch: Collection>(_ batch: Batch, values: (Batch.Element) throws -> [any BulkBindable],
                                                       width: Int) throws -> [SQLiteData] {
        var binds: [SQLiteData] = []
        binds.reserveCapacity(batch.count * width)
        let encoder = SQLiteDataEncoder()
        for record in batch {
            for value in try values(record) {
                switch value.bulkValue {
                case .real(let v): binds.append(.float(v))
                case .integer(let v): binds.append(.integer(v))
                case .text(let v): binds.append(.text(v))
                case .bool(let v): binds.append(.integer(v ? 1 : 0))
                case .null: binds.append(.null)
                case .encoded(let v): binds.append(try encoder.encode(v))  // UUIDs and dates as Fluent writes them
                }
            }
        }
        return binds
    }

    /// The text of a multi-row INSERT for SQLite (PostgreSQL's is built by SQLKit).
    struct Statement {
        /// `INSERT INTO "table" (columns)`.
        let target: String
        let head: String
        let tuple: String
        let tail: String
        let updated: [String]
        let ignoresConflicts: Bool
        /// For an upsert, how to count the rows whose key exists.
        let lookup: KeyLookup?

        init(table: String, columns: [String], conflictKeys: [String], ignoreConflicts: Bool, counting: Bool) {
            let quoted = { (name: String) in "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
            ignoresConflicts = ignoreConflicts
            updated = columns.filter { !conflictKeys.contains($0) && !BulkWriter.keptOnConflict.contains($0) }
            target = "INSERT INTO \(quoted(table)) (\(columns.map(quoted).joined(separator: ",")))"
            head = target + " VALUES "
            tuple = "(" + Array(repeating: "?", count: columns.count).joined(separator: ",") + ")"
            var tail = ""
            if !conflictKeys.isEmpty {
                tail = " ON CONFLICT (\(conflictKeys.map(quoted).joined(separator: ","))) DO "
                tail += ignoreConflicts || updated.isEmpty
                    ? "NOTHING" : "UPDATE SET " + updated.map { "\(quoted($0)) = excluded.\(quoted($0))" }.joined(separator: ",")
            } else if ignoreConflicts {
                tail = " ON CONFLICT DO NOTHING"
            }
            self.tail = tail
            lookup = conflictKeys.isEmpty || ignoreConflicts || !counting
                ? nil : KeyLookup(table: table, keys: conflictKeys, keyColumns: conflictKeys.compactMap { columns.firstIndex(of: $0) })
        }

        func sqlite(rows: Int) -> String {
            head + Array(repeating: tuple, count: rows).joined(separator: ",") + tail
        }
    }

    /// Counts which of a statement's keys the table holds: the keys as a VALUES list joined to
    /// the table on its unique key, so each is one index probe.
    struct KeyLookup {
        let table: String
        let keys: [String]
        /// Where each key column is among the statement's columns.
        let keyColumns: [Int]

        var join: String {
            let quoted = { (name: String) in "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
            return " AS k JOIN \(quoted(table)) ON "
                + keys.enumerated().map { "\(quoted(table)).\(quoted($1)) = k.column\($0 + 1)" }.joined(separator: " AND ")
        }

        func sql(rows: Int) -> String {
            let tuple = "(" + Array(repeating: "?", count: keys.count).joined(separator: ",") + ")"
            return "SELECT COUNT(*) AS n FROM (VALUES " + Array(repeating: tuple, count: rows).joined(separator: ",") + ")" + join
        }

        func generic(keys list: SQLList) -> SQLQueryString {
            "SELECT COUNT(*) AS n FROM (VALUES \(list))\(unsafeRaw: join)"
        }

        func keyBinds(_ binds: [SQLiteData], rows: Int, width: Int) -> [SQLiteData] {
            var keyBinds: [SQLiteData] = []
            keyBinds.reserveCapacity(rows * keyColumns.count)
            for row in 0..<rows {
                for column in keyColumns { keyBinds.append(binds[row * width + column]) }
            }
            return keyBinds
        }
    }
}

/// The statement a pipelined writer left running.
private final class RunningStatement: @unchecked Sendable {
    private let lock = NSLock()
    private var future: EventLoopFuture<Void>?

    func store(_ future: EventLoopFuture<Void>?) {
        lock.withLock { self.future = future }
    }

    func take() -> EventLoopFuture<Void>? {
        lock.withLock {
            defer { future = nil }
            return future
        }
    }
}

extension Collection {
    /// Consecutive slices of at most `size` elements.
    func chunks(of size: Int) -> [SubSequence] {
        var slices: [SubSequence] = []
        var start = startIndex
        while start != endIndex {
            let end = index(start, offsetBy: size, limitedBy: endIndex) ?? endIndex
            slices.append(self[start..<end])
            start = end
        }
        return slices
    }
}

import Fluent
import FluentPostgresDriver
import Foundation
import SQLKit

/// PostgreSQL's bulk path: rows streamed with `COPY … FROM STDIN` (text format) instead of
/// multi-row INSERTs. A million-row import spent most of its time in PostgreSQL parsing,
/// planning and executing 500 INSERT statements of 2,000 rows with bound parameters, where psql
/// streams the same rows with one COPY; COPY also needs no statement text per batch.
extension BulkWriter {
    struct CopyFailure: Error, CustomStringConvertible {
        let description: String
    }

    /// Applies every table staged by `staging()`, in the order each was first written. Returns
    /// how many staged rows of a counted upsert replaced an existing row.
    func flushStaged() async throws -> Int {
        guard let stage else { return 0 }
        return try await stage.flush(sql)
    }

    /// On a staging writer: the distinct values of `column` among the rows staged so far for
    /// `stagedTable` that `table` holds no row of among `county`'s rows, by one anti-join. Nil
    /// when nothing is staged (SQLite), where callers look their keys up batch by batch (`missing`).
    func missingStaged(_ column: String, stagedFor stagedTable: String, in table: String, county: String) async throws -> Set<String>? {
        guard let stage else { return nil }
        return try await stage.missing(column, stagedFor: stagedTable, in: table, county: county, sql)
    }

    /// Writes `records` (new rows, no key conflicts expected) into `table`: by COPY on
    /// PostgreSQL, by multi-row INSERTs on SQLite. Rows are made one batch at a time, so a
    /// million records never exist as a million rows of values. PostgreSQL's COPY runs on the
    /// transaction's connection, so this must be called inside a transaction.
    func copy<Records: Collection>(into table: String, columns: [String], rows records: Records,
                                   values: (Records.Element) throws -> [any BulkBindable]) async throws {
        guard sql.dialect.name != "sqlite" else {
            try await insert(into: table, columns: columns, rows: records, values: values)
            return
        }
        try await Self.copyRows(records, into: table, columns: columns, database: database, values: values)
    }

    /// The connection a transaction holds. A Fluent PostgreSQL database inside a transaction is
    /// pinned to one connection, which `withConnection` hands back as it is; outside a
    /// transaction it would be a pooled connection given back at once, so callers use this only
    /// inside one.
    static func transactionConnection(_ database: any Database) async throws -> PostgresConnection {
        guard let postgres = database as? any PostgresDatabase else {
            throw CopyFailure(description: "COPY needs a PostgreSQL database")
        }
        return try await postgres.withConnection { $0.eventLoop.makeSucceededFuture($0) }.get()
    }

    /// Streams `records` into `table` (which may be a temporary table) with one COPY.
    static func copyRows<Records: Collection>(_ records: Records, into table: String, columns: [String], database: any Database,
                                              values: (Records.Element) throws -> [any BulkBindable]) async throws {
        guard !records.isEmpty else { return }
        let connection = try await transactionConnection(database)
        var text = CopyText()
        try await connection.copyFrom(table: table, columns: columns, logger: connection.logger) { writer in
            for batch in records.chunks(of: 2_000) {
                var buffer = ByteBuffer()
                buffer.reserveCapacity(batch.count * columns.count * 12)
                for record in batch {
                    let row = try values(record)
                    guard row.count == columns.count else {
                        throw CopyFailure(description: "a row of \(row.count) values for \(columns.count) columns")
                    }
                    for (index, value) in row.enumerated() {
                        if index > 0 { buffer.writeInteger(UInt8(ascii: "\t")) }
                        try text.write(value.bulkValue, to: &buffer)
                    }
                    buffer.writeInteger(UInt8(ascii: "\n"))
                }
                try await writer.write(buffer)
            }
        }
    }
}

/// Values in COPY's text format: tab between columns, `\N` for NULL, backslash escapes.
struct CopyText {
    /// The last timestamp written and its text: an import stamps every row with the same time.
    private var lastDate: (Date, String)?

    mutating func write(_ value: BulkValue, to buffer: inout ByteBuffer) throws {
        switch value {
        case .integer(let v): buffer.writeString(String(v))
        // Swift prints the shortest text that reads back as the same Double, which PostgreSQL's
        // float8 input reads exactly; imports refuse infinities and NaN before they get here.
        case .real(let v): buffer.writeString(v.description)
        case .text(let v): Self.escaped(v, to: &buffer)
        case .bool(let v): buffer.writeInteger(UInt8(ascii: v ? "t" : "f"))
        case .null: buffer.writeStaticString("\\N")
        case .encoded(let v):
            if let uuid = v as? UUID {
                Self.write(uuid, to: &buffer)
            } else if let date = v as? Date {
                if let lastDate, lastDate.0 == date {
                    buffer.writeString(lastDate.1)
                } else {
                    let text = Self.timestamp(date)
                    lastDate = (date, text)
                    buffer.writeString(text)
                }
            } else {
                throw BulkWriter.CopyFailure(description: "no COPY text for a value of type \(type(of: v))")
            }
        }
    }

    /// A UUID in its canonical text. Foundation's `uuidString` goes through `printf` on Linux,
    /// which was a twentieth of storing an evaluation's million results.
    static func write(_ uuid: UUID, to buffer: inout ByteBuffer) {
        let hex: StaticString = "0123456789ABCDEF"
        withUnsafeBytes(of: uuid.uuid) { bytes in
            hex.withUTF8Buffer { digits in
                for (index, byte) in bytes.enumerated() {
                    if index == 4 || index == 6 || index == 8 || index == 10 { buffer.writeInteger(UInt8(ascii: "-")) }
                    buffer.writeInteger(digits[Int(byte >> 4)])
                    buffer.writeInteger(digits[Int(byte & 0x0F)])
                }
            }
        }
    }

    /// A text value with COPY's four special characters escaped.
    static func escaped(_ text: String, to buffer: inout ByteBuffer) {
        let utf8 = text.utf8
        let needsEscape = utf8.withContiguousStorageIfAvailable { bytes in
            bytes.contains { $0 == 0x5C || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        } ?? utf8.contains { $0 == 0x5C || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        guard needsEscape else {
            buffer.writeString(text)
            return
        }
        for byte in utf8 {
            switch byte {
            case 0x5C: buffer.writeStaticString("\\\\")
            case 0x09: buffer.writeStaticString("\\t")
            case 0x0A: buffer.writeStaticString("\\n")
            case 0x0D: buffer.writeStaticString("\\r")
            default: buffer.writeInteger(byte)
            }
        }
    }

    /// A timestamp as PostgreSQL reads it, in UTC to the microsecond (as the driver binds a Date).
    static func timestamp(_ date: Date) -> String {
        let interval = date.timeIntervalSince1970
        var seconds = interval.rounded(.down)
        var micros = Int(((interval - seconds) * 1_000_000).rounded())
        if micros >= 1_000_000 {
            seconds += 1
            micros -= 1_000_000
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: Date(timeIntervalSince1970: seconds))
        func two(_ n: Int?) -> String { let n = n ?? 0; return n < 10 ? "0\(n)" : "\(n)" }
        let fraction = String(micros)
        let padded = String(repeating: "0", count: 6 - fraction.count) + fraction
        return "\(parts.year ?? 1970)-\(two(parts.month))-\(two(parts.day)) \(two(parts.hour)):\(two(parts.minute)):\(two(parts.second)).\(padded)+00"
    }
}

/// The temporary tables of a staging writer, in the order each was first written.
final class StagedTables: @unchecked Sendable {
    private struct Staged {
        let table: String
        let name: String
        let columns: [String]
        let conflictKeys: [String]
        let statement: BulkWriter.Statement
        /// Whether rows carry their staging order, which only `flush`'s DISTINCT ON reads.
        var numbered: Bool { statement.ignoresConflicts && !conflictKeys.isEmpty }
    }

    // Used by one import's task at a time; the lock only keeps the class honest as Sendable.
    private let lock = NSLock()
    private var tables: [Staged] = []

    private static func quoted(_ name: String) -> String {
        "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Copies `records` into the temporary table standing for `table` and `columns`, made on first use with
    /// `table`'s column types and a running row number (the file's order, kept for `flush`).
    func copy<Records: Collection>(_ records: Records, into table: String, statement: BulkWriter.Statement, columns: [String],
                                   conflictKeys: [String], writer: BulkWriter,
                                   values: (Records.Element) throws -> [any BulkBindable]) async throws {
        // One temporary table per target table and set of columns: an import writes some rows
        // of a table without some columns (a firm whose town is not known yet keeps the one it
        // has), and those rows are applied by a statement of their own.
        let (existing, count) = lock.withLock {
            (tables.first { $0.table == table && $0.columns == columns && $0.conflictKeys == conflictKeys }, tables.count)
        }
        let staged: Staged
        if let existing {
            staged = existing
        } else {
            let name = "bq_stage_\(count)_\(table)"
            let list = columns.map(Self.quoted).joined(separator: ",")
            try await writer.sql.raw("""
                CREATE TEMPORARY TABLE \(unsafeRaw: Self.quoted(name)) ON COMMIT DROP AS \
                SELECT \(unsafeRaw: list) FROM \(unsafeRaw: Self.quoted(table)) WITH NO DATA
                """).run()
            staged = Staged(table: table, name: name, columns: columns, conflictKeys: conflictKeys, statement: statement)
            // The running number costs a sequence step per row (a fifth of COPY's time in
            // PostgreSQL), so only the tables that need it have it.
            if staged.numbered {
                try await writer.sql.raw("ALTER TABLE \(unsafeRaw: Self.quoted(name)) ADD COLUMN bq_stage_row BIGSERIAL").run()
            }
            lock.withLock { tables.append(staged) }
        }
        try await BulkWriter.copyRows(records, into: staged.name, columns: columns, database: writer.database, values: values)
    }

    /// The distinct values of `column` among the rows staged for `target` that `table` holds no
    /// row of among `county`'s rows: one anti-join, which PostgreSQL runs as one pass over each
    /// table, where a lookup per batch probes the index once per key.
    func missing(_ column: String, stagedFor target: String, in table: String, county: String,
                 _ sql: any SQLDatabase) async throws -> Set<String> {
        let staged = lock.withLock { tables.filter { $0.table == target && $0.columns.contains(column) } }
        var missing = Set<String>()
        for stage in staged {
            let rows = try await sql.raw("""
                SELECT DISTINCT s.\(unsafeRaw: Self.quoted(column)) AS missing_key FROM \(unsafeRaw: Self.quoted(stage.name)) s \
                WHERE NOT EXISTS (SELECT 1 FROM \(unsafeRaw: Self.quoted(table)) t WHERE t.county_code = \(bind: county) \
                AND t.\(unsafeRaw: Self.quoted(column)) = s.\(unsafeRaw: Self.quoted(column)))
                """).all()
            for row in rows { missing.insert(try row.decode(column: "missing_key", as: String.self)) }
        }
        return missing
    }

    /// One `INSERT … SELECT` per staged table. Where rows with the same key were staged
    /// (conflicts ignored, as when a firm's rows ran across two batches), the first row staged
    /// is the one inserted, as the batch-by-batch path would have done. The staged tables are not
    /// ANALYZEd: each is read whole once, and without statistics PostgreSQL still plans from
    /// their size (ANALYZE cost 1.3 s of a million-row load).
    func flush(_ sql: any SQLDatabase) async throws -> Int {
        let staged = lock.withLock { tables }
        var replaced = 0
        for table in staged {
            let name = Self.quoted(table.name)
            var tail = table.statement.tail
            if let lookup = table.statement.lookup {
                let join = table.conflictKeys.map { "t.\(Self.quoted($0)) = s.\(Self.quoted($0))" }.joined(separator: " AND ")
                let existing = try await sql.raw("""
                    SELECT COUNT(*) AS n FROM \(unsafeRaw: name) s JOIN \(unsafeRaw: Self.quoted(lookup.table)) t ON \(unsafeRaw: join)
                    """).first()?.decode(column: "n", as: Int.self) ?? 0
                replaced += existing
                // None of the staged keys exists (a first load): a plain INSERT writes the same
                // rows without ON CONFLICT's speculative insertion (a quarter of the statement's
                // time). Should another transaction add one of these keys meanwhile, the unique
                // key refuses it and the whole import is rolled back rather than miscounted.
                if existing == 0 { tail = "" }
            }
            let list = table.columns.map(Self.quoted).joined(separator: ",")
            let keys = table.conflictKeys.map(Self.quoted).joined(separator: ",")
            // Without ignored conflicts the staged keys are distinct (imports refuse a key twice).
            // Either way the rows go in by their key: the unique index filled in its own order
            // took 6.2 s for a million yearly figures, the sort included, against 8.2 s in the
            // file's order.
            let select = table.conflictKeys.isEmpty ? "SELECT \(list) FROM \(name)"
                : table.statement.ignoresConflicts
                ? "SELECT DISTINCT ON (\(keys)) \(list) FROM \(name) ORDER BY \(keys), bq_stage_row"
                : "SELECT \(list) FROM \(name) ORDER BY \(keys)"
            try await sql.raw("\(unsafeRaw: table.statement.target) \(unsafeRaw: select)\(unsafeRaw: tail)").run()
        }
        lock.withLock { tables = [] }
        return replaced
    }
}

import Fluent
import FluentSQL
import NIOConcurrencyHelpers
import SQLiteKit
import SQLKit

extension QueryBuilder where Model == Parcel {
    /// The query's parcels as rows, without a model per row (see `ParcelRow`). On SQLite the
    /// query is run by the driver itself and each row read from SQLite's own values: through
    /// Fluent's output, every column of every row went through a decoder, which was most of
    /// the time of evaluating 100,000 parcels.
    ///
    /// Without `shapes`, the geometry is not read and each record's is empty: for lists and
    /// totals that never draw, since parsing the shapes was a third of evaluating every parcel.
    func rows(shapes: Bool = true) async throws -> [ParcelRow] {
        if let sqlite = database as? any SQLiteDatabase, let sql = database as? any SQLDatabase {
            return try await Self.rows(of: query, shapes: shapes, sqlite: sqlite, sql: sql)
        }
        let rows = NIOLockedValueBox<[Result<ParcelRow, any Error>]>([])
        try await run { output in
            let row = Result { try ParcelRow(output, shape: shapes) }
            rows.withLockedValue { $0.append(row) }
        }
        return try rows.withLockedValue { $0 }.map { try $0.get() }
    }

    private static func rows(of fluentQuery: DatabaseQuery, shapes: Bool, sqlite: any SQLiteDatabase,
                             sql: any SQLDatabase) async throws -> [ParcelRow] {
        let columns = ParcelRow.Column.selected(shapes: shapes).map(\.name)
        var query = fluentQuery
        query.fields = columns.map { .path([FieldKey(stringLiteral: $0)], schema: Parcel.schema) }
        guard var select = SQLQueryConverter(delegate: ReadingDelegate()).convert(query) as? SQLSelect else {
            throw ParcelColumnReader.Missing(column: "SELECT")
        }
        select.columns = columns.map { SQLColumn($0, table: Parcel.schema) }
        let (text, binds) = sql.serialize(select)
        let encoder = SQLiteDataEncoder()
        let data = try binds.map { try encoder.encode($0) }
        // The connection's own query calls back on its thread, one row after another, and has
        // finished before the rows are read here: no lock is needed around them. (Through the
        // database's `query`, each row was a task on the event loop with a future of its own:
        // a third of evaluating 100,000 parcels.)
        let read = RowsRead()
        try await sqlite.withConnection { connection in try await connection.query(text, data) { row in
            // Each value by its place in the select list, rather than by a name hashed for
            // every column of every row.
            let cells = row.columns
            let reader = ParcelColumnReader(
                text: { column in
                    switch cells[column.rawValue].data {
                    case .text(let value): value
                    case .null: nil
                    case let other: throw ParcelColumnReader.Missing(column: "\(column.name): \(other)")
                    }
                },
                number: { column in
                    switch cells[column.rawValue].data {
                    case .float(let value): value
                    case .integer(let value): Double(value)
                    case .null: nil
                    case let other: throw ParcelColumnReader.Missing(column: "\(column.name): \(other)")
                    }
                },
                flag: { column in
                    guard case .integer(let value) = cells[column.rawValue].data else { throw ParcelColumnReader.Missing(column: column.name) }
                    return value != 0
                })
            do {
                read.rows.append(try ParcelRow(reader, shape: shapes))
            } catch {
                read.failure = read.failure ?? error
            }
        } }
        if let failure = read.failure { throw failure }
        return read.rows
    }
}

/// The rows of one query as the driver hands them over, one at a time on its thread.
private final class RowsRead: @unchecked Sendable {
    var rows: [ParcelRow] = []
    var failure: (any Error)?
}

/// Converts read queries only: no schema is ever made through it, so there are no custom types.
private struct ReadingDelegate: SQLConverterDelegate {
    func customDataType(_ dataType: DatabaseSchema.DataType) -> (any SQLExpression)? { nil }
}

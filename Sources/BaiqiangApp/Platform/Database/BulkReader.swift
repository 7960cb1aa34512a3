import Fluent
import FluentPostgresDriver
import Foundation
import SQLKit

/// One row's cells, read by their position in the select list.
protocol RowCells {
    func text(_ column: Int) throws -> String?
    func real(_ column: Int) throws -> Double?
    func integer(_ column: Int) throws -> Int?
    func bool(_ column: Int) throws -> Bool?
}

/// Many rows read by position, each handed on as it arrives. SQLKit's row decoding (a Decodable
/// model per row, every column looked up by name through a general decoder) took 28 s for the
/// evaluation's million rows on PostgreSQL; PostgresNIO decodes a cell of a known type from its
/// bytes directly, and the rows are never all held at once.
struct BulkReader {
    let database: any Database

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// Folds every row of `query` into `state`, in the query's order.
    func fold<State: Sendable>(_ query: SQLQueryString, into initial: State,
                               _ step: @escaping @Sendable (inout State, any RowCells) throws -> Void) async throws -> State {
        let sql = database as! any SQLDatabase
        guard sql.dialect.name != "sqlite", let postgres = database as? any PostgresDatabase else {
            var state = initial
            for row in try await sql.raw(query).all() {
                try step(&state, SQLRowCells(row: row, columns: row.allColumns))
            }
            return state
        }
        let (text, binds) = sql.serialize(query)
        var bindings = PostgresBindings(capacity: binds.count)
        for bind in binds {
            switch bind {
            case let value as String: try bindings.append(value)
            case let value as Int: try bindings.append(value)
            case let value as Double: try bindings.append(value)
            case let value as Bool: try bindings.append(value)
            case let value as UUID: try bindings.append(value)
            default: throw Failure(description: "no PostgreSQL binding for a value of type \(type(of: bind))")
            }
        }
        let query = PostgresQuery(unsafeSQL: text, binds: bindings)
        return try await postgres.withConnection { connection in
            connection.eventLoop.makeFutureWithTask {
                var state = initial
                for try await row in try await connection.query(query, logger: connection.logger) {
                    try step(&state, PostgresCells(row: row.makeRandomAccess()))
                }
                return state
            }
        }.get()
    }
}

private struct PostgresCells: RowCells {
    let row: PostgresRandomAccessRow

    func text(_ column: Int) throws -> String? { try row[column].decode(String?.self) }
    func real(_ column: Int) throws -> Double? { try row[column].decode(Double?.self) }
    func integer(_ column: Int) throws -> Int? { try row[column].decode(Int?.self) }
    func bool(_ column: Int) throws -> Bool? { try row[column].decode(Bool?.self) }
}

private struct SQLRowCells: RowCells {
    let row: any SQLRow
    let columns: [String]

    func text(_ column: Int) throws -> String? { try row.decode(column: columns[column], as: String?.self) }
    func real(_ column: Int) throws -> Double? { try row.decode(column: columns[column], as: Double?.self) }
    func integer(_ column: Int) throws -> Int? { try row.decode(column: columns[column], as: Int?.self) }
    func bool(_ column: Int) throws -> Bool? { try row.decode(column: columns[column], as: Bool?.self) }
}

import Fluent
import FluentPostgresDriver
import Foundation
import SQLKit
import SQLiteKit

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
        if let sqlite = database as? any SQLiteDatabase {
            return try await Self.fold(query, sqlite: sqlite, sql: sql, into: initial, step)
        }
        guard let postgres = database as? any PostgresDatabase else {
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

extension BulkReader {
    /// On SQLite the connection's own query hands each row over on its thread as it is read.
    /// (The database's `query` made every row a task on the event loop with a future of its own,
    /// which cost more than reading the row.)
    private static func fold<State: Sendable>(_ query: SQLQueryString, sqlite: any SQLiteDatabase, sql: any SQLDatabase,
                                              into initial: State,
                                              _ step: @escaping @Sendable (inout State, any RowCells) throws -> Void) async throws -> State {
        let (text, binds) = sql.serialize(query)
        let encoder = SQLiteDataEncoder()
        let data = try binds.map { try encoder.encode($0) }
        return try await sqlite.withConnection { connection in
            let fold = SQLiteFold(state: initial)
            try await connection.query(text, data) { row in
                guard fold.failure == nil else { return }
                do {
                    try step(&fold.state, SQLiteCells(cells: row.columns))
                } catch {
                    fold.failure = error
                }
            }
            if let failure = fold.failure { throw failure }
            return fold.state
        }
    }
}

/// The state of one fold over SQLite's rows: the connection calls back on one thread, one row
/// after another, and has finished before the state is read, so no lock is needed.
private final class SQLiteFold<State>: @unchecked Sendable {
    var state: State
    var failure: (any Error)?

    init(state: State) {
        self.state = state
    }
}

private struct SQLiteCells: RowCells {
    let cells: [SQLiteColumn]

    func text(_ column: Int) throws -> String? {
        switch cells[column].data {
        case .text(let value): value
        case .null: nil
        case let other: throw BulkReader.Failure(description: "\(cells[column].name): text expected, found \(other)")
        }
    }

    func real(_ column: Int) throws -> Double? {
        switch cells[column].data {
        case .float(let value): value
        case .integer(let value): Double(value)
        case .null: nil
        case let other: throw BulkReader.Failure(description: "\(cells[column].name): number expected, found \(other)")
        }
    }

    func integer(_ column: Int) throws -> Int? {
        switch cells[column].data {
        case .integer(let value): value
        case .float(let value) where value == value.rounded() && abs(value) < 1e15: Int(value)
        case .null: nil
        case let other: throw BulkReader.Failure(description: "\(cells[column].name): integer expected, found \(other)")
        }
    }

    func bool(_ column: Int) throws -> Bool? {
        try integer(column).map { $0 != 0 }
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

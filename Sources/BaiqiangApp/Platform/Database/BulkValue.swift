import Foundation

/// A value bound in a bulk statement, in the forms both databases take without a general
/// encoder. Rows of a million-row import are built from these: asking each value of an
/// `any Encodable` row which type it is (a dynamic cast) cost more than SQLite's own insert.
enum BulkValue: Sendable {
    case integer(Int)
    case real(Double)
    case text(String)
    case bool(Bool)
    /// No value; it keeps the Swift optional it came from, because PostgreSQL must be told the
    /// type of a NULL in a multi-row VALUES list.
    case null(any Encodable & Sendable)
    /// Identifiers and timestamps, written by the database driver's encoder as Fluent writes them.
    case encoded(any Encodable & Sendable)
}

/// A Swift value that can be written by `BulkWriter`.
protocol BulkBindable: Encodable, Sendable {
    var bulkValue: BulkValue { get }
}

extension Int: BulkBindable {
    var bulkValue: BulkValue { .integer(self) }
}

extension Double: BulkBindable {
    var bulkValue: BulkValue { .real(self) }
}

extension String: BulkBindable {
    var bulkValue: BulkValue { .text(self) }
}

extension Bool: BulkBindable {
    var bulkValue: BulkValue { .bool(self) }
}

extension UUID: BulkBindable {
    var bulkValue: BulkValue { .encoded(self) }
}

extension Date: BulkBindable {
    var bulkValue: BulkValue { .encoded(self) }
}

extension Optional: BulkBindable where Wrapped: BulkBindable {
    var bulkValue: BulkValue { self?.bulkValue ?? .null(self) }
}

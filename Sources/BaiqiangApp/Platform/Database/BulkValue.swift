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

extension UUID {
    /// A random (version 4) UUID from the system's generator. Foundation's `UUID()` on Linux
    /// opens, reads and closes /dev/urandom for every identifier, which a profile of a bulk
    /// import showed as its largest single cost.
    static func random() -> UUID {
        var generator = SystemRandomNumberGenerator()
        var bytes = (generator.next() as UInt64, generator.next() as UInt64)
        return withUnsafeMutableBytes(of: &bytes) { raw in
            raw[6] = raw[6] & 0x0F | 0x40  // version 4
            raw[8] = raw[8] & 0x3F | 0x80  // RFC 4122 variant
            return UUID(uuid: (raw[0], raw[1], raw[2], raw[3], raw[4], raw[5], raw[6], raw[7],
                               raw[8], raw[9], raw[10], raw[11], raw[12], raw[13], raw[14], raw[15]))
        }
    }
}

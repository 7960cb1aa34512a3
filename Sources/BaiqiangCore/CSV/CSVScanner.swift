import Foundation

/// A byte-level CSV reader (RFC 4180) over memory that the caller keeps alive.
///
/// It handles quoted fields, doubled quotes, CRLF and LF line ends, a leading UTF-8 byte-order
/// mark, and skips blank lines (counting them, so row numbers still match the file). Fields are
/// returned as offsets into the buffer, so reading a million records allocates nothing per record.
///
/// Not `Sendable` on purpose: it points into a buffer that is only valid in the caller's scope
/// (a `withUnsafeBytes` closure or a memory map).
public struct CSVScanner {
    public let buffer: UnsafeRawBufferPointer
    private let bytes: UnsafePointer<UInt8>?
    private let count: Int
    private var position: Int
    private var nextLine = 1

    /// The most fields a record may have (Excel's column limit). Each field costs its offsets, so
    /// without a cap a file of nothing but commas would cost sixteen times its size in memory.
    public static let maximumFields = 16_384

    /// The row (1-based physical line) where the record last returned by `nextRecord` starts.
    public private(set) var row = 0

    public init(_ buffer: UnsafeRawBufferPointer) {
        self.buffer = buffer
        self.bytes = buffer.baseAddress?.assumingMemoryBound(to: UInt8.self)
        self.count = buffer.count
        let hasByteOrderMark = count >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF
        self.position = hasByteOrderMark ? 3 : 0
    }

    /// A scanner that starts at a line start inside the buffer, numbering that line `row`: for
    /// reading the parts of one large file on several threads.
    public init(_ buffer: UnsafeRawBufferPointer, startingAt offset: Int, row: Int) {
        self.init(buffer)
        self.position = offset
        self.nextLine = row
    }

    /// Where the next record starts (after the previous one's line end).
    public var offset: Int { position }

    /// The row number that the next line will get.
    public var nextRow: Int { nextLine }

    /// The offset just after the first line feed at or after `offset`; nil when there is none.
    /// A guess at a record boundary: a line feed inside a quoted field looks the same.
    public func lineStart(after offset: Int) -> Int? {
        guard let p = bytes else { return nil }
        var i = offset
        while i < count {
            if p[i] == ASCIIByte.lineFeed { return i + 1 }
            i += 1
        }
        return nil
    }

    /// Reads the next record's fields into `fields` (cleared first); false at the end of input.
    public mutating func nextRecord(into fields: inout [CSVField]) throws(CSVError) -> Bool {
        fields.removeAll(keepingCapacity: true)
        guard let p = bytes else { return false }
        skipBlankLines(p)
        guard position < count else { return false }
        row = nextLine
        while true {
            guard fields.count < Self.maximumFields else { throw CSVError(.tooManyFields, row: row, column: fields.count + 1) }
            if position < count && p[position] == ASCIIByte.quote {
                fields.append(try quotedField(p, column: fields.count + 1))
                guard position < count else { return true }
                switch p[position] {
                case ASCIIByte.comma: position += 1
                case ASCIIByte.lineFeed, ASCIIByte.carriageReturn: consumeLineEnd(p); return true
                default: throw CSVError(.textAfterClosingQuote, row: row, column: fields.count)
                }
            } else {
                let start = position
                while position < count {
                    let b = p[position]
                    if b == ASCIIByte.comma || b == ASCIIByte.lineFeed || b == ASCIIByte.carriageReturn { break }
                    position += 1
                }
                fields.append(CSVField(start: start, end: position))
                guard position < count else { return true }
                if p[position] == ASCIIByte.comma {
                    position += 1
                } else {
                    consumeLineEnd(p)
                    return true
                }
            }
        }
    }

    /// The raw bytes of a field (doubled quotes not yet collapsed).
    public func bytes(of field: CSVField) -> UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(rebasing: buffer[field.start..<field.end])
    }

    /// The field's text with doubled quotes collapsed; allocates, so meant for headers and errors.
    public func string(of field: CSVField) -> String {
        let text = String(decoding: bytes(of: field), as: UTF8.self)
        return field.hasDoubledQuotes ? text.replacingOccurrences(of: "\"\"", with: "\"") : text
    }

    private mutating func quotedField(_ p: UnsafePointer<UInt8>, column: Int) throws(CSVError) -> CSVField {
        position += 1
        let start = position
        var doubled = false
        while true {
            guard position < count else { throw CSVError(.unterminatedQuote, row: row, column: column) }
            let b = p[position]
            if b == ASCIIByte.quote {
                if position + 1 < count && p[position + 1] == ASCIIByte.quote {
                    doubled = true
                    position += 2
                    continue
                }
                break
            }
            // Line breaks inside quotes still count as lines, so later rows keep the file's numbering.
            if b == ASCIIByte.lineFeed || (b == ASCIIByte.carriageReturn && !(position + 1 < count && p[position + 1] == ASCIIByte.lineFeed)) {
                nextLine += 1
            }
            position += 1
        }
        let end = position
        position += 1
        return CSVField(start: start, end: end, hasDoubledQuotes: doubled)
    }

    private mutating func consumeLineEnd(_ p: UnsafePointer<UInt8>) {
        if p[position] == ASCIIByte.carriageReturn && position + 1 < count && p[position + 1] == ASCIIByte.lineFeed {
            position += 2
        } else {
            position += 1
        }
        nextLine += 1
    }

    private mutating func skipBlankLines(_ p: UnsafePointer<UInt8>) {
        while position < count, p[position] == ASCIIByte.lineFeed || p[position] == ASCIIByte.carriageReturn {
            consumeLineEnd(p)
        }
    }
}

/// The cells of one row as a reader hands it over: CSV cells are byte ranges of the file (no
/// copy), XLSX cells are strings. Valid only inside the callback that receives it.
public struct TableCells {
    enum Storage {
        case csv(UnsafeRawBufferPointer, [CSVField])
        case strings([String], numeric: [Bool])
    }

    let storage: Storage

    init(csv buffer: UnsafeRawBufferPointer, fields: [CSVField]) {
        storage = .csv(buffer, fields)
    }

    public init(_ strings: [String]) {
        storage = .strings(strings, numeric: [])
    }

    /// Cells from a spreadsheet, with which of them were number cells.
    init(_ strings: [String], numeric: [Bool]) {
        storage = .strings(strings, numeric: numeric)
    }

    public var count: Int {
        switch storage {
        case .csv(_, let fields): fields.count
        case .strings(let strings, _): strings.count
        }
    }

    /// Calls `body` with cell `index`'s UTF-8 bytes, quotes already undoubled and a formula's
    /// neutralising apostrophe (which our own CSV exports add) removed.
    @inline(__always)
    public func withBytes<R>(_ index: Int, _ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        try withStoredBytes(index) { try body(SpreadsheetFormula.restored($0)) }
    }

    @inline(__always)
    private func withStoredBytes<R>(_ index: Int, _ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        switch storage {
        case .csv(let buffer, let fields):
            let field = fields[index]
            let raw = UnsafeRawBufferPointer(rebasing: buffer[field.start..<field.end])
            guard field.hasDoubledQuotes else { return try body(raw) }
            var collapsed: [UInt8] = []
            collapsed.reserveCapacity(raw.count)
            var previousWasQuote = false
            for b in raw {
                if b == ASCIIByte.quote && previousWasQuote {
                    previousWasQuote = false
                    continue
                }
                previousWasQuote = b == ASCIIByte.quote
                collapsed.append(b)
            }
            return try collapsed.withUnsafeBytes(body)
        case .strings(let strings, _):
            var text = strings[index]
            return try text.withUTF8 { try body(UnsafeRawBufferPointer($0)) }
        }
    }

    /// Cell `index` as a string (allocates for long texts; meant for names, headers and messages).
    public func string(_ index: Int) -> String {
        switch storage {
        case .csv:
            withBytes(index) { String(decoding: $0, as: UTF8.self) }
        case .strings(let strings, _):
            SpreadsheetFormula.restored(strings[index])
        }
    }

    /// Whether cell `index` was a number cell in a spreadsheet (always false for CSV, where
    /// everything is text).
    public func isNumeric(_ index: Int) -> Bool {
        guard case .strings(_, let numeric) = storage, index < numeric.count else { return false }
        return numeric[index]
    }

    /// Every cell as a string: what a rejected-rows file writes back.
    public var strings: [String] {
        (0..<count).map { string($0) }
    }

    /// Whether every cell is empty or blank (a spacer row Excel leaves behind).
    public var isBlank: Bool {
        (0..<count).allSatisfy { index in
            withBytes(index) { bytes in bytes.allSatisfy { $0 == ASCIIByte.space || $0 == ASCIIByte.tab } }
        }
    }
}

import Foundation

/// A tabular import file (表格文件), CSV or XLSX, read as a header row followed by data rows,
/// each with its 1-based row number as the user sees it in Excel or an editor.
///
/// CSV is decoded to UTF-8 first (UTF-8, UTF-8 with BOM or GB18030) and scanned at byte level,
/// so a data row's cells reach the caller as byte ranges of the file.
public struct TableReader {
    public let format: TableFormat
    /// The text encoding of a CSV file; nil for XLSX.
    public let encoding: TextEncoding?
    private let content: Content

    private enum Content {
        /// UTF-8 text; a UTF-8 file is used as given (possibly memory-mapped), not copied.
        case csv(Data)
        case xlsx(XLSXReader, sheet: String?)
    }

    /// Detects the format from the bytes; `sheet` picks an XLSX sheet by name (default: the first).
    public init(data: Data, sheet: String? = nil) throws(ImportFileError) {
        // `withUnsafeBytes` only rethrows untyped errors, so the typed one travels in a Result.
        let format = try data.withUnsafeBytes { bytes in
            Result { () throws(ImportFileError) in try TableFormat.detect(bytes) }
        }.get()
        self.format = format
        switch format {
        case .csv:
            let encoding = data.withUnsafeBytes { TextEncoding.detect($0) }
            self.encoding = encoding
            switch encoding {
            case .utf8, .utf8WithBOM:
                // The scanner skips a BOM itself.
                content = .csv(data)
            case .gb18030:
                content = .csv(Data(try TextDecoding.utf8Bytes(from: data).bytes))
            }
        case .xlsx:
            encoding = nil
            content = .xlsx(try XLSXReader(data: data), sheet: sheet)
        }
    }

    /// An upper bound on the number of data rows (line ends in a CSV file), for reserving
    /// memory; 0 when unknown (XLSX).
    public var estimatedRowCount: Int {
        guard case .csv(let data) = content else { return 0 }
        return data.withUnsafeBytes { bytes in
            var lines = 0
            var position = bytes.baseAddress.map { UnsafeRawPointer($0) }
            var remaining = bytes.count
            while let start = position, remaining > 0, let found = memchr(start, Int32(ASCIIByte.lineFeed), remaining) {
                lines += 1
                let next = UnsafeRawPointer(found) + 1
                remaining -= next - start
                position = next
            }
            return lines
        }
    }

    /// Calls `header` once with the first row's texts, then `row` for every following non-blank
    /// row. File-level problems are thrown as `ImportFileError`; errors thrown by the callbacks
    /// pass through.
    public func read(
        header: (_ row: Int, _ names: [String]) throws -> Void,
        row: (_ row: Int, _ cells: TableCells) throws -> Void
    ) throws {
        var sawHeader = false
        switch content {
        case .csv(let bytes):
            try bytes.withUnsafeBytes { buffer in
                var scanner = CSVScanner(buffer)
                var fields: [CSVField] = []
                while true {
                    let more: Bool
                    do throws(CSVError) { more = try scanner.nextRecord(into: &fields) } catch {
                        throw ImportFileError(.malformedCSV(error))
                    }
                    guard more else { break }
                    let cells = TableCells(csv: buffer, fields: fields)
                    if !sawHeader {
                        sawHeader = true
                        try header(scanner.row, cells.strings)
                    } else if !cells.isBlank {
                        try row(scanner.row, cells)
                    }
                }
            }
        case .xlsx(let reader, let sheet):
            try reader.readRows(sheet: sheet) { number, strings, numeric in
                if !sawHeader {
                    sawHeader = true
                    try header(number, strings)
                } else {
                    try row(number, TableCells(strings, numeric: numeric))
                }
            }
        }
        if !sawHeader { throw ImportFileError(.empty) }
    }
}

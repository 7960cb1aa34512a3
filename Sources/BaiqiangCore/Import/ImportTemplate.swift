import Foundation

/// A file to fill in for an import (导入模板): the header in one language and one example row,
/// its first cell marked as the example so that a template sent back untouched is refused
/// (`isExample`) rather than imported as data.
public struct ImportTemplate: Sendable {
    public struct Column: Sendable {
        public let header: BilingualText
        public let example: String
        /// What the notes (说明) say of the column.
        public let note: ImportColumnNote

        public init(header: BilingualText, example: String, note: ImportColumnNote) {
            self.header = header
            self.example = example
            self.note = note
        }
    }

    public let name: BilingualText
    public let columns: [Column]

    public init(name: BilingualText, columns: [Column]) {
        self.name = name
        self.columns = columns
    }

    /// Every column of `spec` under its preferred headers, with `examples` by column key.
    public init(spec: ImportFileSpec, examples: [String: String]) {
        self.init(name: spec.name, columns: spec.columns.map { Column(header: $0.label, example: examples[$0.key] ?? "", note: $0.note) })
    }

    public func header(_ language: Language) -> [String] {
        columns.map { language == .en ? $0.header.en : $0.header.zh }
    }

    /// The example values, the first one behind the example marker.
    public func exampleRow(_ language: Language) -> [String] {
        columns.enumerated().map { index, column in index == 0 ? Self.marker(language) + column.example : column.example }
    }

    /// CSV in UTF-8 with a BOM, which Excel opens with the Chinese intact.
    public func csv(_ language: Language) -> [UInt8] {
        var writer = CSVWriter()
        for row in [header(language), exampleRow(language)] {
            for cell in row { writer.field(cell) }
            writer.endRecord()
        }
        return [0xEF, 0xBB, 0xBF] + writer.bytes
    }

    /// The template on its first sheet, which the importers read, and the notes on a second,
    /// 说明 / Notes.
    public func xlsx(_ language: Language) throws -> [UInt8] {
        var sheet = XLSXWriter(sheetName: language == .en ? "Template" : "模板")
        sheet.appendRow(header(language).map(XLSXCellValue.text))
        sheet.appendRow(exampleRow(language).map(XLSXCellValue.text))
        sheet.startSheet(Self.notesName.text(for: language))
        for row in notes(language) { sheet.appendRow(row.map(XLSXCellValue.text)) }
        return try sheet.bytes()
    }

    /// The notes' name, as a sheet and as a file.
    public static let notesName = BilingualText(zh: "说明", en: "Notes")

    /// The notes (说明): a header row, then for each column its header, meaning, unit, whether
    /// it is required, and its rule.
    public func notes(_ language: Language) -> [[String]] {
        [ImportColumnNote.header.map { $0.text(for: language) }]
            + columns.map { $0.note.row(header: $0.header.text(for: language), language) }
    }

    /// The notes as their own CSV, the companion of the CSV template.
    public func notesCSV(_ language: Language) -> [UInt8] {
        var writer = CSVWriter()
        for row in notes(language) {
            for cell in row { writer.field(cell) }
            writer.endRecord()
        }
        return [0xEF, 0xBB, 0xBF] + writer.bytes
    }

    /// What starts the example row's first cell.
    public static func marker(_ language: Language) -> String {
        language == .en ? "Example: " : "示例："
    }

    /// Why the example row is refused, wherever it turns up.
    public static let exampleRowReason = BilingualText(
        zh: "这是模板的示例行：请删除，或换成实际数据", en: "this is the template's example row: delete it or replace it with real data")

    /// Whether a cell (a row's first) carries the example marker in either language. Bytes, so
    /// a reader can ask on every row without making a string.
    public static func isExample(_ bytes: UnsafeRawBufferPointer) -> Bool {
        var start = 0
        while start < bytes.count, bytes[start] == ASCIIByte.space || bytes[start] == ASCIIByte.tab { start += 1 }
        let rest = UnsafeRawBufferPointer(rebasing: bytes[start...])
        if chineseMarkers.contains(where: { rest.starts(with: $0) }) { return true }
        guard rest.count >= englishMarker.count else { return false }
        return zip(rest.prefix(englishMarker.count), englishMarker).allSatisfy { $0 | 0x20 == $1 }
    }

    public static func isExample(_ cell: String) -> Bool {
        var cell = cell
        return cell.withUTF8 { isExample(UnsafeRawBufferPointer($0)) }
    }

    private static let chineseMarkers = [Array("示例：".utf8), Array("示例:".utf8)]
    private static let englishMarker = Array("example:".utf8)
}

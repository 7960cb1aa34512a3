import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Streams the rows of one worksheet part (`xl/worksheets/sheetN.xml`) to a callback: each row
/// with its 1-based number and its cells as text, cells missing between two present ones filled
/// with empty strings (XLSX leaves empty cells out). Which cells were numbers is reported too:
/// a code typed into a number cell has lost its leading zeros (0111 shows as 111).
final class XLSXSheetParser: XMLPartParser {
    typealias RowHandler = (_ row: Int, _ cells: [String], _ numeric: [Bool]) throws -> Void

    private let sharedStrings: [String]
    private let onRow: RowHandler

    private var rowNumber = 0
    private var cells: [String] = []
    private var numeric: [Bool] = []
    private var cellColumn = 0
    private var cellType = ""
    private var value = ""
    private var capturing = false
    private var inInlineString = false
    private var phoneticDepth = 0

    init(sharedStrings: [String], onRow: @escaping RowHandler) {
        self.sharedStrings = sharedStrings
        self.onRow = onRow
    }

    override func start(_ element: String, _ attributes: [String: String]) {
        switch element {
        case "row":
            rowNumber = attributes["r"].flatMap { Int($0) } ?? rowNumber + 1
            cells.removeAll(keepingCapacity: true)
            numeric.removeAll(keepingCapacity: true)
        case "c":
            cellColumn = attributes["r"].flatMap(XLSXCellReference.columnIndex) ?? cells.count
            cellType = attributes["t"] ?? "n"
            value = ""
        case "v":
            capturing = !inInlineString
        case "is":
            inInlineString = true
        case "rPh":
            phoneticDepth += 1
        case "t":
            capturing = inInlineString && phoneticDepth == 0
        default:
            break
        }
    }

    override func end(_ element: String) {
        switch element {
        case "v", "t":
            capturing = false
        case "is":
            inInlineString = false
        case "rPh":
            phoneticDepth -= 1
        case "c":
            storeCell()
        case "row":
            do {
                try onRow(rowNumber, cells, numeric)
            } catch {
                if let parser = currentParser { fail(error, parser) }
            }
        default:
            break
        }
    }

    override func text(_ string: String) {
        if capturing { value += string }
    }

    private func storeCell() {
        let text: String
        switch cellType {
        case "s":
            guard let index = Int(value), sharedStrings.indices.contains(index) else {
                if let parser = currentParser {
                    fail(ImportFileError(.malformedXLSX(
                        "row \(rowNumber): shared string \(value) does not exist / 共享字符串 \(value) 不存在")), parser)
                }
                return
            }
            text = sharedStrings[index]
        case "b":
            text = value == "1" || value.lowercased() == "true" ? "1" : "0"
        default:
            // Numbers, formula results (str), inline strings and errors (#DIV/0!) keep their text.
            text = value
        }
        let isNumber = cellType == "n" && !value.isEmpty
        if cellColumn < cells.count {
            cells[cellColumn] = text
            numeric[cellColumn] = isNumber
        } else {
            while cells.count < cellColumn {
                cells.append("")
                numeric.append(false)
            }
            cells.append(text)
            numeric.append(isNumber)
        }
    }
}

/// The merged ranges of a sheet (`<mergeCells><mergeCell ref="A1:C1"/>…`). They follow the
/// rows in the part, so they are read from the part's tail (after `sheetData`) before the rows
/// are streamed; finding that tail searches backwards, so a large sheet is not scanned twice.
enum XLSXMergedCells {
    static func ranges(in sheet: Data) -> [String] {
        sheet.withUnsafeBytes { bytes -> [String] in
            let tailStart = lastIndex(of: Array("sheetData".utf8), in: bytes) ?? 0
            var ranges: [String] = []
            let elementMarker = Array("mergeCell".utf8)
            let refMarker = Array("ref=\"".utf8)
            var i = tailStart
            while let element = firstIndex(of: elementMarker, in: bytes, from: i) {
                let afterName = element + elementMarker.count
                i = afterName
                // `mergeCells` (the container) is followed by "s"; a `mergeCell` by a space.
                guard afterName < bytes.count, bytes[afterName] == ASCIIByte.space || bytes[afterName] == ASCIIByte.tab
                        || bytes[afterName] == ASCIIByte.lineFeed || bytes[afterName] == ASCIIByte.carriageReturn else { continue }
                var tagEnd = afterName
                while tagEnd < bytes.count && bytes[tagEnd] != UInt8(ascii: ">") { tagEnd += 1 }
                guard let ref = firstIndex(of: refMarker, in: bytes, from: afterName), ref < tagEnd else { continue }
                let valueStart = ref + refMarker.count
                var valueEnd = valueStart
                while valueEnd < tagEnd && bytes[valueEnd] != UInt8(ascii: "\"") { valueEnd += 1 }
                ranges.append(String(decoding: UnsafeRawBufferPointer(rebasing: bytes[valueStart..<valueEnd]), as: UTF8.self))
                i = tagEnd
            }
            return ranges
        }
    }

    /// The first merged range that covers (part of) `row`.
    static func range(covering row: Int, in ranges: [String]) -> String? {
        ranges.first { text in
            guard let range = XLSXCellReference.range(text) else { return false }
            return range.firstRow <= row && row <= range.lastRow
        }
    }

    private static func lastIndex(of pattern: [UInt8], in bytes: UnsafeRawBufferPointer) -> Int? {
        guard bytes.count >= pattern.count else { return nil }
        var i = bytes.count - pattern.count
        while i >= 0 {
            if bytes[i] == pattern[0] && bytes[i..<i + pattern.count].elementsEqual(pattern) { return i }
            i -= 1
        }
        return nil
    }

    private static func firstIndex(of pattern: [UInt8], in bytes: UnsafeRawBufferPointer, from start: Int) -> Int? {
        guard bytes.count >= pattern.count, start >= 0 else { return nil }
        var i = start
        while i <= bytes.count - pattern.count {
            if bytes[i] == pattern[0] && bytes[i..<i + pattern.count].elementsEqual(pattern) { return i }
            i += 1
        }
        return nil
    }
}

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
    /// The text bytes of the current row, so one row cannot hold more than a row could.
    private var rowBytes = 0

    /// Excel's own limits: 16,384 columns (XFD), 32,767 characters a cell.
    static let maximumColumns = 16_384
    static let maximumRowBytes = 16 * 1024 * 1024

    private let maximumRowBytes: Int

    init(sharedStrings: [String], maximumRowBytes: Int = XLSXSheetParser.maximumRowBytes, onRow: @escaping RowHandler) {
        self.sharedStrings = sharedStrings
        self.maximumRowBytes = maximumRowBytes
        self.onRow = onRow
    }

    override func start(_ element: String, _ attributes: [String: String]) {
        switch element {
        case "row":
            rowNumber = attributes["r"].flatMap { Int($0) } ?? rowNumber + 1
            cells.removeAll(keepingCapacity: true)
            numeric.removeAll(keepingCapacity: true)
            rowBytes = 0
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
        guard capturing else { return }
        value += string
        rowBytes += string.utf8.count
        if rowBytes > maximumRowBytes, let parser = currentParser {
            let limit = ZIPRefusal.megabytes(maximumRowBytes)
            fail(ImportFileError(.malformedXLSX(
                "row \(rowNumber) holds more than \(limit) of text / 第 \(rowNumber) 行的文本超过 \(limit)")), parser)
        }
    }

    private func storeCell() {
        guard cellColumn < Self.maximumColumns else {
            if let parser = currentParser {
                fail(ImportFileError(.malformedXLSX(
                    "row \(rowNumber) has more than \(Self.maximumColumns) cells / 第 \(rowNumber) 行超过 \(Self.maximumColumns) 个单元格")), parser)
            }
            return
        }
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
/// rows in the part, so they are found in a first pass over the part as it is unpacked, before
/// the rows are streamed; that pass only searches bytes, it does not parse XML.
enum XLSXMergedCells {
    /// More ranges than this is not a spreadsheet a person made (Excel itself slows to a halt).
    static let maximumRanges = 100_000

    static func ranges(from reader: ZIPEntryReader) throws(ImportFileError) -> [String] {
        var scanner = Scanner()
        let chunkSize = 256 * 1024
        var chunk = [UInt8](repeating: 0, count: chunkSize)
        while true {
            let count: Int
            do throws(ZIPRefusal) {
                count = try chunk.withUnsafeMutableBufferPointer { buffer in
                    Result { () throws(ZIPRefusal) in try reader.read(into: buffer.baseAddress!, capacity: chunkSize) }
                }.get()
            } catch {
                throw ImportFileError(.malformedXLSX(error.detail))
            }
            guard count > 0 else { break }
            scanner.scan(chunk[0..<count])
            guard scanner.ranges.count <= maximumRanges else {
                throw ImportFileError(.malformedXLSX(
                    "\(reader.entry.path) has more than \(maximumRanges) merged ranges / \(reader.entry.path) 的合并区域超过 \(maximumRanges) 个"))
            }
        }
        return scanner.ranges
    }

    /// Finds `mergeCell … ref="…"` tags in bytes handed over piece by piece; a tag cut between
    /// two pieces is carried over to the next.
    struct Scanner {
        private(set) var ranges: [String] = []
        private var carry: [UInt8] = []
        private static let elementMarker = Array("mergeCell".utf8)
        private static let refMarker = Array("ref=\"".utf8)
        /// A real tag is tens of bytes; an unclosed one longer than this is not one.
        private static let longestTag = 4096

        mutating func scan(_ piece: ArraySlice<UInt8>) {
            let bytes = carry + piece
            carry = []
            bytes.withUnsafeBytes { bytes in
                var i = 0
                while let element = Self.firstIndex(of: Self.elementMarker, in: bytes, from: i) {
                    let afterName = element + Self.elementMarker.count
                    guard afterName < bytes.count else { carry = Array(bytes[element...]); return }
                    i = afterName
                    // `mergeCells` (the container) is followed by "s"; a `mergeCell` by a space.
                    guard bytes[afterName] == ASCIIByte.space || bytes[afterName] == ASCIIByte.tab
                            || bytes[afterName] == ASCIIByte.lineFeed || bytes[afterName] == ASCIIByte.carriageReturn else { continue }
                    guard let tagEnd = Self.firstIndex(of: [UInt8(ascii: ">")], in: bytes, from: afterName) else {
                        if bytes.count - element <= Self.longestTag { carry = Array(bytes[element...]) }
                        return
                    }
                    i = tagEnd
                    guard let ref = Self.firstIndex(of: Self.refMarker, in: bytes, from: afterName), ref < tagEnd else { continue }
                    let valueStart = ref + Self.refMarker.count
                    var valueEnd = valueStart
                    while valueEnd < tagEnd && bytes[valueEnd] != UInt8(ascii: "\"") { valueEnd += 1 }
                    ranges.append(String(decoding: UnsafeRawBufferPointer(rebasing: bytes[valueStart..<valueEnd]), as: UTF8.self))
                }
                // A marker cut at the end of this piece is completed by the next.
                carry = Array(bytes[max(i, bytes.count - (Self.elementMarker.count - 1))...])
            }
        }

        /// `memchr` finds each candidate first byte, so a large sheet is searched at C speed.
        private static func firstIndex(of pattern: [UInt8], in bytes: UnsafeRawBufferPointer, from start: Int) -> Int? {
            guard let base = bytes.baseAddress, !pattern.isEmpty else { return nil }
            let last = bytes.count - pattern.count
            var i = max(start, 0)
            while i <= last {
                guard let hit = memchr(base + i, Int32(pattern[0]), last - i + 1) else { return nil }
                let index = UnsafeRawPointer(hit) - base
                if pattern.indices.allSatisfy({ bytes[index + $0] == pattern[$0] }) { return index }
                i = index + 1
            }
            return nil
        }
    }

    /// The first merged range that covers (part of) `row`.
    static func range(covering row: Int, in ranges: [String]) -> String? {
        ranges.first { text in
            guard let range = XLSXCellReference.range(text) else { return false }
            return range.firstRow <= row && row <= range.lastRow
        }
    }
}

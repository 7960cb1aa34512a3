import Foundation

/// Reads the rows of an XLSX workbook (Office Open XML spreadsheet): the first sheet or a named
/// one, shared and inline strings, numbers and booleans, streaming so no document tree is built.
public struct XLSXReader {
    private let archive: XLSXArchive
    private let workbook: XLSXWorkbook

    public init(data: Data) throws(ImportFileError) {
        archive = try XLSXArchive(data: data)
        workbook = try XLSXWorkbook(archive: archive)
    }

    /// The sheet names in tab order.
    public var sheetNames: [String] { workbook.sheets.map(\.name) }

    /// Calls `body` with each non-blank row of the sheet (`nil`: the first), in order, with its
    /// 1-based number. Throws `ImportFileError.mergedHeaderCells` when merged cells cover the
    /// first non-blank row (the header), before any row is handed over.
    public func readRows(sheet name: String? = nil, _ body: (_ row: Int, _ cells: [String]) throws -> Void) throws {
        try readRows(sheet: name) { row, cells, _ in try body(row, cells) }
    }

    /// The same, also telling which cells were number cells.
    func readRows(sheet name: String?, _ body: (_ row: Int, _ cells: [String], _ numeric: [Bool]) throws -> Void) throws {
        let sheet = try workbook.sheet(named: name)
        let sharedStrings = try XLSXSharedStrings.load(from: archive)
        // Two passes over the part as it is unpacked, neither holding it whole: the merged
        // ranges (after the rows) first, so the header can be judged before any row is handed over.
        let merged = try XLSXMergedCells.ranges(from: archive.requiredReader(sheet.path))
        var sawHeader = false
        try withoutActuallyEscaping(body) { body in
            let parser = XLSXSheetParser(sharedStrings: sharedStrings) { row, cells, numeric in
                guard cells.contains(where: { !$0.allSatisfy(\.isWhitespace) }) else { return }
                if !sawHeader {
                    sawHeader = true
                    if let range = XLSXMergedCells.range(covering: row, in: merged) {
                        throw ImportFileError(.mergedHeaderCells(range: range))
                    }
                }
                try body(row, cells, numeric)
            }
            try archive.parseRequired(sheet.path, with: parser)
            if let error = parser.callbackError { throw error }
        }
    }

    /// The merged ranges (`A1:C1`) of a sheet.
    public func mergedRanges(sheet name: String? = nil) throws -> [String] {
        let sheet = try workbook.sheet(named: name)
        return try XLSXMergedCells.ranges(from: archive.requiredReader(sheet.path))
    }
}

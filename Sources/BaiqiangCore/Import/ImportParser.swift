import Foundation

/// The mapped header and the decoder made from it.
private final class HeaderState<Decoder: ImportRecordDecoder> {
    let mapping: HeaderMapping
    let decoder: Decoder

    init(mapping: HeaderMapping, decoder: Decoder) {
        self.mapping = mapping
        self.decoder = decoder
    }
}

/// Where a streaming parse sends its valid records, `size` at a time, while no row has failed.
public struct ImportBatches<Record: Sendable> {
    public let size: Int
    public let emit: ([ImportedRow<Record>]) throws -> Void

    public init(size: Int, emit: @escaping ([ImportedRow<Record>]) throws -> Void) {
        self.size = size
        self.emit = emit
    }
}

/// Reads and validates a whole import file (导入校验): every row is checked and every issue
/// collected, including rows with too many or too few cells and keys repeated within the file.
///
/// By default the valid records are returned together, so nothing is applied before the whole
/// file has been read. With `batches`, they are handed on while the file is still being read and
/// stop at the first issue: for all-or-nothing imports inside one transaction, which the caller
/// rolls back when the result has issues.
public enum ImportParser {
    /// Parses `data` (CSV or XLSX, detected from the bytes) against the decoder's spec.
    /// Throws `ImportFileError` when the file as a whole is unreadable and `ImportHeaderError` when
    /// its header does not fit; row problems are returned in the result, not thrown.
    public static func parse<Decoder: ImportRecordDecoder>(
        _ data: Data, as decoder: Decoder.Type, spec: ImportFileSpec, reference: ImportReferenceData,
        sheet: String? = nil, unknownColumns: HeaderMapping.UnknownColumnPolicy = .reject,
        batches: ImportBatches<Decoder.Record>? = nil
    ) throws -> ImportParseResult<Decoder.Record> {
        let table = try TableReader(data: data, sheet: sheet)
        return try parse(table, as: decoder, spec: spec, reference: reference, unknownColumns: unknownColumns, batches: batches)
    }

    public static func parse<Decoder: ImportRecordDecoder>(
        _ table: TableReader, as decoder: Decoder.Type, spec: ImportFileSpec, reference: ImportReferenceData,
        unknownColumns: HeaderMapping.UnknownColumnPolicy = .reject, batches: ImportBatches<Decoder.Record>? = nil
    ) throws -> ImportParseResult<Decoder.Record> {
        // Set once from the header; a class so each row borrows it instead of copying the decoder.
        var state: HeaderState<Decoder>?
        // The header's cell count before trailing empty cells were dropped.
        var writtenHeaderWidth = 0
        var result = ImportParseResult<Decoder.Record>(
            header: [], headerRow: 1, records: [], issues: [], rejectedRows: [], rowsRead: 0,
            format: table.format, encoding: table.encoding)
        // The row each key was first seen in.
        var firstRowByKey: [Decoder.Key: Int] = [:]
        // Growing a million-record array by doubling would copy it and briefly hold it twice.
        let expectedRows = table.estimatedRowCount
        result.records.reserveCapacity(batches?.size ?? expectedRows)
        firstRowByKey.reserveCapacity(expectedRows)
        // Rows whose record was found to share a key with a later row; removed at the end.
        var duplicatedRows = Set<Int>()
        var duplicateReasons: [Int: [BilingualText]] = [:]
        // While streaming, `result.records` holds the batch being filled; it is handed on, or
        // dropped once any row has failed (the import will not be applied).
        func passOn() throws {
            guard let batches else { return }
            if result.issues.isEmpty && !result.records.isEmpty { try batches.emit(result.records) }
            result.records.removeAll(keepingCapacity: true)
        }

        try table.read(header: { row, names in
            // Trailing empty header cells are what Excel leaves after the last column.
            var names = names
            writtenHeaderWidth = names.count
            while let last = names.last, HeaderText.normalise(last).isEmpty { names.removeLast() }
            let mapped = try HeaderMapping(headers: names, row: row, spec: spec, unknownColumns: unknownColumns)
            state = HeaderState(mapping: mapped, decoder: Decoder(mapping: mapped))
            result.header = names
            result.headerRow = row
        }, row: { row, cells in
            guard let state else { return }
            let mapping = state.mapping
            result.rowsRead += 1
            var reader = RowReader(row: row, cells: cells, reference: reference)
            let width = mapping.headers.count
            if cells.count != width,
               !fitsAfterTrimming(cells, width: width, writtenWidth: writtenHeaderWidth, format: table.format) {
                let reason = cells.count > width
                    ? BilingualText(zh: "本行有 \(cells.count) 列，多于表头的 \(width) 列", en: "the row has \(cells.count) cells, more than the header's \(width)")
                    : BilingualText(zh: "本行只有 \(cells.count) 列，少于表头的 \(width) 列", en: "the row has \(cells.count) cells, fewer than the header's \(width)")
                reader.report(nil, reason)
                reject(row: row, cells: cells, reader: reader, into: &result)
                return
            }
            if cells.count > 0, cells.withBytes(0, ImportTemplate.isExample) {
                reader.report(nil, ImportTemplate.exampleRowReason)
                reject(row: row, cells: cells, reader: reader, into: &result)
                return
            }
            guard let record = state.decoder.decode(&reader), !reader.hasIssues else {
                reject(row: row, cells: cells, reader: reader, into: &result)
                return
            }
            let key = state.decoder.key(of: record)
            if let first = firstRowByKey[key] {
                let keyText = state.decoder.describe(key)
                let keyHeader = spec.keyColumns.compactMap { mapping.column($0)?.header }.joined(separator: "+")
                let reason = BilingualText(
                    zh: "与第 \(first) 行重复（\(keyHeader) = \(keyText)），第 \(first) 行和第 \(row) 行都不导入",
                    en: "duplicates row \(first) (\(keyHeader) = \(keyText)); neither row \(first) nor row \(row) is imported")
                result.issues.append(ImportIssue(row: row, column: keyHeader, reason: reason))
                result.rejectedRows.append(RejectedRow(row: row, cells: cells.strings, reasons: [reason]))
                if duplicatedRows.insert(first).inserted {
                    let firstReason = BilingualText(
                        zh: "与第 \(row) 行重复（\(keyHeader) = \(keyText)）",
                        en: "duplicated by row \(row) (\(keyHeader) = \(keyText))")
                    result.issues.append(ImportIssue(row: first, column: keyHeader, reason: firstReason))
                    duplicateReasons[first] = [firstReason]
                }
                return
            }
            firstRowByKey[key] = row
            result.records.append(ImportedRow(row: row, record: record))
            if let batches, result.records.count >= batches.size { try passOn() }
        })
        try passOn()

        if !duplicatedRows.isEmpty {
            // The first of each duplicated pair was accepted when read; reject it now, keeping file order.
            result.records.removeAll { duplicatedRows.contains($0.row) }
            for first in duplicatedRows {
                result.rejectedRows.append(RejectedRow(row: first, cells: [], reasons: duplicateReasons[first] ?? []))
            }
            try refetchCells(of: &result, from: table)
        }
        result.issues.sort { ($0.row, $0.columnNumber ?? 0) < ($1.row, $1.columnNumber ?? 0) }
        result.rejectedRows.sort { $0.row < $1.row }
        return result
    }

    /// XLSX leaves trailing empty cells out and may keep empty cells past the last column, so
    /// there only a non-empty cell beyond the header is a real extra cell. In CSV the count must
    /// match, except for empty cells under a header that itself ended in empty cells (an Excel
    /// export with a stray column).
    private static func fitsAfterTrimming(_ cells: TableCells, width: Int, writtenWidth: Int, format: TableFormat) -> Bool {
        if format == .xlsx && cells.count < width { return true }
        let allowedWidth = format == .xlsx ? cells.count : writtenWidth
        guard cells.count > width, cells.count <= allowedWidth else { return false }
        return (width..<cells.count).allSatisfy { index in cells.withBytes(index) { ByteText.trimmed($0).isEmpty } }
    }

    /// Rows rejected after the fact (the first of a duplicated pair) were read without keeping
    /// their cells; a second pass picks them up so the rejected-rows file is complete. Rare, so
    /// the common path keeps no copies.
    private static func refetchCells<Record>(of result: inout ImportParseResult<Record>, from table: TableReader) throws {
        let wanted = Set(result.rejectedRows.filter { $0.cells.isEmpty }.map(\.row))
        guard !wanted.isEmpty else { return }
        var cellsByRow: [Int: [String]] = [:]
        try table.read(header: { _, _ in }, row: { row, cells in
            if wanted.contains(row) { cellsByRow[row] = cells.strings }
        })
        result.rejectedRows = result.rejectedRows.map { rejected in
            guard rejected.cells.isEmpty, let cells = cellsByRow[rejected.row] else { return rejected }
            return RejectedRow(row: rejected.row, cells: cells, reasons: rejected.reasons)
        }
    }

    private static func reject<Record>(row: Int, cells: TableCells, reader: RowReader, into result: inout ImportParseResult<Record>) {
        result.issues.append(contentsOf: reader.issues)
        result.rejectedRows.append(RejectedRow(row: row, cells: cells.strings, reasons: reader.issues.map(\.message)))
    }
}

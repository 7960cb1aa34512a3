import Foundation

/// A parcels file as read, before its parcels are checked: each feature with the row or feature
/// index it came from, and the problems found while reading. GeoJSON and tables (CSV, XLSX)
/// arrive here in the same form, so every later check is the same for both.
public struct ParcelFileContents: Sendable {
    public enum Format: String, Sendable {
        case geoJSON = "geojson"
        case csv, xlsx
    }

    public struct Entry: Sendable {
        /// The 1-based feature index (GeoJSON) or the row as Excel shows it (tables).
        public var row: Int
        public var feature: ParcelFeature
        /// The row's cells as written, for a rejected-rows file; empty for GeoJSON.
        public var cells: [String]
    }

    public var format: Format
    public var entries: [Entry]
    /// Problems found while reading; their rows are in `rejected` too.
    public var issues: [ImportIssue]
    public var rejected: [RejectedRow]
    /// Features or data rows in the file.
    public var rowsRead: Int
    /// The coordinate system the file declares (GeoJSON's `crs` member).
    public var declaredCRS: String?
    /// A table's header as written; for GeoJSON the one column of its rejected-rows file.
    public var header: [String]
    /// Each column's header as written and its 1-based position, by key, for naming it in issues.
    var columns: [String: (header: String, number: Int)]

    /// Reads GeoJSON (a text starting with `{`), CSV or XLSX, told apart by the content.
    public static func read(_ data: Data, sheet: String? = nil) throws -> ParcelFileContents {
        isGeoJSON(data) ? try geoJSON(data) : try table(TableReader(data: data, sheet: sheet))
    }

    static func isGeoJSON(_ data: Data) -> Bool {
        var bytes = data.prefix(4096)[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        return bytes.first { ![0x20, 0x09, 0x0A, 0x0D].contains($0) } == 0x7B
    }

    static func geoJSON(_ data: Data) throws(GeoJSONError) -> ParcelFileContents {
        let (collection, indices, located) = try GeoJSONReader.readEach(data)
        let issues = located.map { ImportIssue(row: $0.row ?? 0, column: $0.column, reason: $0.reason) }
        var contents = ParcelFileContents(
            format: .geoJSON, entries: zip(indices, collection.features).map { Entry(row: $0, feature: $1, cells: []) },
            issues: issues, rejected: [], rowsRead: indices.count + Set(issues.map(\.row)).count,
            declaredCRS: collection.declaredCRS, header: ["feature"], columns: [:])
        for row in Set(issues.map(\.row)).sorted() {
            contents.rejected.append(RejectedRow(row: row, cells: ["\(row)"],
                                                 reasons: issues.filter { $0.row == row }.map(\.message)))
        }
        // Each feature names its own parcel; a number twice in one file is a mistake in both.
        var firstIndex: [String: Int] = [:]
        for entry in contents.entries {
            guard let number = ParcelRecordReader.number(of: entry.feature) else { continue }
            if let first = firstIndex[number] {
                contents.reject(entry.row, issues: [ImportIssue(row: entry.row, column: ParcelField.number.rawValue, reason: BilingualText(
                    zh: "宗地编号与第 \(first) 个要素重复", en: "The parcel number repeats feature \(first)"))])
            } else {
                firstIndex[number] = entry.row
            }
        }
        return contents
    }

    static func table(_ table: TableReader) throws -> ParcelFileContents {
        let parsed = try ParcelTableFile.parse(table)
        var columns: [String: (header: String, number: Int)] = [:]
        if let mapping = try? HeaderMapping(headers: parsed.header, row: parsed.headerRow, spec: ParcelTableFile.spec) {
            for column in ParcelTableFile.spec.columns {
                if let ref = mapping.column(column.key) { columns[column.key] = (ref.header, ref.position + 1) }
            }
        }
        return ParcelFileContents(
            format: table.format == .xlsx ? .xlsx : .csv,
            entries: parsed.records.map { Entry(row: $0.row, feature: $0.record.feature, cells: $0.record.cells) },
            issues: parsed.issues, rejected: parsed.rejectedRows, rowsRead: parsed.rowsRead, declaredCRS: nil,
            header: parsed.header, columns: columns)
    }

    /// An issue at `row` in the column with `key` (a `ParcelField` key or `geometry`), named as
    /// the file names it.
    func issue(row: Int, key: String?, reason: BilingualText) -> ImportIssue {
        guard let key else { return ImportIssue(row: row, column: nil, reason: reason) }
        let column = columns[key]
        return ImportIssue(row: row, column: column?.header ?? key, columnNumber: column?.number, reason: reason)
    }

    /// Moves the entry at `row` to the rejected ones, with its issues.
    mutating func reject(_ row: Int, issues rowIssues: [ImportIssue]) {
        guard let index = entries.firstIndex(where: { $0.row == row }) else { return }
        let entry = entries.remove(at: index)
        issues += rowIssues
        rejected.append(RejectedRow(row: row, cells: format == .geoJSON ? ["\(row)"] : entry.cells, reasons: rowIssues.map(\.message)))
    }
}

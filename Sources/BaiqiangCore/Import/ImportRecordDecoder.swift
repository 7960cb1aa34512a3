/// Turns one validated row into a typed record for one kind of import file. Each capability's
/// importer supplies one; `ImportParser` does the rest (header, counts, duplicates, rejections).
public protocol ImportRecordDecoder {
    associatedtype Record: Sendable
    /// What must be unique within a file (e.g. credit code + year).
    associatedtype Key: Hashable

    /// Resolves the columns once, from the mapped header.
    init(mapping: HeaderMapping)

    /// Reads the row's cells; returns nil when any cell was wrong (the reader holds the issues).
    func decode(_ row: inout RowReader) -> Record?

    func key(of record: Record) -> Key

    /// How the key reads in a message, e.g. `91440…/2023`.
    func describe(_ key: Key) -> String
}

/// One record and the row it came from.
public struct ImportedRow<Record: Sendable>: Sendable {
    public let row: Int
    public let record: Record
}

/// A row that was not accepted: its original cells (for the rejected-rows file) and why.
public struct RejectedRow: Sendable, Hashable {
    public let row: Int
    public let cells: [String]
    public let reasons: [BilingualText]
}

/// Everything a parse found: the valid records, every issue, and the rejected rows with their
/// cells, so the caller can apply all-or-nothing or, with `--partial`, the valid part.
public struct ImportParseResult<Record: Sendable>: Sendable {
    public var header: [String]
    public var headerRow: Int
    public var records: [ImportedRow<Record>]
    public var issues: [ImportIssue]
    public var rejectedRows: [RejectedRow]
    public var rowsRead: Int
    public var format: TableFormat
    public var encoding: TextEncoding?

    /// Whether every row was valid (so an all-or-nothing import may proceed).
    public var isClean: Bool { issues.isEmpty }

    /// A report for what was parsed; the caller fills in inserted and updated after applying.
    public func report(inserted: Int = 0, updated: Int = 0) -> ImportReport {
        ImportReport(rowsRead: rowsRead, inserted: inserted, updated: updated, rejected: rejectedRows.count,
                     issues: issues, encoding: encoding)
    }
}

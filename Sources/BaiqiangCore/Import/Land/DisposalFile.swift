import Foundation

/// The disposals file (低效用地处置导入文件): one disposal a row, the action in Chinese or by its
/// code, the area in mu; the status left blank is planned.
public enum DisposalFile {
    public static let spec = ImportFileSpec(
        name: BilingualText(zh: "用地处置", en: "Land disposals"),
        columns: [
            ImportColumn(DisposalField.parcelNumber.rawValue, chinese: ["宗地编号", "宗地号"], kind: .text(nonEmpty: true, field: .code)),
            ImportColumn(DisposalField.action.rawValue, chinese: ["处置方式"], kind: .text(nonEmpty: true, field: .code)),
            ImportColumn(DisposalField.areaMu.rawValue, chinese: ["处置面积(亩)", "处置面积"], kind: .nonNegativeDecimal),
            ImportColumn(DisposalField.started.rawValue, chinese: ["开始日期"], kind: .text(nonEmpty: true, field: .code)),
            ImportColumn(DisposalField.plannedCompletion.rawValue, chinese: ["计划完成日期"], required: false, kind: .text(nonEmpty: false, field: .code)),
            ImportColumn(DisposalField.completed.rawValue, chinese: ["完成日期"], required: false, kind: .text(nonEmpty: false, field: .code)),
            ImportColumn(DisposalField.status.rawValue, chinese: ["状态", "处置状态"], required: false, kind: .text(nonEmpty: false, field: .code)),
            ImportColumn(DisposalField.responsibleUnit.rawValue, chinese: ["责任单位"], required: false, kind: .text(nonEmpty: false, field: .name)),
            ImportColumn(DisposalField.note.rawValue, chinese: ["备注"], required: false, kind: .text(nonEmpty: false, field: .note)),
            ImportColumn(DisposalField.withdrawnReason.rawValue, chinese: ["撤销原因"], required: false, kind: .text(nonEmpty: false, field: .note)),
            ImportColumn(DisposalField.plotRatioAfter.rawValue, chinese: ["处置后容积率"], required: false, kind: .nonNegativeDecimal),
            ImportColumn(DisposalField.taxPerMuAfter.rawValue, chinese: ["处置后亩均税收(万元/亩)", "处置后亩均税收"], required: false, kind: .nonNegativeDecimal),
        ],
        keyColumns: [DisposalField.parcelNumber.rawValue, DisposalField.started.rawValue])

    /// A template to fill in: the Chinese header, then one example row (CSV, UTF-8 with BOM so
    /// Excel shows the Chinese).
    public static var template: [UInt8] {
        var writer = CSVWriter(reservingCapacity: 512)
        for header in spec.chineseHeader { writer.field(header) }
        writer.endRecord()
        for cell in ["P-0001", DisposalAction.technicalUpgrade.label.zh, "12.5", "2025-03-01", "2025-12-31", "",
                     DisposalStatus.inProgress.label.zh, "共和镇", "", "", "", ""] {
            writer.field(cell)
        }
        writer.endRecord()
        return [0xEF, 0xBB, 0xBF] + writer.bytes
    }

    public static func parse(_ data: Data, sheet: String? = nil) throws -> ImportParseResult<DisposalRow> {
        // The file names no industry or town, so the reference tables are left empty.
        let reference = ImportReferenceData(industries: try IndustryClassification(categories: []), towns: nil)
        return try ImportParser.parse(data, as: DisposalRowDecoder.self, spec: spec, reference: reference, sheet: sheet)
    }

    /// The parsed rows checked against the parcels (`parcelAreas`, by number, of the county) and
    /// the disposals already stored for them, and against the file's earlier rows: the rows that
    /// pass, and an issue on its row and column for each that does not.
    public static func check(_ rows: [ImportedRow<DisposalRow>], parcelAreas: [String: LandArea],
                             stored: [String: [Disposal]]) -> (accepted: [ImportedRow<DisposalRow>], issues: [ImportIssue]) {
        var accepted: [ImportedRow<DisposalRow>] = []
        var issues: [ImportIssue] = []
        var recorded = stored
        for row in rows {
            let disposal = row.record.disposal
            let number = disposal.parcelNumber
            guard let area = parcelAreas[number] else {
                issues.append(row.record.issue(row.row, .parcelNumber, BilingualText(zh: "没有宗地“\(number)”", en: "No parcel '\(number)'")))
                continue
            }
            let found = DisposalCheck.issues(disposal, parcelArea: area, others: recorded[number] ?? [])
            guard found.isEmpty else {
                issues += found.map { issue in
                    row.record.issue(row.row, issue.column.flatMap(DisposalField.init(rawValue:)) ?? .parcelNumber, issue.reason)
                }
                continue
            }
            recorded[number, default: []].append(disposal)
            accepted.append(row)
        }
        return (accepted, issues)
    }
}

extension DisposalFile {
    /// The rows refused when reading (`parsed`) or when checked against the parcels (`checked`),
    /// as the file had them plus their reasons, for `--partial`.
    public static func rejectedFile(_ data: Data, sheet: String?, parsed: ImportParseResult<DisposalRow>,
                                    checked: [ImportIssue]) throws -> [UInt8] {
        let reasons = checked.reduce(into: [Int: [BilingualText]]()) { $0[$1.row, default: []].append($1.reason) }
        var cells: [Int: [String]] = [:]
        if !reasons.isEmpty {
            try TableReader(data: data, sheet: sheet).read(header: { _, _ in }, row: { row, values in
                if reasons[row] != nil { cells[row] = values.strings }
            })
        }
        let rows = parsed.rejectedRows + reasons.keys.map { RejectedRow(row: $0, cells: cells[$0] ?? [], reasons: reasons[$0] ?? []) }
        return RejectedRowsWriter.csv(header: parsed.header, rows: rows.sorted { $0.row < $1.row })
    }
}

/// One row of a disposals file: the disposal and where each of its fields sits in the file, so
/// a later check can name the column as the file writes it.
public struct DisposalRow: Sendable {
    public let disposal: Disposal
    let columns: [DisposalField: ImportColumnRef]

    func issue(_ row: Int, _ field: DisposalField, _ reason: BilingualText) -> ImportIssue {
        let column = columns[field]
        return ImportIssue(row: row, column: column?.header ?? field.rawValue, columnNumber: column.map { $0.position + 1 }, reason: reason)
    }
}

/// Reads a disposals row through `DisposalInput`, so a file and a form read a disposal alike.
public struct DisposalRowDecoder: ImportRecordDecoder {
    let columns: [DisposalField: ImportColumnRef]

    public init(mapping: HeaderMapping) {
        var columns: [DisposalField: ImportColumnRef] = [:]
        for field in DisposalField.allCases {
            if let column = mapping.column(field.rawValue) { columns[field] = column }
        }
        self.columns = columns
    }

    public func decode(_ row: inout RowReader) -> DisposalRow? {
        var values: [DisposalField: String] = [:]
        for (field, column) in columns {
            let kind = column.column.kind
            if case .text(_, let limit) = kind {
                guard let text = row.optionalText(column, limit) else { continue }
                values[field] = text
            } else {
                values[field] = row.text(column)
            }
        }
        guard !row.hasIssues else { return nil }
        switch DisposalInput(values).disposal() {
        case .success(let disposal):
            return DisposalRow(disposal: disposal, columns: columns)
        case .failure(let error):
            for issue in error.issues {
                row.report(issue.column.flatMap(DisposalField.init(rawValue:)).flatMap { columns[$0] }, issue.reason)
            }
            return nil
        }
    }

    public func key(of record: DisposalRow) -> String {
        "\(record.disposal.parcelNumber)/\(record.disposal.started)"
    }

    public func describe(_ key: String) -> String { key }
}

/// Which file column holds which spec column, decided once from the header row (表头映射), in
/// whichever language (or mix) the header is written.
public struct HeaderMapping: Sendable {
    public let spec: ImportFileSpec
    /// The header texts as written in the file.
    public let headers: [String]
    /// The row the header is on (1 for CSV; the first non-blank row for XLSX).
    public let headerRow: Int
    /// For each spec column (same order as `spec.columns`), its 0-based position in the file, if present.
    public let positions: [Int?]
    /// File columns that map to no spec column (only with `.ignore`).
    public let ignoredColumns: [Int]

    /// What to do with a header that names no column of the spec.
    public enum UnknownColumnPolicy: Sendable {
        /// Report it: a misspelt header would otherwise drop its data silently.
        case reject
        /// Skip the column (for files with extra columns such as 序号).
        case ignore
    }

    /// Maps `headers` onto `spec`, reporting every missing required column, unknown column and
    /// duplicated column at once.
    public init(headers: [String], row: Int = 1, spec: ImportFileSpec,
                unknownColumns: UnknownColumnPolicy = .reject) throws(ImportHeaderError) {
        var lookup: [String: Int] = [:]
        for (index, column) in spec.columns.enumerated() {
            for header in column.normalisedHeaders { lookup[header] = index }
        }
        var positions = [Int?](repeating: nil, count: spec.columns.count)
        var ignored: [Int] = []
        var issues: [ImportIssue] = []
        for (position, header) in headers.enumerated() {
            let normalised = HeaderText.normalise(header)
            if normalised.isEmpty {
                issues.append(ImportIssue(row: row, column: XLSXCellReference.columnName(position), columnNumber: position + 1,
                    reason: BilingualText(zh: "第 \(position + 1) 列没有表头", en: "column \(position + 1) has no header")))
                continue
            }
            guard let index = lookup[normalised] else {
                switch unknownColumns {
                case .ignore:
                    ignored.append(position)
                case .reject:
                    issues.append(ImportIssue(row: row, column: header, columnNumber: position + 1,
                        reason: BilingualText(
                            zh: "未知的列“\(header)”；可用的列：\(spec.chineseHeader.joined(separator: "、"))",
                            en: "unknown column '\(header)'; the columns are: \(spec.englishHeader.joined(separator: ","))")))
                }
                continue
            }
            if let first = positions[index] {
                issues.append(ImportIssue(row: row, column: header, columnNumber: position + 1,
                    reason: BilingualText(
                        zh: "列“\(spec.columns[index].label.zh)”重复：第 \(first + 1) 列和第 \(position + 1) 列",
                        en: "column '\(spec.columns[index].englishHeader)' appears twice: columns \(first + 1) and \(position + 1)")))
                continue
            }
            positions[index] = position
        }
        for (index, column) in spec.columns.enumerated() where column.required && positions[index] == nil {
            issues.append(ImportIssue(row: row, column: column.englishHeader,
                reason: BilingualText(
                    zh: "缺少必需的列“\(column.label.zh)”（英文表头 \(column.englishHeader)）",
                    en: "the required column '\(column.englishHeader)' (中文 \(column.label.zh)) is missing")))
        }
        guard issues.isEmpty else { throw ImportHeaderError(issues: issues) }
        self.spec = spec
        self.headers = headers
        self.headerRow = row
        self.positions = positions
        self.ignoredColumns = ignored
    }

    /// The file position of a spec column, by key; nil when the file lacks it.
    public func position(of key: String) -> Int? {
        spec.columns.firstIndex { $0.key == key }.flatMap { positions[$0] }
    }

    /// A handle on a column for reading cells, resolved once per file; nil when the file lacks it.
    public func column(_ key: String) -> ImportColumnRef? {
        guard let index = spec.columns.firstIndex(where: { $0.key == key }), let position = positions[index] else { return nil }
        return ImportColumnRef(position: position, header: headers[position], column: spec.columns[index])
    }
}

/// A spec column located in a file: where it is and what its header says there.
public struct ImportColumnRef: Sendable, Hashable {
    public let position: Int
    /// The header as written in the file, used to name the column in issues.
    public let header: String
    public let column: ImportColumn
}

/// The header row does not fit the spec: every problem with it, each naming the column.
public struct ImportHeaderError: BilingualError, Equatable, Sendable {
    public let issues: [ImportIssue]

    public var message: BilingualText {
        BilingualText(
            zh: "表头有误：" + issues.map(\.message.zh).joined(separator: "；"),
            en: "The header is wrong: " + issues.map(\.message.en).joined(separator: "; "))
    }
}

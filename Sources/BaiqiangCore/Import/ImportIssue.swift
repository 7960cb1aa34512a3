/// One problem found in one row of an imported file (导入问题): the row as the user sees it in
/// Excel or an editor (the header is row 1), the column, and why.
public struct ImportIssue: Sendable, Hashable, Codable, CustomStringConvertible {
    /// 1-based row number in the file.
    public let row: Int
    /// The column's header as written in the file (Chinese or English); nil for a whole-row problem.
    public let column: String?
    /// 1-based column position; nil for a whole-row problem.
    public let columnNumber: Int?
    public let reason: BilingualText

    public init(row: Int, column: String?, columnNumber: Int? = nil, reason: BilingualText) {
        self.row = row
        self.column = column
        self.columnNumber = columnNumber
        self.reason = reason
    }

    /// "第 3 行，列“tax_wan”：…" / "Row 3, column 'tax_wan': …"
    public var message: BilingualText {
        let zhPlace = column.map { "第 \(row) 行，列“\($0)”：" } ?? "第 \(row) 行："
        let enPlace = column.map { "Row \(row), column '\($0)': " } ?? "Row \(row): "
        return BilingualText(zh: zhPlace + reason.zh, en: enPlace + reason.en)
    }

    public var description: String { "\(message.zh) / \(message.en)" }
}

/// Why an evaluation input was rejected, naming the row (the header is row 1) and the column.
public struct EvaluationInputError: BilingualError, Equatable, Sendable {
    public enum Reason: Equatable, Sendable {
        /// Not a CSV or XLSX file, or text in no supported encoding.
        case unreadableFile(ImportFileError)
        case malformedCSV(CSVError.Reason)
        case missingColumn
        case unknownColumn
        case duplicateColumn
        case wrongFieldCount(expected: Int, found: Int)
        case emptyCreditCode
        /// The example row of a template, sent back untouched.
        case exampleRow
        case duplicateCreditCode(code: String, firstRow: Int)
        case unknownScale(String)
        case notANumber(String)
        case notAYear(String)
        case negativeLand(String)
        case unknownFlag(String)
        /// A text cell longer than `FieldLimits` allows for its column.
        case tooLong(limit: Int)
        case noRows
    }

    public var reason: Reason
    public var row: Int?
    public var column: Int?
    public var columnName: String?
    /// The file's other problems, in file order, when it has more than this one.
    public var others: [EvaluationInputError] = []
    /// Problems found beyond `IssueListing.limit`, counted but not kept.
    public var unlisted = 0

    public init(_ reason: Reason, row: Int? = nil, column: Int? = nil, columnName: String? = nil) {
        self.reason = reason
        self.row = row
        self.column = column
        self.columnName = columnName
    }

    /// The first of `issues` carrying the rest; nil when there are none.
    init?(listing issues: [EvaluationInputError], unlisted: Int) {
        guard var first = issues.first else { return nil }
        first.others = Array(issues.dropFirst())
        first.unlisted = unlisted
        self = first
    }

    public var message: BilingualText {
        let detail = self.detail
        let more = others.count + unlisted
        guard more > 0 else { return BilingualText(zh: placeZh + detail.zh, en: placeEn + detail.en) }
        return BilingualText(
            zh: placeZh + detail.zh + "；另有 \(more) 处问题，未作任何更改",
            en: placeEn + detail.en + "; and \(more) more \(more == 1 ? "problem" : "problems"), nothing was changed")
    }

    private var placeZh: String {
        var place = ""
        if let row { place += "第 \(row) 行" }
        if let column { place += "第 \(column) 列" }
        if let columnName { place += "（\(columnName)）" }
        return place.isEmpty ? "" : place + "："
    }

    private var placeEn: String {
        var parts: [String] = []
        if let row { parts.append("row \(row)") }
        if let column { parts.append("column \(column)") }
        var place = parts.joined(separator: ", ")
        if let columnName { place += place.isEmpty ? "column \(columnName)" : " (\(columnName))" }
        guard !place.isEmpty else { return "" }
        return place.prefix(1).uppercased() + place.dropFirst() + ": "
    }

    private var detail: BilingualText {
        switch reason {
        case .unreadableFile(let error):
            error.message
        case .malformedCSV(let reason):
            CSVError(reason, row: row ?? 0, column: column ?? 0).reasonText
        case .missingColumn:
            BilingualText(zh: "表头缺少此列", en: "the header lacks this column")
        case .unknownColumn:
            BilingualText(zh: "表头中有未知列", en: "the header has an unknown column")
        case .duplicateColumn:
            BilingualText(zh: "表头中此列重复", en: "the header repeats this column")
        case .wrongFieldCount(let expected, let found):
            BilingualText(zh: "应有 \(expected) 个字段，实际有 \(found) 个",
                          en: "expected \(expected) fields, found \(found)")
        case .emptyCreditCode:
            BilingualText(zh: "统一社会信用代码不能为空", en: "the credit code is empty")
        case .exampleRow:
            ImportTemplate.exampleRowReason
        case .duplicateCreditCode(let code, let firstRow):
            BilingualText(zh: "统一社会信用代码 \(code) 与第 \(firstRow) 行重复",
                          en: "credit code \(code) already appears on row \(firstRow)")
        case .unknownScale(let value):
            BilingualText(zh: "规模“\(value)”无效（应为 above/规上 或 below/规下）",
                          en: "scale “\(value)” is not valid (expected above/规上 or below/规下)")
        case .notANumber(let value):
            BilingualText(zh: "“\(value)”不是数字", en: "“\(value)” is not a number")
        case .notAYear(let value):
            BilingualText(zh: "“\(value)”不是年份", en: "“\(value)” is not a year")
        case .negativeLand(let value):
            BilingualText(zh: "用地面积不能为负数：\(value)", en: "land must not be negative: \(value)")
        case .unknownFlag(let value):
            BilingualText(zh: "未知标记“\(value)”（应为 veto、utility 或 upgraded，以分号分隔）",
                          en: "unknown flag “\(value)” (expected veto, utility or upgraded, separated by ;)")
        case .tooLong(let limit):
            BilingualText(zh: "不能超过 \(limit) 个字符", en: "must be at most \(limit) characters")
        case .noRows:
            BilingualText(zh: "文件中没有任何企业数据行", en: "the file has no firm rows")
        }
    }
}

extension EvaluationInputError: LocatedIssues {
    public var locatedIssues: [LocatedIssue] {
        ([self] + others).map { issue in
            LocatedIssue(row: issue.row, column: issue.columnName ?? issue.column.map { "\($0)" }, reason: issue.detail)
        }
    }

    public var unlistedIssueCount: Int { unlisted }
}

extension CSVError {
    /// The reason alone, for messages that state the place themselves.
    var reasonText: BilingualText {
        switch reason {
        case .unterminatedQuote:
            BilingualText(zh: "引号字段直到文件结尾都没有闭合", en: "a quoted field is not closed before the end of the file")
        case .textAfterClosingQuote:
            BilingualText(zh: "闭合引号后面只能是逗号或换行", en: "a closing quote must be followed by a comma or a line end")
        case .tooManyFields:
            BilingualText(zh: "一行超过 \(CSVScanner.maximumFields) 列", en: "a row has more than \(CSVScanner.maximumFields) fields")
        }
    }
}

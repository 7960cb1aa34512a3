/// A malformed CSV file (RFC 4180), located by row and column.
///
/// `row` is the 1-based physical line where the record starts (the header is row 1), which is
/// what a spreadsheet or a text editor shows; `column` is 1-based.
public struct CSVError: BilingualError, Equatable, Sendable {
    public enum Reason: Equatable, Sendable {
        /// A quoted field is still open at the end of the file.
        case unterminatedQuote
        /// A closing quote is followed by something other than a comma or a line end.
        case textAfterClosingQuote
        /// A record has more fields than `CSVScanner.maximumFields`: a line of commas, not a table.
        case tooManyFields
    }

    public var reason: Reason
    public var row: Int
    public var column: Int

    public init(_ reason: Reason, row: Int, column: Int) {
        self.reason = reason
        self.row = row
        self.column = column
    }

    public var message: BilingualText {
        switch reason {
        case .unterminatedQuote:
            BilingualText(
                zh: "第 \(row) 行第 \(column) 列：引号字段直到文件结尾都没有闭合",
                en: "Row \(row), column \(column): a quoted field is not closed before the end of the file")
        case .textAfterClosingQuote:
            BilingualText(
                zh: "第 \(row) 行第 \(column) 列：闭合引号后面只能是逗号或换行",
                en: "Row \(row), column \(column): a closing quote must be followed by a comma or a line end")
        case .tooManyFields:
            BilingualText(
                zh: "第 \(row) 行超过 \(CSVScanner.maximumFields) 列",
                en: "Row \(row) has more than \(CSVScanner.maximumFields) fields")
        }
    }
}

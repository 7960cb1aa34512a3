/// Why a whole file could not be read (as opposed to an `ImportIssue` in one row): nothing is
/// imported from it.
public struct ImportFileError: BilingualError, Equatable, Sendable {
    public enum Reason: Equatable, Sendable {
        /// Neither a CSV text file nor an XLSX workbook (an old .xls, a PDF, an image…).
        case notCSVOrXLSX
        /// Not valid UTF-8 and not valid GB18030 either.
        case undecodableText
        /// The file has no header row.
        case empty
        /// A CSV syntax error (an unclosed quote…), located by row and column.
        case malformedCSV(CSVError)
        /// The XLSX container or one of its XML parts is broken.
        case malformedXLSX(String)
        /// The named sheet is not in the workbook.
        case sheetNotFound(name: String, available: [String])
        /// Merged cells cover the header row, so a column's name cannot be known.
        case mergedHeaderCells(range: String)
    }

    public let reason: Reason

    public init(_ reason: Reason) {
        self.reason = reason
    }

    public var message: BilingualText {
        switch reason {
        case .notCSVOrXLSX:
            BilingualText(
                zh: "文件既不是 CSV 也不是 XLSX（如为 .xls，请在 Excel 中另存为 .xlsx 或 CSV）",
                en: "The file is neither CSV nor XLSX (an .xls file must be saved as .xlsx or CSV first)")
        case .undecodableText:
            BilingualText(
                zh: "无法识别文件编码：只支持 UTF-8（可带 BOM）和 GB18030/GBK",
                en: "Cannot decode the file: only UTF-8 (with or without BOM) and GB18030/GBK are supported")
        case .empty:
            BilingualText(zh: "文件为空，没有表头行", en: "The file is empty: there is no header row")
        case .malformedCSV(let error):
            error.message
        case .malformedXLSX(let detail):
            BilingualText(zh: "XLSX 文件已损坏：\(detail)", en: "The XLSX file is damaged: \(detail)")
        case .sheetNotFound(let name, let available):
            BilingualText(
                zh: "工作簿中没有名为“\(name)”的工作表（现有：\(available.joined(separator: "、"))）",
                en: "The workbook has no sheet named '\(name)' (it has: \(available.joined(separator: ", ")))")
        case .mergedHeaderCells(let range):
            BilingualText(
                zh: "表头行有合并单元格（\(range)），无法确定各列名称；请取消合并，每列一个表头",
                en: "The header row has merged cells (\(range)), so column names are ambiguous; unmerge them, one header per column")
        }
    }
}

/// A value to write into an XLSX cell.
public enum XLSXCellValue: Sendable, Hashable {
    case text(String)
    case number(Double)
    case integer(Int)
    case boolean(Bool)
    case empty
}

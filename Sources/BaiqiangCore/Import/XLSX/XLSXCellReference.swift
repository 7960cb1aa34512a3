/// A1-style cell references (单元格引用) as XLSX writes them: letters for the column, digits for the row.
public enum XLSXCellReference {
    /// The 0-based column of a reference: `A1` → 0, `Z9` → 25, `AA12` → 26. Nil when there are no letters.
    public static func columnIndex(_ reference: String) -> Int? {
        var index = 0
        var letters = 0
        for b in reference.utf8 {
            let upper = b & ~0x20
            guard upper >= UInt8(ascii: "A"), upper <= UInt8(ascii: "Z") else { break }
            index = index * 26 + Int(upper - UInt8(ascii: "A")) + 1
            letters += 1
            if letters > 3 { return nil }  // Excel stops at XFD (16,384 columns)
        }
        return letters == 0 ? nil : index - 1
    }

    /// The 1-based row of a reference: `AA12` → 12. Nil when there are no digits.
    public static func rowNumber(_ reference: String) -> Int? {
        let digits = reference.utf8.drop { !($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")) }
        guard !digits.isEmpty, digits.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else { return nil }
        return Int(String(decoding: digits, as: UTF8.self))
    }

    /// The letters of a 0-based column: 0 → `A`, 26 → `AA`.
    public static func columnName(_ index: Int) -> String {
        var n = index + 1
        var letters: [UInt8] = []
        while n > 0 {
            let remainder = (n - 1) % 26
            letters.append(UInt8(ascii: "A") + UInt8(remainder))
            n = (n - 1) / 26
        }
        return String(decoding: letters.reversed(), as: UTF8.self)
    }

    /// A range `A1:C2` as first and last (row, column), both 1-based rows and 0-based columns.
    static func range(_ text: String) -> (firstRow: Int, lastRow: Int, firstColumn: Int, lastColumn: Int)? {
        let parts = text.split(separator: ":").map(String.init)
        guard let first = parts.first, let firstRow = rowNumber(first), let firstColumn = columnIndex(first) else { return nil }
        let last = parts.count > 1 ? parts[1] : first
        guard let lastRow = rowNumber(last), let lastColumn = columnIndex(last) else { return nil }
        return (firstRow, lastRow, firstColumn, lastColumn)
    }
}

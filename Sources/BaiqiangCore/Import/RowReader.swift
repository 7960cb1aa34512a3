/// Reads one data row's cells as typed values (单元格解析), recording an `ImportIssue` for every
/// cell that is wrong instead of stopping at the first, so a row reports all its problems.
///
/// Numbers are parsed from the cell's bytes; no `String` is made for a well-formed number.
public struct RowReader {
    public let row: Int
    public let cells: TableCells
    public let reference: ImportReferenceData
    public private(set) var issues: [ImportIssue] = []

    public init(row: Int, cells: TableCells, reference: ImportReferenceData) {
        self.row = row
        self.cells = cells
        self.reference = reference
    }

    public var hasIssues: Bool { !issues.isEmpty }

    public mutating func report(_ column: ImportColumnRef?, _ reason: BilingualText) {
        issues.append(ImportIssue(row: row, column: column?.header, columnNumber: column.map { $0.position + 1 }, reason: reason))
    }

    /// Whether the cell is empty or blank (an absent optional column counts as empty).
    public func isEmpty(_ column: ImportColumnRef?) -> Bool {
        guard let column, column.position < cells.count else { return true }
        return cells.withBytes(column.position) { ByteText.trimmed($0).isEmpty }
    }

    /// The cell's text with surrounding spaces removed; "" for an absent column.
    public func text(_ column: ImportColumnRef?) -> String {
        guard let column, column.position < cells.count else { return "" }
        return cells.withBytes(column.position) { String(decoding: ByteText.trimmed($0), as: UTF8.self) }
    }

    /// Text that must not be blank, nor longer than `field` allows (when given).
    public mutating func requiredText(_ column: ImportColumnRef?, _ field: TextFieldKind? = nil) -> String? {
        if let field, !fits(column, field) { return nil }
        let value = text(column)
        if value.isEmpty {
            report(column, BilingualText(zh: "不能为空", en: "must not be empty"))
            return nil
        }
        return value
    }

    /// Text that may be blank (nil then), but not longer than `field` allows.
    public mutating func optionalText(_ column: ImportColumnRef?, _ field: TextFieldKind) -> String? {
        guard fits(column, field) else { return nil }
        let value = text(column)
        return value.isEmpty ? nil : value
    }

    /// Whether the cell is within the field's maximum length; reports it when not. Checked on
    /// the cell's bytes, so an oversized cell never becomes a string.
    private mutating func fits(_ column: ImportColumnRef?, _ field: TextFieldKind) -> Bool {
        guard let column, column.position < cells.count else { return true }
        if cells.withBytes(column.position, { FieldLimits.fits(utf8: ByteText.trimmed($0), field) }) { return true }
        report(column, FieldLimits.tooLong(field))
        return false
    }

    /// A number ≥ 0; nil for an empty cell (reported when `required`) or a wrong one (reported).
    public mutating func nonNegativeDecimal(_ column: ImportColumnRef?, required: Bool = false) -> Double? {
        guard let column, !isEmpty(column) else {
            if required { report(column, BilingualText(zh: "不能为空", en: "must not be empty")) }
            return nil
        }
        guard let value = cells.withBytes(column.position, CellNumber.decimal) else {
            let shown = text(column)
            report(column, BilingualText(zh: "“\(shown)”不是数字", en: "'\(shown)' is not a number"))
            return nil
        }
        guard value >= 0 else {
            report(column, BilingualText(zh: "不能为负数（\(text(column))）", en: "must not be negative (\(text(column)))"))
            return nil
        }
        guard value <= FieldLimits.maximumMagnitude else { return tooLarge(column) }
        return value
    }

    private mutating func tooLarge<T>(_ column: ImportColumnRef?) -> T? {
        let limit = FieldLimits.format(FieldLimits.maximumMagnitude)
        report(column, BilingualText(zh: "不能大于 \(limit)", en: "must not be larger than \(limit)"))
        return nil
    }

    /// A number within `range` (coordinates, shares); nil for an empty cell or a wrong one (reported).
    public mutating func decimal(_ column: ImportColumnRef?, in range: ClosedRange<Double>) -> Double? {
        guard let column, !isEmpty(column) else { return nil }
        guard let value = cells.withBytes(column.position, CellNumber.decimal) else {
            let shown = text(column)
            report(column, BilingualText(zh: "“\(shown)”不是数字", en: "'\(shown)' is not a number"))
            return nil
        }
        guard range.contains(value) else {
            report(column, BilingualText(
                zh: "\(text(column)) 超出范围 \(range.lowerBound)–\(range.upperBound)",
                en: "\(text(column)) is outside \(range.lowerBound)–\(range.upperBound)"))
            return nil
        }
        return value
    }

    /// A whole number ≥ 0; `12.0` as Excel may store it is accepted.
    public mutating func nonNegativeInteger(_ column: ImportColumnRef?, required: Bool = false) -> Int? {
        guard let column, !isEmpty(column) else {
            if required { report(column, BilingualText(zh: "不能为空", en: "must not be empty")) }
            return nil
        }
        guard let value = cells.withBytes(column.position, CellNumber.integer) else {
            let shown = text(column)
            report(column, BilingualText(zh: "“\(shown)”不是整数", en: "'\(shown)' is not a whole number"))
            return nil
        }
        guard value >= 0 else {
            report(column, BilingualText(zh: "不能为负数（\(value)）", en: "must not be negative (\(value))"))
            return nil
        }
        guard Double(value) <= FieldLimits.maximumMagnitude else { return tooLarge(column) }
        return value
    }

    /// A year within `reference.years`.
    public mutating func year(_ column: ImportColumnRef?) -> Int? {
        guard let column, !isEmpty(column) else {
            report(column, BilingualText(zh: "年份不能为空", en: "the year must not be empty"))
            return nil
        }
        let years = reference.years
        guard let value = cells.withBytes(column.position, CellNumber.integer) else {
            let shown = text(column)
            report(column, BilingualText(zh: "“\(shown)”不是年份", en: "'\(shown)' is not a year"))
            return nil
        }
        guard years.contains(value) else {
            report(column, BilingualText(
                zh: "年份 \(value) 超出范围 \(years.lowerBound)–\(years.upperBound)",
                en: "year \(value) is outside \(years.lowerBound)–\(years.upperBound)"))
            return nil
        }
        return value
    }

    /// A month, 1–12.
    public mutating func month(_ column: ImportColumnRef?) -> Int? {
        guard let column, !isEmpty(column) else {
            report(column, BilingualText(zh: "月份不能为空", en: "the month must not be empty"))
            return nil
        }
        guard let value = cells.withBytes(column.position, CellNumber.integer), (1...12).contains(value) else {
            let shown = text(column)
            report(column, BilingualText(zh: "“\(shown)”不是 1–12 的月份", en: "'\(shown)' is not a month 1–12"))
            return nil
        }
        return value
    }

    /// 1/0, 是/否, true/false, yes/no, Y/N; nil for an empty cell (reported when `required`).
    public mutating func boolean(_ column: ImportColumnRef?, required: Bool = false) -> Bool? {
        guard let column, !isEmpty(column) else {
            if required { report(column, BilingualText(zh: "不能为空", en: "must not be empty")) }
            return nil
        }
        let value = text(column)
        guard let flag = Self.flag(value) else {
            report(column, Self.notAFlag(value))
            return nil
        }
        return flag
    }

    /// A yes/no cell as every import reads it (1/0, 是/否, true/false, yes/no); nil when it is none.
    public static func flag(_ value: String) -> Bool? {
        switch value.trimmingCharacters(in: .whitespaces).lowercased() {
        case "1", "是", "true", "yes", "y", "1.0": true
        case "0", "否", "false", "no", "n", "0.0": false
        default: nil
        }
    }

    /// Why a cell is not a yes/no value.
    public static func notAFlag(_ value: String) -> BilingualText {
        BilingualText(zh: "“\(value)”应为 1 或 0（是/否）", en: "'\(value)' must be 1 or 0 (是/否)")
    }

    /// A unified social credit code with a correct check character.
    public mutating func creditCode(_ column: ImportColumnRef?) -> CreditCode? {
        if let column, column.position < cells.count {
            let canonical: String? = cells.withBytes(column.position) { bytes in
                CreditCodeBytes.isValidCanonical(bytes) ? String(decoding: bytes, as: UTF8.self) : nil
            }
            if let canonical { return CreditCode(checkedCanonical: canonical) }
        }
        guard let value = requiredText(column) else { return nil }
        do {
            return try CreditCode(value)
        } catch {
            report(column, error.message)
            return nil
        }
    }

    /// A credit code of a firm the registry holds, when the reference data names them.
    public mutating func registeredFirm(_ column: ImportColumnRef?) -> CreditCode? {
        guard let code = creditCode(column) else { return nil }
        if let registered = reference.registeredFirms, !registered.contains(code.value) {
            report(column, BilingualText(
                zh: "企业 \(code.value) 不在企业名录中，请先导入企业或年度数据",
                en: "firm \(code.value) is not in the registry; import it or its yearly figures first"))
            return nil
        }
        return code
    }

    /// A code of the industry table; `C3981` and `3981` both give class 3981.
    public mutating func industry(_ column: ImportColumnRef?, required: Bool = true) -> IndustryCategory? {
        guard let column, !isEmpty(column) else {
            if required { report(column, BilingualText(zh: "行业代码不能为空", en: "the industry code must not be empty")) }
            return nil
        }
        // A code typed into an Excel number cell has lost its leading zero (0111 → 111); firms
        // are classified at the 4-digit class level, so such a number is read as a class code.
        if cells.isNumeric(column.position) {
            let digits = text(column)
            if (1...3).contains(digits.count), digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber) {
                let padded = String(repeating: "0", count: 4 - digits.count) + digits
                if let found = reference.industries.category(padded) { return found }
            }
        }
        // Fast path: the plain code exactly as the table has it.
        if let found = cells.withBytes(column.position, { reference.industries.category(bytes: $0) }) { return found }
        do {
            return try reference.industries.validate(text(column))
        } catch {
            report(column, error.message)
            return nil
        }
    }

    /// The leader a cell links (挂钩领导), by account: an absent column or `LeaderChoice.keepValue`
    /// keeps the stored link, a blank cell links none, and any other name must be one of the
    /// supplied leader accounts. Nil when the cell is refused.
    public mutating func leaderChoice(_ column: ImportColumnRef?) -> LeaderChoice? {
        guard let column else { return .keep }
        guard fits(column, .username) else { return nil }
        let choice = LeaderChoice(field: text(column))
        if case .account(let username) = choice, let leaders = reference.leaderAccounts, !leaders.contains(username) {
            report(column, UnknownLeader(username: username).message)
            return nil
        }
        return choice
    }

    /// One of the supplied towns.
    public mutating func town(_ column: ImportColumnRef?) -> String? {
        // Fast path: the cell's bytes are one of the towns as written; its stored string is reused.
        if let column, column.position < cells.count,
           let known = cells.withBytes(column.position, { reference.town(matching: ByteText.trimmed($0)) }) {
            return known
        }
        guard let value = requiredText(column) else { return nil }
        if let towns = reference.towns, !towns.contains(value) {
            let known = towns.sorted().prefix(20).joined(separator: "、")
            report(column, BilingualText(zh: "未知的镇街“\(value)”（可用：\(known)）", en: "unknown town '\(value)' (known: \(known))"))
            return nil
        }
        return value
    }
}

/// Byte-level helpers for cell text.
enum ByteText {
    /// The bytes without surrounding ASCII spaces, tabs, and the UTF-8 ideographic space (U+3000).
    static func trimmed(_ bytes: UnsafeRawBufferPointer) -> UnsafeRawBufferPointer {
        var start = 0
        var end = bytes.count
        while true {
            if start < end, bytes[start] == ASCIIByte.space || bytes[start] == ASCIIByte.tab { start += 1; continue }
            if end - start >= 3, bytes[start] == 0xE3, bytes[start + 1] == 0x80, bytes[start + 2] == 0x80 { start += 3; continue }
            break
        }
        while true {
            if end > start, bytes[end - 1] == ASCIIByte.space || bytes[end - 1] == ASCIIByte.tab { end -= 1; continue }
            if end - start >= 3, bytes[end - 3] == 0xE3, bytes[end - 2] == 0x80, bytes[end - 1] == 0x80 { end -= 3; continue }
            break
        }
        return UnsafeRawBufferPointer(rebasing: bytes[start..<end])
    }
}

/// Number parsing for cells: the byte-level parser first, then the forms spreadsheets produce
/// (thousands separators `1,234.5`) on a slow path that only wrong-looking cells reach.
enum CellNumber {
    static func decimal(_ bytes: UnsafeRawBufferPointer) -> Double? {
        let trimmed = ByteText.trimmed(bytes)
        if let value = ASCIINumber.parseDouble(trimmed) { return value }
        guard trimmed.contains(ASCIIByte.comma) else { return nil }
        let withoutSeparators = trimmed.filter { $0 != ASCIIByte.comma }
        guard isGroupedNumber(trimmed) else { return nil }
        return ASCIINumber.parseDouble(withoutSeparators)
    }

    static func integer(_ bytes: UnsafeRawBufferPointer) -> Int? {
        let trimmed = ByteText.trimmed(bytes)
        if let value = ASCIINumber.parseInt(trimmed) { return value }
        guard let value = decimal(trimmed), value.rounded() == value, abs(value) < 1e15 else { return nil }
        return Int(value)
    }

    /// `1,234,567.5`: commas only between groups of three digits before the point.
    private static func isGroupedNumber(_ bytes: UnsafeRawBufferPointer) -> Bool {
        var digitsSinceComma = -1
        for b in bytes {
            if b == ASCIIByte.comma {
                guard digitsSinceComma == -1 ? true : digitsSinceComma == 3 else { return false }
                digitsSinceComma = 0
            } else if b == ASCIIByte.dot {
                break
            } else if b >= ASCIIByte.zero && b <= ASCIIByte.nine {
                if digitsSinceComma >= 0 { digitsSinceComma += 1 }
            }
        }
        return digitsSinceComma == 3
    }
}

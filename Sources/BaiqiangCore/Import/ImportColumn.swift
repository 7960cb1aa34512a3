/// What a column of an import file holds, which decides how its cells are checked.
public enum ImportValueKind: Sendable, Hashable {
    /// 统一社会信用代码, checked with `CreditCode`.
    case creditCode
    /// Free text; `nonEmpty` rejects a blank cell; `field` bounds its length (`FieldLimits`).
    case text(nonEmpty: Bool, field: TextFieldKind)
    /// A number ≥ 0 (amounts in 万元, tce, mu…).
    case nonNegativeDecimal
    /// A number within a range (coordinates, `FieldLimits.latitude`/`longitude`).
    case decimal(in: ClosedRange<Double>)
    /// A whole number ≥ 0 (staff).
    case nonNegativeInteger
    /// A year within the import's accepted range.
    case year
    /// A month, 1–12.
    case month
    /// 1/0, 是/否, true/false, Y/N.
    case boolean
    /// A GB/T 4754-2017 code.
    case industryCode
    /// One of the county's towns (镇街), as supplied to the import.
    case town
    /// A leader account's sign-in name (挂钩领导), one of the county's leader accounts; blank
    /// for none, `LeaderChoice.keepValue` to keep the link as stored.
    case leaderAccount
}

/// One column of an import file (导入列): its key in code, the header it has in English and the
/// headers a Chinese office writes for it, whether it must be present, and what it holds.
public struct ImportColumn: Sendable, Hashable {
    public let key: String
    public let englishHeader: String
    /// The preferred Chinese header first, then other wordings seen in real files.
    public let chineseHeaders: [String]
    public let required: Bool
    public let kind: ImportValueKind

    public init(_ key: String, english: String? = nil, chinese: [String], required: Bool = true, kind: ImportValueKind) {
        self.key = key
        self.englishHeader = english ?? key
        self.chineseHeaders = chinese
        self.required = required
        self.kind = kind
    }

    /// The column's name in both languages, for messages and templates.
    public var label: BilingualText {
        BilingualText(zh: chineseHeaders.first ?? englishHeader, en: englishHeader)
    }

    /// Every header text that names this column, normalised.
    var normalisedHeaders: [String] {
        ([englishHeader] + chineseHeaders).map(HeaderText.normalise)
    }
}

/// The columns of one kind of import file (导入文件规格), in their canonical order.
public struct ImportFileSpec: Sendable {
    public let name: BilingualText
    public let columns: [ImportColumn]
    /// The columns whose values must not repeat within one file (e.g. credit_code + year).
    public let keyColumns: [String]

    public init(name: BilingualText, columns: [ImportColumn], keyColumns: [String]) {
        self.name = name
        self.columns = columns
        self.keyColumns = keyColumns
    }

    public func column(_ key: String) -> ImportColumn? {
        columns.first { $0.key == key }
    }

    /// The English header row, exactly as a template or an export writes it.
    public var englishHeader: [String] { columns.map(\.englishHeader) }

    /// The preferred Chinese header row.
    public var chineseHeader: [String] { columns.map { $0.chineseHeaders.first ?? $0.englishHeader } }
}

/// How header texts are compared: what people vary without meaning anything by it (case,
/// spaces, full-width brackets, a stray BOM) is ignored.
enum HeaderText {
    static func normalise(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\u{FEFF}", " ", "\t", "\u{3000}", "\u{00A0}", "\r", "\n", "*":
                continue
            case "（": result.unicodeScalars.append("(")
            case "）": result.unicodeScalars.append(")")
            case "，": result.unicodeScalars.append(",")
            case "：": result.unicodeScalars.append(":")
            default:
                if scalar.isASCII, let lower = Character(scalar).lowercased().unicodeScalars.first {
                    result.unicodeScalars.append(lower)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }
}

/// What a template's notes (说明) say of one column: what it means, its unit, whether it must be
/// filled, and the rule a cell is held to. The rule is made from the same limits the importer
/// checks (`ImportValueKind`, `FieldLimits`, `TextFieldKind`), so changing a limit changes the
/// notes with it.
public struct ImportColumnNote: Sendable, Equatable {
    public var meaning: BilingualText
    public var unit: BilingualText?
    public var required: Bool
    public var rule: BilingualText

    public init(meaning: BilingualText, unit: BilingualText? = nil, required: Bool, rule: BilingualText) {
        self.meaning = meaning
        self.unit = unit
        self.required = required
        self.rule = rule
    }

    /// The notes sheet's header row.
    public static let header = [
        BilingualText(zh: "列", en: "Column"), BilingualText(zh: "含义", en: "Meaning"), BilingualText(zh: "单位", en: "Unit"),
        BilingualText(zh: "是否必填", en: "Required"), BilingualText(zh: "规则", en: "Rule"),
    ]

    /// A notes row for the column headed `header`, in `language`.
    public func row(header: String, _ language: Language) -> [String] {
        [header, meaning.text(for: language), unit?.text(for: language) ?? "",
         BilingualText(zh: required ? "必填" : "选填", en: required ? "required" : "optional").text(for: language),
         rule.text(for: language)]
    }

    /// The unit a column's key names by its suffix, as the import files name their columns.
    static func unit(ofKey key: String) -> BilingualText? {
        let units: [(suffix: String, unit: BilingualText)] = [
            ("_wan", BilingualText(zh: "万元", en: "10,000 yuan")), ("_yi", BilingualText(zh: "亿元", en: "100 million yuan")),
            ("_mu", BilingualText(zh: "亩", en: "mu")), ("_tce", BilingualText(zh: "吨标准煤", en: "tonnes of standard coal")),
            ("_wkwh", BilingualText(zh: "万千瓦时", en: "10,000 kWh")), ("_t", BilingualText(zh: "吨", en: "tonnes")),
            ("_percent", BilingualText(zh: "%", en: "%")), ("_m2", BilingualText(zh: "平方米", en: "square metres")),
        ]
        return units.first { key.hasSuffix($0.suffix) }?.unit
    }

    /// The rule of a text of `field`'s length, empty allowed or not.
    public static func textRule(_ field: TextFieldKind, nonEmpty: Bool) -> BilingualText {
        let limit = field.maximumLength
        return BilingualText(zh: (nonEmpty ? "不能为空，" : "") + "最多 \(limit) 个字符",
                             en: (nonEmpty ? "must not be empty; " : "") + "at most \(limit) characters")
    }

    /// The rule of a number between `range`'s bounds.
    public static func rangeRule(_ range: ClosedRange<Double>, integer: Bool = false) -> BilingualText {
        let low = FieldLimits.format(range.lowerBound), high = FieldLimits.format(range.upperBound)
        return BilingualText(zh: (integer ? "整数" : "数字") + "，\(low) 至 \(high)",
                             en: (integer ? "a whole number" : "a number") + " from \(low) to \(high)")
    }

    /// The rule of a cell holding one of `values`.
    public static func oneOf(_ values: [BilingualText]) -> BilingualText {
        BilingualText(zh: "取值之一：" + values.map(\.zh).joined(separator: "、"),
                      en: "one of: " + values.map(\.en).joined(separator: ", "))
    }
}

extension ImportValueKind {
    /// The rule the importer holds a cell of this kind to, in words.
    public var rule: BilingualText {
        switch self {
        case .creditCode:
            BilingualText(zh: "18 位统一社会信用代码，校验位须正确", en: "an 18-character unified social credit code with a valid check character")
        case .text(let nonEmpty, let field):
            ImportColumnNote.textRule(field, nonEmpty: nonEmpty)
        case .nonNegativeDecimal:
            ImportColumnNote.rangeRule(0...FieldLimits.maximumMagnitude)
        case .decimal(let range):
            ImportColumnNote.rangeRule(range)
        case .nonNegativeInteger:
            ImportColumnNote.rangeRule(0...FieldLimits.maximumMagnitude, integer: true)
        case .year:
            BilingualText(zh: "四位年份，如 2024", en: "a four-digit year, such as 2024")
        case .month:
            ImportColumnNote.rangeRule(1...12, integer: true)
        case .boolean:
            BilingualText(zh: "是/否（或 1/0）", en: "yes/no (or 1/0)")
        case .industryCode:
            BilingualText(zh: "GB/T 4754-2017 国民经济行业代码，如 3311", en: "a GB/T 4754-2017 industry code, such as 3311")
        case .town:
            BilingualText(zh: "本县的镇街，写名称或代码", en: "one of the county's towns, by name or code")
        case .leaderAccount:
            BilingualText(
                zh: "本县领导账号的登录名（最多 \(TextFieldKind.username.maximumLength) 个字符）；留空表示不挂钩；填“\(LeaderChoice.keepValue)”保留现有挂钩",
                en: "the sign-in name of one of the county's leader accounts (at most \(TextFieldKind.username.maximumLength) characters); "
                    + "blank for none; “\(LeaderChoice.keepValue)” keeps the link as stored")
        }
    }
}

extension ImportColumn {
    /// The column's notes, from its headers, key and kind.
    public var note: ImportColumnNote {
        ImportColumnNote(meaning: BilingualText(zh: "\(label.zh)（英文表头 \(englishHeader)）", en: "\(englishHeader) (中文表头 \(label.zh))"),
                         unit: ImportColumnNote.unit(ofKey: key), required: required, rule: kind.rule)
    }
}

/// The four levels of the industry classification (国民经济行业分类, GB/T 4754-2017).
public enum IndustryLevel: String, Sendable, CaseIterable, Codable, Comparable {
    /// 门类: one capital letter, A–T.
    case section
    /// 大类: two digits.
    case division
    /// 中类: three digits, the first two its division's.
    case group
    /// 小类: four digits, the first three its group's; the level firms are classified at.
    case `class`

    /// How many characters a code of this level has.
    public var codeLength: Int {
        switch self {
        case .section: 1
        case .division: 2
        case .group: 3
        case .class: 4
        }
    }

    public var name: BilingualText {
        switch self {
        case .section: BilingualText(zh: "门类", en: "section")
        case .division: BilingualText(zh: "大类", en: "division")
        case .group: BilingualText(zh: "中类", en: "group")
        case .class: BilingualText(zh: "小类", en: "class")
        }
    }

    public static func < (lhs: IndustryLevel, rhs: IndustryLevel) -> Bool {
        lhs.codeLength < rhs.codeLength
    }
}

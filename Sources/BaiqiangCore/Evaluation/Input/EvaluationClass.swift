/// The outcome for one firm: a class by rank (A/B/C/D), or not rated.
public enum EvaluationClass: String, CaseIterable, Sendable, Codable, Hashable, Comparable {
    case a = "A"
    case b = "B"
    case c = "C"
    case d = "D"
    /// Not rated (暂不评价): utilities and firms too new to judge.
    case t = "T"
    /// Outside the method's scope, e.g. a below-scale firm on less than 3 mu.
    case out

    /// How a page names the class: the letter for a rated class, words for the two that are not.
    public var name: BilingualText {
        switch self {
        case .a, .b, .c, .d: BilingualText(zh: rawValue, en: rawValue)
        case .t: BilingualText(zh: "T 暂不评价", en: "T not yet rated")
        case .out: BilingualText(zh: "不参评", en: "Out of scope")
        }
    }

    public var isRated: Bool {
        switch self {
        case .a, .b, .c, .d: true
        case .t, .out: false
        }
    }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        lhs.position < rhs.position
    }

    var position: Int {
        switch self {
        case .a: 0
        case .b: 1
        case .c: 2
        case .d: 3
        case .t: 4
        case .out: 5
        }
    }

    var bit: UInt8 { 1 << UInt8(position) }
}

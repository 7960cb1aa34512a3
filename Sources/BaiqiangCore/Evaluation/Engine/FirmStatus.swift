/// Whether a firm is ranked, and if not, why (rule 1 of the file contract).
public enum FirmStatus: String, Sendable, Codable, Hashable {
    case rated
    /// T: carries a not-rated flag (a utility, 公用事业).
    case notRatedFlag
    /// T: fewer years in production than the method's minimum.
    case notRatedNew
    /// out: on less land than its group's minimum (规下企业用地不足 3 亩), or land unknown.
    case outLand
    /// out: the method has no group for the firm's scale.
    case outNoGroup

    public var evaluationClass: EvaluationClass? {
        switch self {
        case .rated: nil
        case .notRatedFlag, .notRatedNew: .t
        case .outLand, .outNoGroup: .out
        }
    }
}

/// A step up the cultivation ladder (个转企、小升规、规改股、股上市): the four crossings the
/// county's plan counts each year.
public enum LadderStep: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// 个转企: a sole trader re-registers as an enterprise.
    case toCompany = "to_company"
    /// 小升规: an enterprise's revenue reaches the above-scale threshold.
    case toAboveScale = "to_above_scale"
    /// 规改股: an above-scale enterprise converts into a joint-stock company.
    case toJointStock = "to_joint_stock"
    /// 股上市: a joint-stock company lists its shares.
    case toListed = "to_listed"

    /// The rung the step arrives at.
    public var target: LadderStage {
        switch self {
        case .toCompany: .company
        case .toAboveScale: .aboveScale
        case .toJointStock: .jointStock
        case .toListed: .listed
        }
    }

    public static func < (lhs: LadderStep, rhs: LadderStep) -> Bool { lhs.target < rhs.target }

    public var name: BilingualText {
        switch self {
        case .toCompany: BilingualText(zh: "个转企", en: "Sole trader to company")
        case .toAboveScale: BilingualText(zh: "小升规", en: "Small to above-scale")
        case .toJointStock: BilingualText(zh: "规改股", en: "Above-scale to joint-stock")
        case .toListed: BilingualText(zh: "股上市", en: "Joint-stock to listed")
        }
    }
}

/// A rung of the cultivation ladder (培育梯队): 个体户 → 企业 → 规上企业 → 股份公司 → 上市公司.
/// A firm stands on the highest rung it has reached; the steps between rungs are `LadderStep`s.
public enum LadderStage: Int, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// 个体工商户: a sole trader, not yet a legal-person enterprise.
    case individual = 0
    /// 企业 (有限责任公司 and other legal-person enterprises) below the statistical scale.
    case company
    /// 规模以上工业企业 (规上): main business revenue ≥ 2000万元 in the year.
    case aboveScale
    /// 股份有限公司: converted to a joint-stock company (股份制改造).
    case jointStock
    /// 上市公司: its shares are listed on an exchange.
    case listed

    public static func < (lhs: LadderStage, rhs: LadderStage) -> Bool { lhs.rawValue < rhs.rawValue }

    public var name: BilingualText {
        switch self {
        case .individual: BilingualText(zh: "个体工商户", en: "Sole trader")
        case .company: BilingualText(zh: "企业", en: "Company")
        case .aboveScale: BilingualText(zh: "规上企业", en: "Above-scale firm")
        case .jointStock: BilingualText(zh: "股份公司", en: "Joint-stock company")
        case .listed: BilingualText(zh: "上市公司", en: "Listed company")
        }
    }
}

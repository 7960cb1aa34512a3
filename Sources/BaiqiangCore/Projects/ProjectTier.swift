/// The tiers the county's investment drive counts (争十亿项目、抢百亿企业, the plenary report of
/// 2022-12-20): a project of 10亿 or more (十亿项目) and an investor with revenue of 100亿 or
/// more (百亿企业). Computed from the figures, never typed in.
public struct ProjectTier: Sendable, Hashable, Codable {
    /// 十亿项目: planned investment of at least this many 亿元.
    public static let tenYiProjectMinimumYi = 10.0
    /// 百亿企业: investor revenue of at least this many 亿元.
    public static let hundredYiInvestorMinimumYi = 100.0

    public let isTenYiProject: Bool
    public let isHundredYiInvestor: Bool

    /// - Parameters:
    ///   - investmentYi: the project's planned investment (亿元).
    ///   - investorRevenueYi: the investor's yearly revenue (亿元), when known.
    public init(investmentYi: Double, investorRevenueYi: Double?) {
        isTenYiProject = investmentYi >= Self.tenYiProjectMinimumYi
        isHundredYiInvestor = (investorRevenueYi ?? 0) >= Self.hundredYiInvestorMinimumYi
    }
}

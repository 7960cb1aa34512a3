/// The indicators a statistics bureau publishes for each county-level unit (区县), monthly as a
/// cumulative figure since January (1–N月) and yearly, each as a value and a growth rate.
public enum RegionalIndicator: String, Sendable, Hashable, CaseIterable, Codable {
    case gdp
    /// 规上工业增加值
    case industrialValueAdded = "industrial_value_added"
    /// 规上工业总产值
    case industrialOutput = "industrial_output"
    /// 固定资产投资
    case fixedAssetInvestment = "fixed_asset_investment"
    /// 工业投资
    case industrialInvestment = "industrial_investment"
    /// 税收
    case taxRevenue = "tax_revenue"
    /// 工业用电量
    case industrialElectricity = "industrial_electricity"
    /// 实际利用外资
    case foreignInvestmentUsed = "foreign_investment_used"
    /// 一般公共预算收入
    case generalBudgetRevenue = "general_budget_revenue"
    /// 四上企业 count
    case fourAboveFirms = "four_above_firms"
    /// 四上企业 net increase in the period
    case fourAboveNetIncrease = "four_above_net_increase"
    /// 市场主体 (经营主体)
    case marketEntities = "market_entities"

    public var name: BilingualText {
        switch self {
        case .gdp: BilingualText(zh: "地区生产总值", en: "GDP")
        case .industrialValueAdded: BilingualText(zh: "规上工业增加值", en: "Above-scale industrial value added")
        case .industrialOutput: BilingualText(zh: "规上工业总产值", en: "Above-scale industrial output")
        case .fixedAssetInvestment: BilingualText(zh: "固定资产投资", en: "Fixed-asset investment")
        case .industrialInvestment: BilingualText(zh: "工业投资", en: "Industrial investment")
        case .taxRevenue: BilingualText(zh: "税收收入", en: "Tax revenue")
        case .industrialElectricity: BilingualText(zh: "工业用电量", en: "Industrial electricity use")
        case .foreignInvestmentUsed: BilingualText(zh: "实际利用外资", en: "Foreign investment actually used")
        case .generalBudgetRevenue: BilingualText(zh: "一般公共预算收入", en: "General public budget revenue")
        case .fourAboveFirms: BilingualText(zh: "四上企业数", en: "Four-above enterprises")
        case .fourAboveNetIncrease: BilingualText(zh: "四上企业净增数", en: "Net increase of four-above enterprises")
        case .marketEntities: BilingualText(zh: "市场主体数", en: "Market entities")
        }
    }

    public var unit: BilingualText {
        switch self {
        case .gdp, .industrialValueAdded, .industrialOutput, .fixedAssetInvestment, .industrialInvestment, .taxRevenue,
             .generalBudgetRevenue:
            BilingualText(zh: "亿元", en: "100 million yuan")
        case .foreignInvestmentUsed: BilingualText(zh: "亿美元", en: "100 million US dollars")
        case .industrialElectricity: BilingualText(zh: "亿千瓦时", en: "100 million kWh")
        case .fourAboveFirms, .fourAboveNetIncrease, .marketEntities: BilingualText(zh: "家", en: "firms")
        }
    }

    /// Whether the monthly figure adds up from January, so a later month can never be smaller.
    /// A count of firms or entities is a stock at the month's end and may fall; a net increase may
    /// be negative and shrink.
    public var isCumulativeFlow: Bool {
        switch self {
        case .fourAboveFirms, .fourAboveNetIncrease, .marketEntities: false
        default: true
        }
    }

    /// Whether a value below zero can be true (a net increase can be a decrease).
    public var allowsNegativeValue: Bool { self == .fourAboveNetIncrease }

    /// Reads the code or either name, as bulletin tables and templates write it.
    public init?(label: String) {
        let trimmed = label.trimmingCharacters(in: .whitespaces)
        if let byCode = RegionalIndicator(rawValue: trimmed.lowercased()) { self = byCode; return }
        guard let match = RegionalIndicator.allCases.first(where: {
            $0.name.zh == trimmed || $0.name.en.caseInsensitiveCompare(trimmed) == .orderedSame
        }) else { return nil }
        self = match
    }
}

/// A figure reported for a firm, named as its input column (the unit is in the name).
public enum FirmMeasure: String, CaseIterable, Sendable, Codable, Hashable {
    case landMu = "land_mu"
    case taxWan = "tax_wan"
    case valueAddedWan = "value_added_wan"
    case revenueWan = "revenue_wan"
    case energyTce = "energy_tce"
    case emissionT = "emission_t"
    case electricityWkwh = "electricity_wkwh"
    case rdWan = "rd_wan"
    case staff = "staff"

    /// The position of this measure's column in `EvaluationInput.measures`.
    public var index: Int {
        switch self {
        case .landMu: 0
        case .taxWan: 1
        case .valueAddedWan: 2
        case .revenueWan: 3
        case .energyTce: 4
        case .emissionT: 5
        case .electricityWkwh: 6
        case .rdWan: 7
        case .staff: 8
        }
    }

    public var name: BilingualText {
        switch self {
        case .landMu: BilingualText(zh: "用地面积（亩）", en: "land (mu)")
        case .taxWan: BilingualText(zh: "税收（万元）", en: "tax (10k yuan)")
        case .valueAddedWan: BilingualText(zh: "工业增加值（万元）", en: "value added (10k yuan)")
        case .revenueWan: BilingualText(zh: "主营业务收入（万元）", en: "main business revenue (10k yuan)")
        case .energyTce: BilingualText(zh: "综合能耗（吨标准煤）", en: "energy use (tce)")
        case .emissionT: BilingualText(zh: "主要污染物排放（吨）", en: "main pollutant emissions (t)")
        case .electricityWkwh: BilingualText(zh: "用电量（万千瓦时）", en: "electricity (10k kWh)")
        case .rdWan: BilingualText(zh: "研发经费（万元）", en: "R&D spending (10k yuan)")
        case .staff: BilingualText(zh: "年平均职工人数（人）", en: "average staff (persons)")
        }
    }
}

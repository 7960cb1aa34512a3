/// The yearly figures a firm reports (企业年度指标): the one list of them. Everything else is
/// derived from it: the yearly-figures import (its header mapping, checks and error messages), the
/// database columns the importer, the demo and the stores read and write, the API's JSON and its
/// OpenAPI description, the profile page's table, the evaluation's input file and the ladder.
///
/// Adding a figure is one edit here — a case, and its answers in the switches below — plus a
/// migration that adds its column (named `column`, nullable, `.double` or `.int` as `isInteger`
/// says) to `enterprise_year_figures`. No other file names the figures one by one.
///
/// The raw value is the figure's stable key: its database column, its JSON key, its English
/// header and its column in the evaluation file. The order of the cases is the order of the
/// statistics bureau's yearly file, and of every list derived from it.
public enum YearlyFigure: String, CaseIterable, Sendable, Codable, Hashable {
    case revenueWan = "revenue_wan"
    case outputWan = "output_wan"
    case valueAddedWan = "value_added_wan"
    case taxWan = "tax_wan"
    case electricityWkwh = "electricity_wkwh"
    case energyTce = "energy_tce"
    case emissionT = "emission_t"
    case rdWan = "rd_wan"
    case staff = "staff"
    case landMu = "land_mu"

    /// The database column, JSON key and English header.
    public var column: String { rawValue }

    /// The headers a Chinese office writes for it, the preferred one first (matched after
    /// `HeaderText.normalise`, so full-width brackets and spaces do not matter).
    public var chineseHeaders: [String] {
        switch self {
        case .revenueWan: ["营业收入(万元)", "营业收入", "主营业务收入(万元)"]
        case .outputWan: ["工业总产值(万元)", "工业总产值", "工业总产值(当年价格)(万元)"]
        case .valueAddedWan: ["工业增加值(万元)", "工业增加值"]
        case .taxWan: ["税收(万元)", "税收", "税收总额(万元)", "实缴税金(万元)"]
        case .electricityWkwh: ["用电量(万千瓦时)", "用电量", "用电量(万kWh)", "用电量(万千瓦·时)"]
        case .energyTce: ["综合能耗(吨标准煤)", "综合能耗", "综合能源消费量(吨标准煤)"]
        case .emissionT: ["主要污染物排放量(吨)", "主要污染物排放量", "污染物排放量(吨)"]
        case .rdWan: ["研发费用(万元)", "研发费用", "研究与试验发展经费(万元)", "R&D经费(万元)"]
        case .staff: ["从业人员(人)", "从业人员", "从业人员平均人数(人)", "从业人员期末人数(人)"]
        case .landMu: ["用地面积(亩)", "用地面积", "实际用地面积(亩)", "占地面积(亩)"]
        }
    }

    /// Whether a yearly file must have this column (its cells may still be empty).
    public var columnRequired: Bool {
        switch self {
        case .revenueWan, .taxWan: true
        case .outputWan, .valueAddedWan, .electricityWkwh, .energyTce, .emissionT, .rdWan, .staff, .landMu: false
        }
    }

    public var unit: YearlyFigureUnit {
        switch self {
        case .revenueWan, .outputWan, .valueAddedWan, .taxWan, .rdWan: .wanYuan
        case .electricityWkwh: .wanKWh
        case .energyTce: .tce
        case .emissionT: .tonne
        case .staff: .persons
        case .landMu: .mu
        }
    }

    /// A count of people rather than an amount: read, stored and shown as a whole number.
    public var isInteger: Bool { self == .staff }

    /// The decimals a figure is stated in (0.01万元 = 100 yuan; emissions to the kilogram).
    public var decimals: Int {
        switch self {
        case .staff: 0
        case .emissionT: 3
        default: 2
        }
    }

    /// How a cell of it is checked on import (`RowReader`): a number from 0 up to
    /// `FieldLimits.maximumMagnitude`, and a whole one for a whole-number figure.
    public var valueKind: ImportValueKind { isInteger ? .nonNegativeInteger : .nonNegativeDecimal }

    /// Its name with its unit, as the evaluation's explanations show it.
    public var name: BilingualText {
        switch self {
        case .landMu: BilingualText(zh: "用地面积（亩）", en: "land (mu)")
        case .taxWan: BilingualText(zh: "税收（万元）", en: "tax (10k yuan)")
        case .valueAddedWan: BilingualText(zh: "工业增加值（万元）", en: "value added (10k yuan)")
        case .revenueWan: BilingualText(zh: "主营业务收入（万元）", en: "main business revenue (10k yuan)")
        case .outputWan: BilingualText(zh: "工业总产值（万元）", en: "industrial output (10k yuan)")
        case .energyTce: BilingualText(zh: "综合能耗（吨标准煤）", en: "energy use (tce)")
        case .emissionT: BilingualText(zh: "主要污染物排放（吨）", en: "main pollutant emissions (t)")
        case .electricityWkwh: BilingualText(zh: "用电量（万千瓦时）", en: "electricity (10k kWh)")
        case .rdWan: BilingualText(zh: "研发经费（万元）", en: "R&D spending (10k yuan)")
        case .staff: BilingualText(zh: "年平均职工人数（人）", en: "average staff (persons)")
        }
    }

    /// Its short label, as a table of a firm's figures heads its column.
    public var label: BilingualText {
        switch self {
        case .revenueWan: BilingualText(zh: "营业收入", en: "Revenue")
        case .outputWan: BilingualText(zh: "工业总产值", en: "Industrial output")
        case .valueAddedWan: BilingualText(zh: "工业增加值", en: "Value added")
        case .taxWan: BilingualText(zh: "税收", en: "Tax")
        case .electricityWkwh: BilingualText(zh: "用电量（万千瓦时）", en: "Electricity (10⁴ kWh)")
        case .energyTce: BilingualText(zh: "综合能耗（吨标煤）", en: "Energy (tce)")
        case .emissionT: BilingualText(zh: "排放量（吨）", en: "Emissions (t)")
        case .rdWan: BilingualText(zh: "研发费用", en: "R&D spending")
        case .staff: BilingualText(zh: "从业人员", en: "Staff")
        case .landMu: BilingualText(zh: "用地（亩）", en: "Land (mu)")
        }
    }

    /// Its column in the per-mu evaluation's input file (`EvaluationInputCSV.header`, counted
    /// among the figures), or nil when the evaluation does not read it.
    public var evaluationColumn: Int? {
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
        case .outputWan: nil
        }
    }

    /// The position of this figure among `allCases` (where `EnterpriseYearFigures` keeps it).
    public var position: Int {
        switch self {
        case .revenueWan: 0
        case .outputWan: 1
        case .valueAddedWan: 2
        case .taxWan: 3
        case .electricityWkwh: 4
        case .energyTce: 5
        case .emissionT: 6
        case .rdWan: 7
        case .staff: 8
        case .landMu: 9
        }
    }

    /// The figures the evaluation reads, in the order of its input file.
    public static let evaluated: [YearlyFigure] = allCases.filter { $0.evaluationColumn != nil }
        .sorted { $0.evaluationColumn! < $1.evaluationColumn! }

    /// The figure whose key is `column`, if any.
    public init?(column: String) { self.init(rawValue: column) }
}

/// The unit a yearly figure is stated in (DESIGN: units are explicit in names and types).
public enum YearlyFigureUnit: String, Sendable, Hashable, CaseIterable {
    case wanYuan = "wan_yuan"
    case wanKWh = "wan_kwh"
    case tce
    case tonne = "t"
    case persons
    case mu

    public var symbol: BilingualText {
        switch self {
        case .wanYuan: BilingualText(zh: "万元", en: "10,000 yuan")
        case .wanKWh: BilingualText(zh: "万千瓦时", en: "10,000 kWh")
        case .tce: BilingualText(zh: "吨标准煤", en: "tce")
        case .tonne: BilingualText(zh: "吨", en: "t")
        case .persons: BilingualText(zh: "人", en: "persons")
        case .mu: BilingualText(zh: "亩", en: "mu")
        }
    }
}

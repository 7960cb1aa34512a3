/// One firm's figures for one year (年度指标), the columns of the statistics bureau's yearly file
/// (`revenue_wan,output_wan,value_added_wan,tax_wan,electricity_wkwh,energy_tce,emission_t,
/// rd_wan,staff,land_mu,above_scale`). Money is in 万元, electricity in 万kWh, energy in tce.
public struct EnterpriseYearFigures: Sendable, Hashable, Codable {
    /// 统一社会信用代码.
    public var creditCode: String
    public var year: Int
    /// 营业收入 (主营业务收入), 万元: the figure the above-scale threshold is judged on.
    public var revenueWan: Double
    /// 工业总产值, 万元.
    public var outputWan: Double
    /// 工业增加值, 万元.
    public var valueAddedWan: Double
    /// 实缴税金 (tax paid), 万元.
    public var taxWan: Double
    /// 用电量, 万kWh.
    public var electricityWanKWh: Double
    /// 综合能耗, tonnes of standard coal equivalent (吨标准煤).
    public var energyTce: Double
    /// 主要污染物排放量, tonnes.
    public var emissionT: Double
    /// 研发经费 (R&D spending), 万元.
    public var rdWan: Double
    /// 年平均职工人数.
    public var staff: Int
    /// 用地面积 held (亩).
    public var landMu: Double
    /// 规上: in the statistics bureau's above-scale directory that year.
    public var aboveScale: Bool

    public init(
        creditCode: String, year: Int, revenueWan: Double, outputWan: Double, valueAddedWan: Double,
        taxWan: Double, electricityWanKWh: Double, energyTce: Double, emissionT: Double, rdWan: Double,
        staff: Int, landMu: Double, aboveScale: Bool
    ) {
        self.creditCode = creditCode
        self.year = year
        self.revenueWan = revenueWan
        self.outputWan = outputWan
        self.valueAddedWan = valueAddedWan
        self.taxWan = taxWan
        self.electricityWanKWh = electricityWanKWh
        self.energyTce = energyTce
        self.emissionT = emissionT
        self.rdWan = rdWan
        self.staff = staff
        self.landMu = landMu
        self.aboveScale = aboveScale
    }
}

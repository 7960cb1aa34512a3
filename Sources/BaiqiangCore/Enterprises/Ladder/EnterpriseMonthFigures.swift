/// One firm's figures for one month (月度指标); a year's twelve months add up to its yearly
/// figures. Units as in `EnterpriseYearFigures`.
public struct EnterpriseMonthFigures: Sendable, Hashable, Codable {
    public var creditCode: String
    public var year: Int
    /// 1…12.
    public var month: Int
    public var revenueWan: Double
    public var outputWan: Double
    public var taxWan: Double
    public var electricityWanKWh: Double

    public init(creditCode: String, year: Int, month: Int, revenueWan: Double, outputWan: Double, taxWan: Double, electricityWanKWh: Double) {
        self.creditCode = creditCode
        self.year = year
        self.month = month
        self.revenueWan = revenueWan
        self.outputWan = outputWan
        self.taxWan = taxWan
        self.electricityWanKWh = electricityWanKWh
    }
}

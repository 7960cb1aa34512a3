/// The revenue lines the ladder judges by, as data (万元). Each default says where it comes from;
/// a county with its own cultivation scheme loads its own values.
public struct LadderThresholds: Sendable, Hashable, Codable {
    /// Above scale (规上工业企业): main business revenue ≥ 2000万元 — the National Bureau of
    /// Statistics' standard for industrial enterprises since 2011.
    public var aboveScaleRevenueWan: Double
    /// 小升规 candidates: below scale with revenue from here up to the above-scale line. 1500万元
    /// is the example in the county's brief, not a national rule.
    public var toAboveScaleCandidateFloorWan: Double
    /// 个转企 candidates: sole traders with revenue ≥ 500万元 — a default taken from the annual
    /// sales at which a business must register as a general VAT taxpayer (财税〔2018〕33号),
    /// the usual prompt to incorporate; not a cultivation rule of its own.
    public var toCompanyCandidateRevenueWan: Double
    /// 规改股 candidates: above-scale limited companies with revenue ≥ 1亿元 (亿元企业). A default
    /// of this product: no national rule sets this line; counties set their own.
    public var toJointStockCandidateRevenueWan: Double
    /// 股上市 candidates: joint-stock companies not yet in the pipeline with revenue ≥ 2亿元.
    /// A default of this product (the exchanges' listing tests are on profit and market value).
    public var toListedCandidateRevenueWan: Double

    public init(
        aboveScaleRevenueWan: Double = 2000, toAboveScaleCandidateFloorWan: Double = 1500,
        toCompanyCandidateRevenueWan: Double = 500, toJointStockCandidateRevenueWan: Double = 10_000,
        toListedCandidateRevenueWan: Double = 20000
    ) {
        self.aboveScaleRevenueWan = aboveScaleRevenueWan
        self.toAboveScaleCandidateFloorWan = toAboveScaleCandidateFloorWan
        self.toCompanyCandidateRevenueWan = toCompanyCandidateRevenueWan
        self.toJointStockCandidateRevenueWan = toJointStockCandidateRevenueWan
        self.toListedCandidateRevenueWan = toListedCandidateRevenueWan
    }

    public static let `default` = LadderThresholds()
}

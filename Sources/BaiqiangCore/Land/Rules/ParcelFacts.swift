/// What the low-efficiency rules (低效用地认定规则) look at for one parcel, gathered by the caller
/// from the register, the evaluation and the standard-land checks.
public struct ParcelFacts: Sendable, Hashable {
    /// The holder's latest published evaluation class (亩均效益评价类别); nil when never rated.
    public var holderClass: EvaluationClass?
    /// The holder's tax per mu (亩均税收, 万元/亩), its tax spread over its parcels by area.
    public var holderTaxPerMuWan: Double?
    /// Plot ratio (容积率) as built, and as committed in the contract.
    public var plotRatio: Double?
    public var committedPlotRatio: Double?
    /// Contracted start of construction (约定动工日期) and the actual start (实际动工日期).
    public var contractedStart: LocalDate?
    public var actualStart: LocalDate?
    /// Approved for construction use but not yet supplied (批而未供) since this day.
    public var approvedNotSuppliedSince: LocalDate?
    /// The standard-land (标准地) indicators checked after production.
    public var standardLandChecks: [StandardLandCheck]

    public init(holderClass: EvaluationClass? = nil, holderTaxPerMuWan: Double? = nil, plotRatio: Double? = nil,
                committedPlotRatio: Double? = nil, contractedStart: LocalDate? = nil, actualStart: LocalDate? = nil,
                approvedNotSuppliedSince: LocalDate? = nil, standardLandChecks: [StandardLandCheck] = []) {
        self.holderClass = holderClass
        self.holderTaxPerMuWan = holderTaxPerMuWan
        self.plotRatio = plotRatio
        self.committedPlotRatio = committedPlotRatio
        self.contractedStart = contractedStart
        self.actualStart = actualStart
        self.approvedNotSuppliedSince = approvedNotSuppliedSince
        self.standardLandChecks = standardLandChecks
    }

    /// A holder's tax per mu: all its tax over all its land, so each of its parcels carries its
    /// share by area and the figure is the same on every parcel (万元/亩).
    public static func taxPerMu(holderTaxWan: Double, parcelAreas: [LandArea]) -> Double? {
        let mu = parcelAreas.reduce(0) { $0 + $1.mu }
        return mu > 0 ? holderTaxWan / mu : nil
    }
}

/// One standard-land indicator (标准地指标): what was committed and what the check after
/// production found. Every indicator is one where more is better (投资强度, 亩均税收, 容积率 …).
public struct StandardLandCheck: Sendable, Hashable {
    public var indicator: String
    public var committed: Double
    /// Nil until the check has been made.
    public var actual: Double?

    public init(indicator: String, committed: Double, actual: Double?) {
        self.indicator = indicator
        self.committed = committed
        self.actual = actual
    }
}

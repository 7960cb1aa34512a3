/// One published figure of a county-level unit: an indicator's value and growth rate (同比增速, in
/// percent) for a period, with its citation. Either may be missing: bulletins often give only one.
public struct RegionalFigure: Sendable, Hashable {
    /// The unit's code (e.g. `440784` for 鹤山市, the administrative division code).
    public var unitCode: String
    public var indicator: RegionalIndicator
    public var period: StatisticalPeriod
    public var value: Double?
    public var growthPercent: Double?
    public var citation: Citation?
    /// A second figure for the same unit, indicator and period replaces the first only when marked
    /// as its correction, with the reason; the first stays in the history.
    public var correctionReason: String?
    /// Generated for a demo (演示数据), never published: shown labelled and replaced by the first
    /// real figure for its unit, indicator and period.
    public var isDemo = false

    public init(unitCode: String, indicator: RegionalIndicator, period: StatisticalPeriod, value: Double?,
                growthPercent: Double?, citation: Citation? = nil, correctionReason: String? = nil) {
        self.unitCode = unitCode
        self.indicator = indicator
        self.period = period
        self.value = value
        self.growthPercent = growthPercent
        self.citation = citation
        self.correctionReason = correctionReason
    }

    /// What identifies a figure: one per unit, indicator and period.
    public struct Key: Sendable, Hashable {
        public var unitCode: String
        public var indicator: RegionalIndicator
        public var period: StatisticalPeriod
    }

    public var key: Key { Key(unitCode: unitCode, indicator: indicator, period: period) }
}

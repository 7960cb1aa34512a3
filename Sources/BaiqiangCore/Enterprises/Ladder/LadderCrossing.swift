/// A firm that took a ladder step in a year (当年跨越).
public struct LadderCrossing: Sendable, Hashable {
    public var creditCode: String
    public var name: String
    public var step: LadderStep
    public var year: Int
    /// For 小升规: a new plant (started this year or last) that entered the directory without
    /// figures the year before (新建投产), rather than a firm growing from below scale.
    public var enteredDirectly: Bool

    public init(creditCode: String, name: String, step: LadderStep, year: Int, enteredDirectly: Bool = false) {
        self.creditCode = creditCode
        self.name = name
        self.step = step
        self.year = year
        self.enteredDirectly = enteredDirectly
    }
}

/// A firm that may take a ladder step next year (后备培育对象), with the revenue it qualified on.
public struct LadderCandidate: Sendable, Hashable {
    public var creditCode: String
    public var name: String
    public var step: LadderStep
    /// The year the candidate is expected to cross (the year after the figures).
    public var targetYear: Int
    public var revenueWan: Double

    public init(creditCode: String, name: String, step: LadderStep, targetYear: Int, revenueWan: Double) {
        self.creditCode = creditCode
        self.name = name
        self.step = step
        self.targetYear = targetYear
        self.revenueWan = revenueWan
    }
}

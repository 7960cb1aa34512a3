/// The days a plan runs for (规划期), both ends included: a plan ending 2025-12-31 is still
/// running on that day and is reviewed from 2026-01-01.
public struct PlanPeriod: Sendable, Hashable, Codable {
    public var start: PlanDate
    public var end: PlanDate

    public init(start: PlanDate, end: PlanDate) {
        self.start = start
        self.end = end
    }

    /// Whether the period is over on `day`: only after its last day.
    public func hasEnded(at day: PlanDate) -> Bool { day > end }
}

extension PlanDocument {
    /// The period the plan declares; a plan file written before periods existed runs from its
    /// adoption to its latest target deadline, the promise it made.
    public var effectivePeriod: PlanPeriod? {
        if let period { return period }
        guard let end = allKPIs.compactMap({ $0.target?.deadline }).max() else { return nil }
        let start = adopted ?? allKPIs.compactMap { $0.baseline?.date }.min() ?? end
        return PlanPeriod(start: min(start, end), end: end)
    }

    /// Whether the plan is over on `day` and is to be shown as its final review.
    public func hasEnded(at day: PlanDate) -> Bool { effectivePeriod?.hasEnded(at: day) ?? false }
}

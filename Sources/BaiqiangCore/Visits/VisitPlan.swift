import Foundation

/// Which of a firm's linked leaders a visit plan speaks of.
public enum LeaderTier: String, Sendable, CaseIterable, Codable {
    case city, town

    public var label: BilingualText {
        switch self {
        case .city: BilingualText(zh: "市领导", en: "City leader")
        case .town: BilingualText(zh: "镇领导", en: "Town leader")
        }
    }
}

/// A county's visit plan (走访计划): how many days may pass between two visits to a linked firm,
/// per leader tier. Data, since each county sets its own (one a quarter is a common choice).
public struct VisitPlan: Sendable, Hashable {
    public var intervalDays: [LeaderTier: Int]

    /// Every tier within 1 to 3,660 days (ten years): a longer interval is no plan.
    public static let intervalRange: ClosedRange<Int> = 1...3_660
    /// Without a county's own plan: city and town leaders each visit every 90 days.
    public static let standard = VisitPlan(intervalDays: [.city: 90, .town: 90])

    public init(intervalDays: [LeaderTier: Int]) {
        self.intervalDays = intervalDays
    }

    public func interval(_ tier: LeaderTier) -> Int {
        intervalDays[tier] ?? Self.standard.intervalDays[tier] ?? 90
    }

    /// Whether a firm is overdue for a visit by a leader of `tier`: never visited, or its last
    /// visit more than the interval ago. Exactly the interval is still on time.
    public func isOverdue(lastVisit: PlanDate?, tier: LeaderTier, today: PlanDate) -> Bool {
        guard let lastVisit else { return true }
        return lastVisit.days(until: today) > interval(tier)
    }
}

/// Visit coverage (走访覆盖率): the share of linked firms visited at least once this quarter.
public enum VisitCoverage {
    /// The first day of the quarter `day` falls in.
    public static func quarterStart(of day: PlanDate) -> PlanDate {
        PlanDate(year: day.year, month: (day.month - 1) / 3 * 3 + 1, day: 1)!
    }

    /// Visited firms over linked firms, in percent; nil with no linked firm (nothing to cover).
    public static func percent(visited: Int, linked: Int) -> Double? {
        guard linked > 0 else { return nil }
        return Double(min(visited, linked)) / Double(linked) * 100
    }
}

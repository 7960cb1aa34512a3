/// Completion of the year's planned investment against the time-elapsed schedule (序时进度), for
/// one key project or all of them, as counties report it monthly.
///
/// Reports run to a month's end, so the schedule is the months gone over twelve: Heshan's
/// January–April 2023 report put its 84 key projects at 52.37亿, 38.7% of the year's plan and
/// 5.4 points ahead of the schedule (38.7 − 4/12 = 5.4; DOMAIN.md §9).
public struct ScheduleCompletion: Sendable, Hashable {
    public let projectCount: Int
    public let plannedYi: Double
    public let completedYi: Double
    /// Completed over planned (0 when nothing is planned).
    public let completedShare: Double
    /// Months gone over twelve.
    public let scheduleShare: Double

    /// - Parameter throughMonth: the last month reported, 1…12.
    public init(_ projects: [KeyProjectInvestment], throughMonth: Int) {
        projectCount = projects.count
        plannedYi = projects.reduce(0) { $0 + $1.plannedYi }
        completedYi = projects.reduce(0) { $0 + $1.completedYi }
        completedShare = plannedYi > 0 ? completedYi / plannedYi : 0
        scheduleShare = Double(min(max(throughMonth, 0), 12)) / 12
    }

    /// Percentage points ahead of the schedule (negative: behind).
    public var pointsAhead: Double { (completedShare - scheduleShare) * 100 }

    /// The completed share as a percentage to one decimal, as published (38.7).
    public var completedPercentRounded: Double { Self.tenths(completedShare * 100) }
    /// Points ahead to one decimal, as published (5.4).
    public var pointsAheadRounded: Double { Self.tenths(pointsAhead) }

    static func tenths(_ value: Double) -> Double { (value * 10).rounded() / 10 }
}

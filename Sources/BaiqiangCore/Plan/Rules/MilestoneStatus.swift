/// The status (状态) of a milestone at `now`.
///
/// - done (已完成): it has an actual day on or before `now`;
/// - due (未到期): not done, planned day today or later;
/// - overdue (逾期): not done, planned day already gone.
public enum MilestoneStatus: String, Sendable, Hashable, Codable, CaseIterable {
    case done
    case due
    case overdue

    /// Months an overdue milestone stays yellow before it turns red, after DOMAIN §4 (Yinchuan
    /// 2025: a missed planned month is yellow, three months late is red).
    public static let monthsLateBeforeRed = 3

    public static func of(_ milestone: PlanMilestone, now: PlanDate) -> MilestoneStatus {
        if let actual = milestone.actual, actual <= now { return .done }
        return milestone.planned >= now ? .due : .overdue
    }

    /// The milestone's light: done → achieved; due → green; overdue → yellow for up to three
    /// months after the planned day (that day included), red after.
    public static func light(of milestone: PlanMilestone, now: PlanDate) -> PlanLight {
        switch of(milestone, now: now) {
        case .done: return .achieved
        case .due: return .green
        case .overdue:
            return now <= milestone.planned.adding(months: monthsLateBeforeRed) ? .yellow : .red
        }
    }

    public var label: BilingualText {
        switch self {
        case .done: BilingualText(zh: "已完成", en: "done")
        case .due: BilingualText(zh: "未到期", en: "due")
        case .overdue: BilingualText(zh: "逾期", en: "overdue")
        }
    }
}

/// A milestone judged at `now`.
public struct MilestoneEvaluation: Sendable, Hashable {
    public let code: String
    public let status: MilestoneStatus
    public let light: PlanLight
    /// Days past the planned day (negative: days left); for a done milestone, days it was late.
    public let daysLate: Int

    public init(_ milestone: PlanMilestone, now: PlanDate) {
        code = milestone.code
        status = MilestoneStatus.of(milestone, now: now)
        light = MilestoneStatus.light(of: milestone, now: now)
        let reference = status == .done ? milestone.actual! : now
        daysLate = milestone.planned.days(until: reference)
    }
}

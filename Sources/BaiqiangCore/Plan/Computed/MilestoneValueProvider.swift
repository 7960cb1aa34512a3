/// A capability that reports plan milestones (计划节点) from its own records — the Longi
/// milestones from the Longi project's record — keyed by the plan milestone's code, so the plan
/// stops holding hand-typed dates for them.
public protocol MilestoneValueProvider: Sendable {
    /// Short name, e.g. `projects.milestones`.
    var key: String { get }
    /// What the records say of each milestone they feed, by plan milestone code.
    func readings(asOf now: PlanDate) async throws -> [String: MilestoneReading]
}

/// What a capability's records say of one plan milestone at a day: the planned and the reported
/// day, and where it stands. A day nobody reported is unknown, not late, until the planned day
/// passes; then it is not reported (未报) — never done.
public struct MilestoneReading: Sendable, Hashable {
    public let code: String
    public let planned: PlanDate
    public let actual: PlanDate?
    public let state: ProjectMilestoneState
    public let source: String

    public init(code: String, planned: PlanDate, actual: PlanDate?, state: ProjectMilestoneState, source: String) {
        self.code = code
        self.planned = planned
        self.actual = actual
        self.state = state
        self.source = source
    }

    /// A project's milestone as the plan milestone `code` reads it.
    public init(code: String, milestone: ProjectMilestone, current: ProjectStage?, today: PlanDate, source: String) {
        self.init(code: code, planned: milestone.planned, actual: milestone.actual,
                  state: ProjectMilestoneState.of(milestone, current: current, today: today), source: source)
    }

    /// The plan's milestone with the reported day the records hold (a day still to come is not
    /// taken as done), and their source. While the records hold no day, a day the milestone's
    /// owner recorded in the plan (audited) stands as the report it is.
    public func applied(to milestone: PlanMilestone) -> PlanMilestone {
        var copy = milestone
        if state == .done, let actual {
            copy.actual = actual
            copy.source = source
        } else if milestone.actual == nil {
            copy.source = source
        }
        return copy
    }
}

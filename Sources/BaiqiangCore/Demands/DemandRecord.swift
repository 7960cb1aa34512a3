import Foundation

/// The few facts of a demand that the three rates and the overdue list need: a row the app can
/// read straight from its table, without the texts or the event log.
public struct DemandRecord: Sendable, Hashable, Codable {
    public var status: DemandStatus
    public var deadlines: DemandDeadlines
    public var respondedAt: Date?
    public var solutionAt: Date?
    public var resolvedAt: Date?
    public var satisfaction: Satisfaction?
    /// Grouping keys for per-department and per-town figures.
    public var handlerCode: String?
    public var townCode: String?

    public init(
        status: DemandStatus, deadlines: DemandDeadlines, respondedAt: Date? = nil, solutionAt: Date? = nil,
        resolvedAt: Date? = nil, satisfaction: Satisfaction? = nil, handlerCode: String? = nil,
        townCode: String? = nil
    ) {
        self.status = status
        self.deadlines = deadlines
        self.respondedAt = respondedAt
        self.solutionAt = solutionAt
        self.resolvedAt = resolvedAt
        self.satisfaction = satisfaction
        self.handlerCode = handlerCode
        self.townCode = townCode
    }

    /// When a milestone was reached. A resolved demand has had its solution, proposed or not.
    public func reachedAt(_ milestone: DemandMilestone) -> Date? {
        switch milestone {
        case .response: respondedAt
        case .solution: solutionAt ?? resolvedAt
        case .closure: resolvedAt
        }
    }

    /// 逾期: milestones past their deadline at `now` and not reached. A closed demand is never
    /// overdue; one reached late is counted by `wasLate`, not here.
    public func overdueMilestones(at now: Date) -> [DemandMilestone] {
        guard status.isOpen else { return [] }
        return DemandMilestone.allCases.filter { reachedAt($0) == nil && now > deadlines[$0] }
    }

    public func isOverdue(at now: Date) -> Bool {
        !overdueMilestones(at: now).isEmpty
    }

    /// 超期办理: the milestone was reached, but after its deadline.
    public func wasLate(_ milestone: DemandMilestone) -> Bool {
        guard let reached = reachedAt(milestone) else { return false }
        return reached > deadlines[milestone]
    }
}

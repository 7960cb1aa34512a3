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

    public subscript(timestamp: DemandTimestamp) -> Date? {
        switch timestamp {
        case .respondedAt: respondedAt
        case .solutionAt: solutionAt
        case .resolvedAt: resolvedAt
        }
    }

    /// When a milestone was reached: the first of its recorded times (`DemandMilestone.reachedBy`).
    public func reachedAt(_ milestone: DemandMilestone) -> Date? {
        milestone.reachedBy.lazy.compactMap { self[$0] }.first
    }

    /// 逾期: milestones past their deadline at `now` and not reached, by `DemandOverdueRule`.
    public func overdueMilestones(at now: Date) -> [DemandMilestone] {
        guard DemandOverdueRule.isOpen.holds(for: self) else { return [] }
        return DemandMilestone.allCases.filter { DemandOverdueRule.missed($0, at: now).holds(for: self) }
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

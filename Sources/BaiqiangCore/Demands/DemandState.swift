import Foundation

/// A demand (诉求) as the workflow sees it: its state, deadlines and the times of its milestones.
/// The app keeps the texts (description, answers, reasons) and the event log; this value is what
/// the rules need to decide the next step.
public struct DemandState: Sendable, Hashable, Codable {
    public var status: DemandStatus
    public var categoryCode: String
    /// The unified social credit code of the enterprise that raised it.
    public var enterpriseCode: String
    /// The town (镇街) the demand concerns, by code.
    public var townCode: String?
    public var handler: HandlingUnit?

    public var submittedAt: Date
    /// Where the closure and solution clocks start: the submission, or the latest 重办.
    public var clockStartedAt: Date
    public var deadlines: DemandDeadlines

    public var acceptedAt: Date?
    public var assignedAt: Date?
    /// The first answer (答复); a redone demand keeps it, as the response rate counts the first.
    public var respondedAt: Date?
    public var solutionAt: Date?
    public var resolvedAt: Date?
    public var closedAt: Date?
    /// The latest return visit's verdict.
    public var satisfaction: Satisfaction?

    public var pendingExtension: ExtensionRequest?
    public var extensionsGranted: Int
    public var redoCount: Int
    public var returnCount: Int
    /// The latest 退单 reason, for the centre deciding where to send it next.
    public var lastReturnReason: String?
    public var urgeCount: Int
    public var lastUrgedAt: Date?
    public var escalatedAt: Date?
    /// The linked leader (挂钩领导) it was escalated to, by account id.
    public var escalatedTo: String?

    public init(
        status: DemandStatus, categoryCode: String, enterpriseCode: String, townCode: String? = nil,
        handler: HandlingUnit? = nil, submittedAt: Date, clockStartedAt: Date? = nil, deadlines: DemandDeadlines
    ) {
        self.status = status
        self.categoryCode = categoryCode
        self.enterpriseCode = enterpriseCode
        self.townCode = townCode
        self.handler = handler
        self.submittedAt = submittedAt
        self.clockStartedAt = clockStartedAt ?? submittedAt
        self.deadlines = deadlines
        self.extensionsGranted = 0
        self.redoCount = 0
        self.returnCount = 0
        self.urgeCount = 0
    }

    /// The plain record the rates and overdue lists are computed from.
    public var record: DemandRecord {
        DemandRecord(
            status: status, deadlines: deadlines, respondedAt: respondedAt, solutionAt: solutionAt,
            resolvedAt: resolvedAt, satisfaction: satisfaction, handlerCode: handler?.code, townCode: townCode)
    }

    /// The milestones past their deadline and not reached, at `now`.
    public func overdueMilestones(at now: Date) -> [DemandMilestone] {
        record.overdueMilestones(at: now)
    }

    public func isOverdue(at now: Date) -> Bool {
        record.isOverdue(at: now)
    }
}

/// A handling unit's request for a later closure deadline (延期申请), waiting for the centre.
public struct ExtensionRequest: Sendable, Hashable, Codable {
    public let until: Date
    public let reason: String
    public let requestedAt: Date

    public init(until: Date, reason: String, requestedAt: Date) {
        self.until = until
        self.reason = reason
        self.requestedAt = requestedAt
    }
}

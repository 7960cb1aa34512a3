/// A planned milestone (计划节点) of a project: the stage to reach and the day planned, with the
/// day it was actually reached once reported.
public struct ProjectMilestone: Sendable, Hashable, Codable {
    public let stage: ProjectStage
    public let planned: PlanDate
    /// The reported day the stage was reached; nil while nobody has reported one.
    public var actual: PlanDate?

    public init(stage: ProjectStage, planned: PlanDate, actual: PlanDate? = nil) {
        self.stage = stage
        self.planned = planned
        self.actual = actual
    }

    /// The milestone with its actual day taken from the project's stage history, when the
    /// history records the stage.
    public func withActual(from history: ProjectStageHistory) -> ProjectMilestone {
        var copy = self
        if copy.actual == nil { copy.actual = history.date(of: stage) }
        return copy
    }
}

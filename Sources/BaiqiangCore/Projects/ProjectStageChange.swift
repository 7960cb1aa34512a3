/// One dated move of a project from a stage to another (阶段变更), as the audit log and the
/// project's timeline record it.
public struct ProjectStageChange: Sendable, Hashable, Codable {
    public let from: ProjectStage?
    public let to: ProjectStage
    /// The day the project reached `to`.
    public let date: PlanDate
    /// Why: required for 终止, a skipped stage and a move backwards; nil for a plain next step.
    public let reason: String?

    public init(from: ProjectStage?, to: ProjectStage, date: PlanDate, reason: String? = nil) {
        self.from = from
        self.to = to
        self.date = date
        self.reason = reason
    }
}

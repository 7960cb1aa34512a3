/// Why a stage change was refused; nothing is changed.
public struct ProjectStageError: BilingualError, Equatable {
    public enum Reason: Sendable, Equatable {
        /// The project is already at that stage.
        case sameStage(ProjectStage)
        /// A dropped project moves no more.
        case alreadyTerminated
        /// 终止 needs a reason.
        case terminationNeedsReason
        /// Moving past the next stage needs a reason (which stages were skipped, and why).
        case skipNeedsReason(from: ProjectStage, to: ProjectStage)
        /// Moving back needs a reason.
        case backwardsNeedsReason(from: ProjectStage, to: ProjectStage)
        /// A stage cannot be reached before the previous one was.
        case dateBeforePrevious(date: PlanDate, previous: PlanDate)
        case reasonTooLong(limit: Int)
    }

    public let reason: Reason

    public init(_ reason: Reason) {
        self.reason = reason
    }

    public var message: BilingualText {
        switch reason {
        case .sameStage(let stage):
            BilingualText(zh: "项目已处于“\(stage.label.zh)”阶段", en: "The project is already at “\(stage.label.en)”")
        case .alreadyTerminated:
            BilingualText(zh: "项目已终止，不能再变更阶段", en: "The project has been dropped; its stage cannot change")
        case .terminationNeedsReason:
            BilingualText(zh: "终止项目需要填写原因", en: "Dropping a project needs a reason")
        case .skipNeedsReason(let from, let to):
            BilingualText(zh: "从“\(from.label.zh)”跳到“\(to.label.zh)”跳过了中间阶段，需要填写原因",
                          en: "Moving from “\(from.label.en)” to “\(to.label.en)” skips stages and needs a reason")
        case .backwardsNeedsReason(let from, let to):
            BilingualText(zh: "从“\(from.label.zh)”退回“\(to.label.zh)”需要填写原因",
                          en: "Moving back from “\(from.label.en)” to “\(to.label.en)” needs a reason")
        case .dateBeforePrevious(let date, let previous):
            BilingualText(zh: "日期 \(date) 早于上一阶段的日期 \(previous)",
                          en: "The date \(date) is before the previous stage's date \(previous)")
        case .reasonTooLong(let limit):
            BilingualText(zh: "原因不能超过 \(limit) 个字符", en: "The reason cannot be longer than \(limit) characters")
        }
    }
}

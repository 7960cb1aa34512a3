/// Where a planned milestone stands today (节点状态). A missing date is never taken for lateness
/// before its planned day, and never for success after it.
///
/// - done (已完成): a reached day is reported, today or earlier;
/// - pending (未到期): no reported day, the project's stage is still before the milestone's and
///   its planned day is today or later; or a reported day still to come;
/// - unknown (未知): no reported day although the project's stage is at or past the milestone's
///   (it happened, nobody said when); not late while the planned day has not passed;
/// - notReported (未报): no reported day and the planned day has passed. The platform cannot tell
///   "not reached" from "reached, not reported", so it says which is missing: the report.
public enum ProjectMilestoneState: String, Sendable, Hashable, Codable, CaseIterable {
    case done
    case pending
    case unknown
    case notReported = "not_reported"

    /// - Parameters:
    ///   - current: the project's current stage, if known; 终止 counts as not reached.
    public static func of(_ milestone: ProjectMilestone, current: ProjectStage?, today: PlanDate) -> ProjectMilestoneState {
        if let actual = milestone.actual {
            // A reported day still to come is an expectation, not an achievement, nor a silence.
            return actual <= today ? .done : .pending
        }
        if today > milestone.planned { return .notReported }
        if let at = current?.position, let wanted = milestone.stage.position, at >= wanted { return .unknown }
        return .pending
    }

    public var label: BilingualText {
        switch self {
        case .done: BilingualText(zh: "已完成", en: "done")
        case .pending: BilingualText(zh: "未到期", en: "not yet due")
        case .unknown: BilingualText(zh: "日期未知", en: "date unknown")
        case .notReported: BilingualText(zh: "未报", en: "not reported")
        }
    }
}

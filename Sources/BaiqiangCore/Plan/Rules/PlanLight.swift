/// The traffic light (红黄绿灯) of a KPI, milestone or roll-up.
///
/// - achieved (已完成): the target is met (for a milestone: done);
/// - green (正常): progress is at most 10 points behind the schedule (exactly 10 is green);
/// - yellow (滞后): more than 10 and at most 30 points behind (exactly 30 is yellow);
/// - red (严重滞后): more than 30 points behind, or the deadline has passed unmet;
/// - grey (无数据): nothing to judge by.
public enum PlanLight: String, Sendable, Hashable, Codable, CaseIterable {
    case achieved
    case green
    case yellow
    case red
    case grey

    /// Points behind beyond which a KPI turns yellow, then red.
    public static let yellowAfterPointsBehind = 10.0
    public static let redAfterPointsBehind = 30.0

    /// Decimal inputs that are exactly 10 or 30 points behind can land a hair over the boundary in
    /// binary arithmetic (0.6 − 0.3 ≠ 0.3); a tolerance far below any meaningful difference keeps
    /// the documented boundary where a reader expects it.
    static let tolerancePoints = 1e-9

    /// The light of something that is not (yet) met, from how far progress trails the schedule.
    ///
    /// - Parameters:
    ///   - progress: exact progress share (may be < 0 or > 1).
    ///   - schedule: elapsed share of the period, 0…1.
    ///   - deadlinePassed: the deadline is before today.
    public static func judge(progress: Double, schedule: Double, deadlinePassed: Bool) -> PlanLight {
        if deadlinePassed { return .red }
        let behind = pointsBehind(progress: progress, schedule: schedule)
        if behind <= yellowAfterPointsBehind + tolerancePoints { return .green }
        if behind <= redAfterPointsBehind + tolerancePoints { return .yellow }
        return .red
    }

    /// Percentage points by which progress trails the schedule (negative when ahead).
    public static func pointsBehind(progress: Double, schedule: Double) -> Double {
        (schedule - progress) * 100
    }

    /// The bilingual label shown beside the light.
    public var label: BilingualText {
        switch self {
        case .achieved: BilingualText(zh: "已完成", en: "achieved")
        case .green: BilingualText(zh: "正常", en: "on track")
        case .yellow: BilingualText(zh: "滞后", en: "behind")
        case .red: BilingualText(zh: "严重滞后", en: "far behind")
        case .grey: BilingualText(zh: "无数据", en: "no data")
        }
    }
}

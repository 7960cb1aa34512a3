/// The final review (终期评估) of a plan whose period is over: each target judged once, on the
/// last figure at or before its deadline, with no schedule and no forecast, since neither means
/// anything once the time is up. Monitoring indicators are listed with their last figure and no
/// verdict; milestones say whether they were done, and on time.
public struct PlanReview: Sendable, Hashable {
    /// The plan's last day.
    public let end: PlanDate
    public let kpis: [String: KPIReview]
    public let milestones: [String: MilestoneReview]

    /// Reviews `plan` on `data` (keyed by KPI code, as for `PlanEvaluation`; a KPI missing there
    /// is judged on its own figures). `end` is the plan's last day, the deadline of a target
    /// that names none.
    public static func review(_ plan: PlanDocument, data: [String: KPIData] = [:], end: PlanDate) -> PlanReview {
        var kpis: [String: KPIReview] = [:]
        for kpi in plan.allKPIs {
            kpis[kpi.code] = KPIReview.review(kpi, data: data[kpi.code] ?? kpi.ownData, planEnd: end)
        }
        var milestones: [String: MilestoneReview] = [:]
        for milestone in plan.allMilestones {
            milestones[milestone.code] = MilestoneReview(milestone, planEnd: end)
        }
        return PlanReview(end: end, kpis: kpis, milestones: milestones)
    }

    /// The review of `plan` when its period is over on `today`; nil while it runs.
    public static func ifEnded(_ plan: PlanDocument, data: [String: KPIData] = [:], today: PlanDate) -> PlanReview? {
        guard let period = plan.effectivePeriod, period.hasEnded(at: today) else { return nil }
        return review(plan, data: data, end: period.end)
    }

    /// How many targets (monitoring indicators left out) got each verdict.
    public func count(_ verdict: KPIVerdict) -> Int {
        kpis.values.filter { $0.verdict == verdict }.count
    }
}

/// A target's verdict in the final review.
public enum KPIVerdict: String, Sendable, Hashable, Codable, CaseIterable {
    /// 已达成: the last figure by the deadline meets the target.
    case achieved
    /// 未达成: it does not.
    case notAchieved = "not_achieved"
    /// 无数据: no figure by the deadline.
    case noData = "no_data"

    public var label: BilingualText {
        switch self {
        case .achieved: BilingualText(zh: "已达成", en: "achieved")
        case .notAchieved: BilingualText(zh: "未达成", en: "not achieved")
        case .noData: BilingualText(zh: "无数据", en: "no data")
        }
    }
}

/// One KPI in the final review: the figure it is judged on and by how much it met its target.
public struct KPIReview: Sendable, Hashable {
    public let code: String
    /// Nil for a monitoring indicator, which is listed without a verdict.
    public let verdict: KPIVerdict?
    /// The day figures count up to: the target's deadline, else the plan's end.
    public let deadline: PlanDate
    /// The last figure at or before `deadline` (the last entered wins a tie of days).
    public let final: KPIObservation?
    /// The figure minus the target, in the KPI's unit; nil without both.
    public let difference: Double?
    /// The figure as a share of the target (1 = exactly the target); nil without both or when
    /// the target is zero.
    public let shareOfTarget: Double?

    static func review(_ kpi: KPI, data: KPIData, planEnd: PlanDate) -> KPIReview {
        let deadline = kpi.target?.deadline ?? planEnd
        let observations: [KPIObservation]
        switch data {
        case .awaitingData: observations = []
        case let .recorded(recorded): observations = recorded
        case let .measured(readings): observations = readings.observations
        }
        let final = observations.enumerated()
            .filter { $0.element.date <= deadline && $0.element.value.isFinite }
            .max { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }?
            .element
        guard let target = kpi.target else {
            return KPIReview(code: kpi.code, verdict: nil, deadline: deadline, final: final, difference: nil, shareOfTarget: nil)
        }
        guard let final else {
            return KPIReview(code: kpi.code, verdict: .noData, deadline: deadline, final: nil, difference: nil, shareOfTarget: nil)
        }
        let verdict: KPIVerdict = target.isMet(by: final.value, direction: kpi.direction) ? .achieved : .notAchieved
        return KPIReview(code: kpi.code, verdict: verdict, deadline: deadline, final: final,
                         difference: final.value - target.value,
                         shareOfTarget: target.value == 0 ? nil : final.value / target.value)
    }
}

/// A milestone in the final review.
public struct MilestoneReview: Sendable, Hashable {
    public enum Outcome: String, Sendable, Hashable, Codable, CaseIterable {
        /// 按期完成: done on or before its planned day.
        case onTime = "on_time"
        /// 逾期完成: done, after its planned day.
        case late
        /// 未完成: due within the plan and never done.
        case notDone = "not_done"
        /// 无数据: not done and not due before the plan ended, so nothing can be said of it.
        case noData = "no_data"

        public var label: BilingualText {
            switch self {
            case .onTime: BilingualText(zh: "按期完成", en: "done on time")
            case .late: BilingualText(zh: "逾期完成", en: "done late")
            case .notDone: BilingualText(zh: "未完成", en: "not done")
            case .noData: BilingualText(zh: "无数据", en: "no data")
            }
        }
    }

    public let code: String
    public let outcome: Outcome
    /// Days after the planned day it was done; nil unless done late.
    public let daysLate: Int?

    public init(_ milestone: PlanMilestone, planEnd: PlanDate) {
        code = milestone.code
        if let actual = milestone.actual {
            let late = milestone.planned.days(until: actual)
            outcome = late > 0 ? .late : .onTime
            daysLate = late > 0 ? late : nil
        } else {
            outcome = milestone.planned <= planEnd ? .notDone : .noData
            daysLate = nil
        }
    }
}

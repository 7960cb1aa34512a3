import BaiqiangCore
import Vapor

/// The final review (终期评估) of an ended plan as JSON: each target's verdict on the figure it
/// was judged by, that figure's date and source, the deadline and the margin to the target.
extension PlanAPI {
    struct Review: Content {
        var plan: String
        var title: Name
        var start: String?
        var end: String
        /// How many targets got each verdict (monitoring indicators left out).
        var counts: [String: Int]
        var targets: [ReviewedKPI]
        var milestones: [ReviewedMilestone]

        init(_ snapshot: PlanSnapshot, review: PlanReview) {
            plan = snapshot.document.code
            title = Name(snapshot.document.title)
            start = snapshot.document.effectivePeriod?.start.description
            end = review.end.description
            let rows = snapshot.kpiRows
            let verdicts = rows.filter { !$0.isMonitoring }.compactMap { review.kpis[$0.kpi.code]?.verdict }
            counts = Dictionary(uniqueKeysWithValues: KPIVerdict.allCases.map { verdict in
                (verdict.rawValue, verdicts.filter { $0 == verdict }.count)
            })
            targets = rows.compactMap { row in review.kpis[row.kpi.code].map { ReviewedKPI(row, review: $0) } }
            milestones = snapshot.document.allMilestones.compactMap { milestone in
                review.milestones[milestone.code].map { ReviewedMilestone(milestone, review: $0) }
            }
        }
    }

    struct ReviewedKPI: Content {
        var code: String
        var name: Name
        var unit: String
        var direction: String
        var item: String
        /// A monitoring indicator (监测指标) is listed with its last figure and no verdict.
        var monitoring: Bool
        /// `achieved` (已达成), `not_achieved` (未达成) or `no_data` (无数据); null for a monitoring indicator.
        var verdict: String?
        var verdictLabel: Name?
        var targetValue: Double?
        var targetStrict: Bool?
        /// The day figures count up to: the target's deadline, else the plan's last day.
        var deadline: String
        /// The figure judged on: the last one at or before the deadline; null without one.
        var final: Observation?
        /// The figure minus the target, in the KPI's unit.
        var difference: Double?
        /// The figure as a share of the target (1 is exactly the target).
        var shareOfTarget: Double?
        /// True when the figure judged on rests on demo records, wholly or in part.
        var demo: Bool

        init(_ row: KPIRow, review: KPIReview) {
            code = row.kpi.code
            name = Name(row.kpi.name)
            unit = row.kpi.unit
            direction = row.kpi.direction.rawValue
            item = row.item.code
            monitoring = row.isMonitoring
            verdict = review.verdict?.rawValue
            verdictLabel = review.verdict.map { Name($0.label) }
            targetValue = row.kpi.target?.value
            targetStrict = row.kpi.target?.strict
            deadline = review.deadline.description
            final = review.final.map(Observation.init)
            difference = review.difference
            shareOfTarget = review.shareOfTarget
            demo = review.final?.provenance.includesDemo ?? false
        }

        enum CodingKeys: String, CodingKey {
            case code, name, unit, direction, item, monitoring, verdict, deadline, final, difference, demo
            case verdictLabel = "verdict_label", targetValue = "target_value", targetStrict = "target_strict"
            case shareOfTarget = "share_of_target"
        }
    }

    struct ReviewedMilestone: Content {
        var code: String
        var name: Name
        var planned: String
        var actual: String?
        /// `on_time`, `late`, `not_done` or `no_data`.
        var outcome: String
        var daysLate: Int?

        init(_ milestone: PlanMilestone, review: MilestoneReview) {
            code = milestone.code
            name = Name(milestone.name)
            planned = milestone.planned.description
            actual = milestone.actual?.description
            outcome = review.outcome.rawValue
            daysLate = review.daysLate
        }

        enum CodingKeys: String, CodingKey {
            case code, name, planned, actual, outcome
            case daysLate = "days_late"
        }
    }
}

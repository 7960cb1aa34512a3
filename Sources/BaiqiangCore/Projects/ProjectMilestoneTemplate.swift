/// A template of planned milestones (节点模板): each stage planned a number of months after an
/// anchor stage's planned day.
///
/// The seed's rule for Longi (the plenary report of 2022-12-20: "隆基项目要在明年3月底前完成供地，
/// 支持项目实现一年试产、两年达产") is `landThenProduction`: land by a day, trial production one
/// year later, full production two years later.
public struct ProjectMilestoneTemplate: Sendable, Hashable {
    public struct Step: Sendable, Hashable {
        public let stage: ProjectStage
        /// Months after the anchor's planned day.
        public let monthsAfterAnchor: Int

        public init(stage: ProjectStage, monthsAfterAnchor: Int) {
            self.stage = stage
            self.monthsAfterAnchor = monthsAfterAnchor
        }
    }

    public let anchor: ProjectStage
    public let steps: [Step]

    public init(anchor: ProjectStage, steps: [Step]) {
        self.anchor = anchor
        self.steps = steps
    }

    /// 供地 by the anchor day, 投产 (trial production) 12 months later, 达产 24 months later.
    public static let landThenProduction = ProjectMilestoneTemplate(
        anchor: .landSupplied,
        steps: [
            Step(stage: .landSupplied, monthsAfterAnchor: 0),
            Step(stage: .producing, monthsAfterAnchor: 12),
            Step(stage: .fullCapacity, monthsAfterAnchor: 24),
        ])

    /// The planned milestones for an anchor day; a day past a month's end is held to it, so land
    /// by 2023-03-31 plans production on 2024-03-31.
    public func milestones(anchoredAt day: PlanDate) -> [ProjectMilestone] {
        steps.map { ProjectMilestone(stage: $0.stage, planned: day.adding(months: $0.monthsAfterAnchor)) }
    }
}

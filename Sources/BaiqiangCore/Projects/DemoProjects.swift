import Foundation

/// Generated investment projects for `--demo` (演示数据): spread over the towns and the stages,
/// with planned milestones, some of them past due (so the stalled lists fill), and for the key
/// projects a year's plan with monthly completed investment ahead of and behind the schedule.
/// Every name says it is a demo; the same seed gives the same projects.
public enum DemoProjects {
    public static let defaultCount = 80

    public struct Project: Sendable {
        public let record: ProjectRecord
        public let history: ProjectStageHistory
        public let milestones: [ProjectMilestone]
        /// The year's planned investment (亿元), by year.
        public let plannedYi: [Int: Double]
        /// Completed investment (亿元) by year and month.
        public let completedYi: [Month: Double]
    }

    public struct Month: Sendable, Hashable {
        public let year: Int
        public let month: Int
    }

    static let subjects = ["光伏组件", "储能电池", "光电显示", "电子元件", "新材料", "精密机械", "智能装备", "铝型材", "涂料", "食品加工"]
    static let leaders = ["演示领导甲", "演示领导乙", "演示领导丙", "演示领导丁", "演示领导戊"]

    public static func generate(towns: [String], leadDepartment: String?, today: PlanDate, count: Int = defaultCount,
                                seed: UInt64) -> [Project] {
        guard !towns.isEmpty, count > 0 else { return [] }
        var rng = SplitMix64(seed: seed, index: 0, stream: 0x9F0C)
        var projects: [Project] = []
        for serial in 1...count {
            let year = today.year - rng.integer(0...2)
            let entered = PlanDate(year: year, month: 1, day: 1)!.adding(months: rng.integer(0...(year == today.year ? max(today.month - 2, 0) : 8)))
            // Aim at a stage, more of them early in the pipeline than late.
            let target = ProjectStage.pipeline[rng.pick(weights: [10, 12, 14, 10, 10, 14, 8, 8, 6], total: 92)]
            var history = ProjectStageHistory(start: .lead, on: entered)
            var day = entered
            var signedOn: PlanDate?
            while history.current != target, let next = history.current.next {
                let step = day.adding(months: rng.integer(1...3))
                guard step <= today, let moved = try? history.moving(to: next, on: step) else { break }
                history = moved
                day = step
                if next == .signed { signedOn = step }
            }
            if rng.chance(0.08), let dropped = try? history.moving(to: .terminated, on: min(day.adding(months: 1), today), reason: "演示：投资方放弃") {
                history = dropped
            }
            let investment = (rng.chance(0.3) ? rng.uniform(10...60) : rng.uniform(0.5...9.5)).roundedTo(2)
            let stage = history.current
            let position = Double(stage.position ?? 0)
            let funds = stage.isSignedOrLater ? (investment * min(position / 9 + rng.uniform(-0.1...0.1), 1)).roundedTo(2) : 0
            var milestones: [ProjectMilestone] = []
            if let signed = signedOn {
                // Land four months after signing, then the seed's rule; the start two months after
                // land and completion ten months after, some of them already missed.
                let anchor = signed.adding(months: 4 - rng.integer(0...2))
                milestones = ProjectMilestoneTemplate.landThenProduction.milestones(anchoredAt: anchor)
                milestones.append(ProjectMilestone(stage: .started, planned: anchor.adding(months: 2)))
                milestones.append(ProjectMilestone(stage: .completed, planned: anchor.adding(months: 10)))
            }
            var planned: [Int: Double] = [:]
            var completed: [Month: Double] = [:]
            let isKey = stage.isSignedOrLater && stage != .terminated && rng.chance(0.5)
            if isKey {
                let yearPlan = (investment * rng.uniform(0.2...0.5)).roundedTo(2)
                planned[today.year] = yearPlan
                // Some keep pace, some lag, some have reported nothing: the stalled and the red.
                let pace = rng.pick(weights: [5, 3, 2], total: 10)
                let factor = [rng.uniform(0.95...1.3), rng.uniform(0.3...0.75), 0][pace]
                if factor > 0, today.month > 1 {
                    for month in 1..<today.month {
                        completed[Month(year: today.year, month: month)] = (yearPlan / 12 * factor * rng.uniform(0.8...1.2)).roundedTo(3)
                    }
                }
            }
            let subject = subjects[rng.integer(0...(subjects.count - 1))]
            let record = ProjectRecord(
                name: "演示\(subject)项目\(String(format: "%03d", serial))", codename: "DEMO-\(year)-\(String(format: "%03d", serial))",
                year: year, investmentYi: investment, fundsInPlaceYi: min(max(funds, 0), investment),
                investor: "演示投资方\(String(format: "%03d", serial))", channel: ProjectChannel.allCases[rng.integer(0...3)],
                linkedLeader: leaders[rng.integer(0...(leaders.count - 1))], leadDepartmentCode: leadDepartment,
                townCode: towns[(serial - 1) % towns.count], isKey: isKey)
            projects.append(Project(record: record, history: history, milestones: milestones, plannedYi: planned, completedYi: completed))
        }
        return projects
    }
}

extension Double {
    fileprivate func roundedTo(_ places: Int) -> Double {
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        return (self * scale).rounded() / scale
    }
}

import BaiqiangCore
import Foundation

/// What the pages and the API say of one project today: its milestones with their states, its
/// investment against the time-elapsed schedule and its light with the reason for each part,
/// all decided by Core's rules.
struct ProjectAssessment: Sendable {
    struct Part: Sendable {
        var name: BilingualText
        var light: ProjectLight?
        var why: BilingualText
    }

    var milestones: [(milestone: ProjectMilestone, state: ProjectMilestoneState)]
    var schedule: ScheduleCompletion?
    /// Nil for a dropped project, which has no light.
    var light: ProjectLight?
    var parts: [Part]

    init(history: ProjectStageHistory, milestones: [ProjectMilestone], investment: ProjectsStore.YearInvestment?,
         statisticsEntry: PlanDate?, today: PlanDate, rule: ProjectLightRule) {
        let current = history.current
        self.milestones = milestones.map { ($0, ProjectMilestoneState.of($0, current: current, today: today)) }
        var parts: [Part] = []
        let startName = BilingualText(zh: "开工", en: "start")
        if let planned = milestones.first(where: { $0.stage == .started })?.planned {
            let light = rule.startLight(plannedStart: planned, actualStart: Self.startDay(history), today: today)
            parts.append(Part(name: startName, light: light, why: BilingualText(
                zh: "计划 \(planned.year) 年 \(planned.month) 月开工" + (Self.startDay(history).map { "，\($0) 已开工" } ?? "，尚未开工"),
                en: "start planned for \(planned.year)-\(planned.month)" + (Self.startDay(history).map { ", started \($0)" } ?? ", not started"))))
        } else {
            parts.append(Part(name: startName, light: nil, why: BilingualText(zh: "没有计划开工日期，不评", en: "no planned start, not judged")))
        }
        let progressName = BilingualText(zh: "投资进度", en: "investment progress")
        if let planned = investment?.plannedYi, planned > 0, let investment {
            let throughMonth = max(today.month - 1, 0)
            let schedule = ScheduleCompletion([KeyProjectInvestment(plannedYi: planned, completedYi: investment.completed(through: throughMonth))],
                                              throughMonth: throughMonth)
            self.schedule = schedule
            let light = rule.progressLight(completedShare: schedule.completedShare, scheduleShare: schedule.scheduleShare)
            let done = SVGText.number(schedule.completedPercentRounded), ahead = SVGText.number(schedule.pointsAheadRounded)
            parts.append(Part(name: progressName, light: light, why: BilingualText(
                zh: "截至 \(throughMonth) 月完成年度计划 \(done)%，比序时进度\(schedule.pointsAhead >= 0 ? "快" : "慢") \(SVGText.number(abs(schedule.pointsAheadRounded))) 个百分点",
                en: "\(done)% of the year's plan done by month \(throughMonth), \(ahead) points against the schedule")))
        } else {
            parts.append(Part(name: progressName, light: nil, why: BilingualText(zh: "没有本年度计划投资，不评", en: "no planned investment this year, not judged")))
        }
        let entryName = BilingualText(zh: "入库", en: "statistics entry")
        if let started = Self.startDay(history) {
            let light = rule.statisticsEntryLight(actualStart: started, enteredOn: statisticsEntry, today: today)
            parts.append(Part(name: entryName, light: light, why: statisticsEntry.map {
                BilingualText(zh: "\($0) 已入库", en: "entered on \($0)")
            } ?? BilingualText(zh: "\(started) 开工，尚未入库", en: "started on \(started), not entered yet")))
        } else {
            parts.append(Part(name: entryName, light: nil, why: BilingualText(zh: "尚未开工，不评", en: "not started, not judged")))
        }
        self.parts = parts
        let lights = parts.compactMap(\.light)
        light = current == .terminated ? nil : ProjectLight.worst(lights)
    }

    /// The day construction started, or the day the project was first seen at a later stage.
    static func startDay(_ history: ProjectStageHistory) -> PlanDate? {
        guard let started = ProjectStage.started.position else { return nil }
        return history.changes.first { ($0.to.position ?? -1) >= started }?.date
    }
}

import Testing
@testable import BaiqiangCore

/// Heshan's January–April 2023 figure, rebuilt from synthetic projects: 84 key projects, 52.37亿
/// done of a 135.33亿 year plan, is 38.7% of the plan and 5.4 points ahead of the schedule.
@Suite struct ScheduleCompletionTests {
    /// 83 projects of 1.6亿 and one of 2.53亿 planned (135.33亿); 52.37亿 done.
    static let heshanLike: [KeyProjectInvestment] =
        (0..<83).map { _ in KeyProjectInvestment(plannedYi: 1.6, completedYi: 0.62) }
        + [KeyProjectInvestment(plannedYi: 2.53, completedYi: 52.37 - 83 * 0.62)]

    @Test func reproducesHeshansAprilFigure() {
        let report = ScheduleCompletion(Self.heshanLike, throughMonth: 4)
        #expect(report.projectCount == 84)
        #expect(abs(report.plannedYi - 135.33) < 1e-9)
        #expect(abs(report.completedYi - 52.37) < 1e-9)
        #expect(report.completedPercentRounded == 38.7)
        #expect(abs(report.scheduleShare - 4.0 / 12) < 1e-12)
        #expect(report.pointsAheadRounded == 5.4)
    }

    @Test func behindTheScheduleIsNegative() {
        let report = ScheduleCompletion([KeyProjectInvestment(plannedYi: 10, completedYi: 2)], throughMonth: 6)
        #expect(report.pointsAheadRounded == -30)
    }

    @Test func nothingPlannedIsNoProgress() {
        #expect(ScheduleCompletion([], throughMonth: 4).completedShare == 0)
    }
}

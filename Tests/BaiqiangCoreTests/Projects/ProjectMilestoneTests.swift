import Testing
@testable import BaiqiangCore

private func day(_ text: String) -> PlanDate { PlanDate(text)! }

/// The seed's template and the state of a milestone with or without a reported day.
@Suite struct ProjectMilestoneTests {
    @Test func theSeedsTemplatePlansProductionOneAndTwoYearsAfterLand() {
        let plan = ProjectMilestoneTemplate.landThenProduction.milestones(anchoredAt: day("2023-03-31"))
        #expect(plan.map(\.stage) == [.landSupplied, .producing, .fullCapacity])
        #expect(plan.map(\.planned) == [day("2023-03-31"), day("2024-03-31"), day("2025-03-31")])
    }

    @Test func aLeapDayAnchorIsHeldToTheMonthsEnd() {
        let plan = ProjectMilestoneTemplate.landThenProduction.milestones(anchoredAt: day("2024-02-29"))
        #expect(plan.map(\.planned) == [day("2024-02-29"), day("2025-02-28"), day("2026-02-28")])
    }

    let production = ProjectMilestone(stage: .producing, planned: day("2024-03-31"))

    @Test func withoutAReportedDayItIsPendingUntilThePlannedDayThenNotReported() {
        #expect(ProjectMilestoneState.of(production, current: .started, today: day("2024-03-30")) == .pending)
        #expect(ProjectMilestoneState.of(production, current: .started, today: day("2024-03-31")) == .pending)
        #expect(ProjectMilestoneState.of(production, current: .started, today: day("2024-04-01")) == .notReported)
        #expect(ProjectMilestoneState.of(production, current: nil, today: day("2024-04-01")) == .notReported)
    }

    @Test func aStageReachedWithoutADateIsUnknownNotLate() {
        #expect(ProjectMilestoneState.of(production, current: .fullCapacity, today: day("2024-03-31")) == .unknown)
        #expect(ProjectMilestoneState.of(production, current: .producing, today: day("2024-01-01")) == .unknown)
        #expect(ProjectMilestoneState.of(production, current: .producing, today: day("2024-04-01")) == .notReported)
    }

    @Test func aReportedDayMakesItDoneOnceReached() {
        var reported = production
        reported.actual = day("2024-05-10")
        #expect(ProjectMilestoneState.of(reported, current: .producing, today: day("2024-05-10")) == .done)
        #expect(ProjectMilestoneState.of(reported, current: .producing, today: day("2024-05-09")) == .pending)
        #expect(ProjectMilestoneState.of(reported, current: .started, today: day("2024-03-01")) == .pending)
    }

    @Test func theActualDayComesFromTheStageHistory() throws {
        let history = try ProjectStageHistory(start: .signed, on: day("2022-11-21"))
            .moving(to: .landSupplied, on: day("2023-03-20"), reason: "注册与供地同步办理")
        let land = ProjectMilestone(stage: .landSupplied, planned: day("2023-03-31")).withActual(from: history)
        #expect(land.actual == day("2023-03-20"))
        #expect(ProjectMilestoneState.of(land, current: history.current, today: day("2023-04-01")) == .done)
    }
}

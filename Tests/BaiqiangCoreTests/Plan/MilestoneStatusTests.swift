import Testing
@testable import BaiqiangCore

/// Milestone status and light around the planned day and three months after it.
@Suite struct MilestoneStatusTests {
    func milestone(actual: String? = nil) -> PlanMilestone {
        PlanMilestone(code: "m", name: BilingualText(zh: "供地", en: "land supplied"),
                      planned: PlanFixture.day("2024-03-31"), actual: actual.map(PlanFixture.day))
    }

    @Test(arguments: [
        ("2024-03-30", MilestoneStatus.due, PlanLight.green),
        ("2024-03-31", MilestoneStatus.due, PlanLight.green),      // the planned day itself
        ("2024-04-01", MilestoneStatus.overdue, PlanLight.yellow), // one day late
        ("2024-06-30", MilestoneStatus.overdue, PlanLight.yellow), // three months late to the day
        ("2024-07-01", MilestoneStatus.overdue, PlanLight.red),    // more than three months
    ])
    func notDone(now: String, status: MilestoneStatus, light: PlanLight) {
        let evaluation = MilestoneEvaluation(milestone(), now: PlanFixture.day(now))
        #expect(evaluation.status == status)
        #expect(evaluation.light == light)
    }

    @Test func doneIsAchievedAndRecordsHowLate() {
        let evaluation = MilestoneEvaluation(milestone(actual: "2024-04-15"), now: PlanFixture.day("2024-12-01"))
        #expect(evaluation.status == .done)
        #expect(evaluation.light == .achieved)
        #expect(evaluation.daysLate == 15)
    }

    @Test func anActualDayAfterNowIsNotYetDone() {
        let evaluation = MilestoneEvaluation(milestone(actual: "2024-04-15"), now: PlanFixture.day("2024-04-01"))
        #expect(evaluation.status == .overdue)
        #expect(evaluation.daysLate == 1)
    }
}

import Testing
@testable import BaiqiangCore

private func day(_ text: String) -> PlanDate { PlanDate(text)! }

/// Which list a project is on, and for how many days.
@Suite struct StalledListTests {
    let milestones = [
        ProjectMilestone(stage: .registered, planned: day("2023-01-31")),
        ProjectMilestone(stage: .landSupplied, planned: day("2023-03-31")),
        ProjectMilestone(stage: .started, planned: day("2023-04-30")),
        ProjectMilestone(stage: .completed, planned: day("2023-12-31")),
    ]

    func input(_ history: ProjectStageHistory, invested: Double = 0) -> StalledListInput {
        StalledListInput(projectID: "p1", history: history, milestones: milestones,
                         completedInvestmentYi: invested, linkedLeader: "市长")
    }

    @Test func landedButNotStartedAfterThePlannedStartIsApprovedNotStarted() {
        let project = input(ProjectStageHistory(start: .landSupplied, on: day("2023-03-20")))
        #expect(StalledList.entries(for: project, today: day("2023-04-30")).isEmpty)
        let entries = StalledList.entries(for: project, today: day("2023-05-10"))
        #expect(entries.map(\.list) == [.approvedNotStarted, .sixNot])
        #expect(entries.map(\.daysStalled) == [10, 10])
        #expect(entries.first?.linkedLeader == "市长")
    }

    @Test func startedWithNoInvestmentForThirtyDaysIsStartedNotBuilding() {
        let project = input(ProjectStageHistory(start: .started, on: day("2023-05-01")))
        #expect(StalledList.entries(for: project, today: day("2023-05-30")).isEmpty)
        #expect(StalledList.entries(for: project, today: day("2023-05-31")).map(\.list) == [.startedNotBuilding])
        let building = input(ProjectStageHistory(start: .started, on: day("2023-05-01")), invested: 0.5)
        #expect(StalledList.entries(for: building, today: day("2023-05-31")).isEmpty)
    }

    @Test func buildingPastThePlannedCompletionIsBuildingNotCompleted() {
        let project = input(ProjectStageHistory(start: .started, on: day("2023-05-01")), invested: 3)
        #expect(StalledList.entries(for: project, today: day("2023-12-31")).isEmpty)
        let entries = StalledList.entries(for: project, today: day("2024-01-03"))
        #expect(entries.map(\.list) == [.buildingNotCompleted, .sixNot])
        #expect(entries.map(\.daysStalled) == [3, 3])
    }

    @Test func signedButNotRegisteredPastItsDayIsOnlySixNot() {
        let project = input(ProjectStageHistory(start: .signed, on: day("2022-11-21")))
        #expect(StalledList.entries(for: project, today: day("2023-02-01")).map(\.list) == [.sixNot])
        // Talks are not a stall, even past the day the signing was hoped for.
        let talks = StalledListInput(
            projectID: "p2", history: ProjectStageHistory(start: .negotiating, on: day("2022-11-21")),
            milestones: milestones + [ProjectMilestone(stage: .signed, planned: day("2022-12-31"))],
            completedInvestmentYi: 0, linkedLeader: nil)
        #expect(StalledList.entries(for: talks, today: day("2024-02-01")).isEmpty)
    }

    @Test func aListIsLongestStalledFirst() {
        let a = StalledListInput(projectID: "a", history: ProjectStageHistory(start: .signed, on: day("2022-11-21")),
                                 milestones: milestones, completedInvestmentYi: 0, linkedLeader: nil)
        let b = StalledListInput(projectID: "b", history: ProjectStageHistory(start: .registered, on: day("2023-01-10")),
                                 milestones: milestones, completedInvestmentYi: 0, linkedLeader: nil)
        let list = StalledList.list(.sixNot, of: [b, a], today: day("2023-04-10"))
        #expect(list.map(\.projectID) == ["a", "b"])
        #expect(list.map(\.daysStalled) == [69, 10])
    }
}

import Testing
@testable import BaiqiangCore

/// Starting the next plan from an ended one: its structure, none of its measurements.
@Suite struct PlanSuccessorTests {
    typealias F = PlanFixture

    func ended() -> PlanDocument {
        var document = F.plan(kpis: [F.kpi(deadline: "2025-12-31", strict: true,
                                           observations: [F.observation(90, "2025-06-30", source: "bulletin 2025"),
                                                          F.observation(99, "2026-02-01")])],
                              milestones: [PlanMilestone(code: "m", name: BilingualText(zh: "供地", en: "land"),
                                                         planned: F.day("2024-03-31"), actual: F.day("2024-03-20")),
                                           PlanMilestone(code: "m2", name: BilingualText(zh: "投产", en: "production"),
                                                         planned: F.day("2026-06-30"))])
        document.period = PlanPeriod(start: F.day("2023-01-01"), end: F.day("2025-12-31"))
        document.source = "plenary report"
        return document
    }

    let next = PlanPeriod(start: F.day("2026-01-01"), end: F.day("2028-12-31"))

    @Test func keepsTheStructureUnderTheNewCodeTitleAndPeriod() throws {
        let successor = ended().successor(code: "p-2026", title: BilingualText(zh: "新规划", en: "next plan"),
                                          period: next, keepTargets: true)
        #expect(successor.code == "p-2026")
        #expect(successor.title.zh == "新规划")
        #expect(successor.period == next)
        #expect(successor.source == nil)
        #expect(successor.areas.map(\.code) == ["a"])
        #expect(successor.allItems.map(\.code) == ["i"])
        let kpi = try #require(successor.kpi("k"))
        #expect(kpi.observations.isEmpty)
        #expect(kpi.target == KPITarget(value: 100, deadline: F.day("2028-12-31"), strict: true))
        #expect(kpi.baseline == KPIBaseline(value: 90, date: F.day("2025-06-30"), source: "bulletin 2025"),
                "starts from the last figure of the old period, not one after it")
        #expect(successor.allMilestones.allSatisfy { $0.actual == nil })
        #expect(successor.milestone("m")?.planned == F.day("2028-12-31"), "a past planned day is moved to be re-planned")
        #expect(successor.milestone("m2")?.planned == F.day("2026-06-30"))
        #expect(PlanValidator(now: F.day("2026-01-05")).issues(in: successor).isEmpty)
    }

    @Test func clearedTargetsLeaveIndicatorsToSet() {
        let successor = ended().successor(code: "p-2026", title: BilingualText(zh: "新规划", en: "next plan"),
                                          period: next, keepTargets: false)
        #expect(successor.kpi("k")?.target == nil)
    }
}

@Suite struct PlanCodeTests {
    @Test(arguments: [("heshan-2026", true), ("2026", true), ("", false), ("-x", false), ("Heshan", false),
                      ("a/b", false), ("a b", false), (String(repeating: "a", count: 64), true),
                      (String(repeating: "a", count: 65), false)])
    func codes(code: String, valid: Bool) {
        #expect(PlanCode.isValid(code) == valid)
    }
}

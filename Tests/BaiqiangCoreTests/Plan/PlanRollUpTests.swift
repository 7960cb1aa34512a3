import Testing
@testable import BaiqiangCore

/// Weighted roll-up, the children it leaves out, and how lights follow.
@Suite struct PlanRollUpTests {
    func part(_ code: String, weight: Double = 1, progress: Double?, schedule: Double? = 0.5,
              achieved: Bool = false) -> PlanRollUp.Part {
        PlanRollUp.Part(code: code, weight: weight, progress: progress,
                        displayProgress: progress.map { min(max($0, 0), 1) }, schedule: progress == nil ? nil : schedule,
                        achieved: achieved)
    }

    @Test func weightedMeanOfChildren() throws {
        // (1 × 0.25 + 3 × 0.75) / 4 = 0.625; binary-exact shares keep the expectation exact.
        let rollUp = PlanRollUp(parts: [part("a", weight: 1, progress: 0.25), part("b", weight: 3, progress: 0.75)])
        #expect(try #require(rollUp.progress) == 0.625)
        #expect(rollUp.schedule == 0.5)
        #expect(rollUp.light == .green)
        #expect(rollUp.included == ["a", "b"])
        #expect(rollUp.excluded.isEmpty)
    }

    @Test func equalWeightsByDefault() {
        let rollUp = PlanRollUp(parts: [part("a", progress: 0), part("b", progress: 1)])
        #expect(rollUp.progress == 0.5)
    }

    @Test func childrenWithoutDataAreLeftOutAndNamed() {
        let rollUp = PlanRollUp(parts: [part("a", progress: 0.4), part("b", progress: nil)])
        #expect(rollUp.progress == 0.4)
        #expect(rollUp.included == ["a"])
        #expect(rollUp.excluded.map(\.code) == ["b"])
        #expect(rollUp.excluded.first?.reason == PlanRollUp.noDataReason)
    }

    @Test func noChildWithDataIsGrey() {
        let rollUp = PlanRollUp(parts: [part("a", progress: nil)])
        #expect(rollUp.progress == nil)
        #expect(rollUp.light == .grey)
        #expect(PlanRollUp(parts: []).light == .grey)
    }

    @Test func anOverAchieverCannotHideALaggard() {
        // Exact mean (1.5 + 0) / 2 = 0.75 looks on schedule; the display mean (1 + 0) / 2 = 0.5
        // against a schedule of 0.9 is 40 points behind: red.
        let rollUp = PlanRollUp(parts: [part("a", progress: 1.5, schedule: 0.9, achieved: true),
                                        part("b", progress: 0, schedule: 0.9)])
        #expect(rollUp.progress == 0.75)
        #expect(rollUp.displayProgress == 0.5)
        #expect(rollUp.light == .red)
    }

    @Test func allAchievedIsAchieved() {
        let rollUp = PlanRollUp(parts: [part("a", progress: 1, achieved: true), part("b", progress: 1.2, achieved: true)])
        #expect(rollUp.light == .achieved)
    }

    @Test func planTreeRollsUpItemsLinesAndAreas() throws {
        let now = PlanFixture.day("2024-01-01")
        let onTrack = PlanFixture.kpi(code: "on-track", observations: [PlanFixture.observation(50, "2024-01-01")])
        var awaiting = PlanFixture.kpi(code: "awaiting")
        awaiting.source = .computed
        awaiting.provider = "enterprises.above_scale_count"
        let plan = PlanFixture.plan(kpis: [onTrack, awaiting, PlanFixture.kpi(code: "empty")])
        let evaluation = PlanEvaluation.evaluate(plan, now: now)
        let item = try #require(evaluation.items["i"])
        // 2023-01-01 → 2025-01-01 is 731 days; 365 have passed.
        #expect(item.schedule == 365.0 / 731)
        #expect(item.progress == 0.5)
        #expect(item.included == ["on-track"])
        #expect(item.excluded.map(\.code) == ["awaiting", "empty"])
        #expect(item.excluded.first?.reason.en.contains("awaiting data") == true)
        #expect(evaluation.lines["l"]?.progress == 0.5)
        #expect(evaluation.areas["a"]?.progress == 0.5)
        #expect(evaluation.plan.progress == 0.5)
        #expect(evaluation.plan.light == .green)
    }

    @Test func monitoringIndicatorsAreNotRolledUp() throws {
        var indicator = PlanFixture.kpi(code: "gdp", observations: [PlanFixture.observation(458.51, "2022-12-31")])
        indicator.target = nil
        let evaluation = PlanEvaluation.evaluate(PlanFixture.plan(kpis: [indicator]), now: PlanFixture.day("2024-01-01"))
        #expect(evaluation.kpis["gdp"]?.light == .grey)
        #expect(evaluation.kpis["gdp"]?.latest?.value == 458.51)
        #expect(evaluation.items["i"]?.excluded.first?.reason.en.contains("monitoring") == true)
    }
}

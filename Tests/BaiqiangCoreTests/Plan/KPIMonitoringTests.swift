import Testing
@testable import BaiqiangCore

/// A monitoring indicator (no target) is judged by no light: its evaluation says so and is grey,
/// so pages, the big screen and the API show what the evaluation returns.
@Suite struct KPIMonitoringTests {
    static let now = PlanFixture.day("2024-06-30")

    static func indicator() -> KPI {
        var kpi = PlanFixture.kpi(code: "gdp")
        kpi.target = nil
        return kpi
    }

    @Test(arguments: [
        KPIData.recorded([PlanFixture.observation(120, "2023-12-31"), PlanFixture.observation(130, "2024-06-01")]),
        KPIData.recorded([PlanFixture.observation(-5, "2024-06-01")]),
        KPIData.recorded([]),
        KPIData.awaitingData(provider: "registry.count"),
    ])
    func aMonitoringIndicatorIsGreyWhateverItsFigures(_ data: KPIData) {
        let evaluation = KPIEvaluation.evaluate(Self.indicator(), data: data, now: Self.now)
        #expect(evaluation.isMonitoring)
        #expect(evaluation.light == .grey)
        #expect(!evaluation.achieved && evaluation.progress == nil)
    }

    @Test func aTargetedKPIIsNotMonitoringAndGetsItsLight() {
        let kpi = PlanFixture.kpi(observations: [PlanFixture.observation(70, "2024-06-01")])
        let evaluation = KPIEvaluation.evaluate(kpi, data: kpi.ownData, now: Self.now)
        #expect(!evaluation.isMonitoring)
        #expect(evaluation.light == .green)
    }

    @Test func theMonitoringIndicatorIsLeftOutOfTheRollUp() {
        var indicator = Self.indicator()
        indicator.observations = [PlanFixture.observation(130, "2024-06-01")]
        let evaluation = PlanEvaluation.evaluate(PlanFixture.plan(kpis: [indicator]), now: Self.now)
        #expect(evaluation.items["i"]?.included == [])
        #expect(evaluation.items["i"]?.excluded.map(\.code) == ["gdp"])
    }
}

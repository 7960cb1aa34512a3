import Testing
@testable import BaiqiangCore

/// What a figure rests on, and what a public page may show of it.
@Suite struct DataProvenanceTests {
    @Test("Counted from demo records only, real ones only, both, or nothing")
    func fromCounts() {
        #expect(DataProvenance(demo: 3, real: 0) == .demo)
        #expect(DataProvenance(demo: 0, real: 3) == .factual)
        #expect(DataProvenance(demo: 1, real: 1) == .mixed)
        #expect(DataProvenance(demo: 0, real: 0) == .factual)
        #expect(DataProvenance(demoAmount: 0.5, realAmount: 0) == .demo)
        #expect(DataProvenance.factual.combined(with: .demo) == .mixed)
        #expect(DataProvenance.demo.combined(with: .demo) == .demo)
        #expect(DataProvenance.demo.label?.zh == "演示数据")
        #expect(DataProvenance.mixed.label?.zh == "含演示数据")
        #expect(DataProvenance.factual.label == nil)
    }

    @Test("The public figures leave out every figure resting on demo records, mixed ones too")
    func factsOnly() {
        let day = PlanDate("2025-12-31")!
        let readings = KPIReadings(observations: [
            KPIObservation(value: 800, date: PlanDate("2024-10-18")!, source: "江门日报"),
            KPIObservation(value: 664, date: day, source: "registry", provenance: .demo),
            KPIObservation(value: 665, date: day, source: "registry", provenance: .mixed),
        ])
        guard case .measured(let kept) = KPIData.measured(readings).factsOnly else { Issue.record("still measured"); return }
        #expect(kept.observations.map(\.value) == [800])
        let kpi = KPI(code: "k", name: BilingualText(zh: "k", en: "k"), unit: "firms", target: nil)
        let evaluation = KPIEvaluation.evaluate(kpi, data: ["k": KPIData.measured(readings)].factsOnly["k"]!, now: day)
        #expect(evaluation.latest?.value == 800)
    }

    @Test("A registry count says, per year, whether demo firms went into it")
    func registryYears() {
        let observations = RegistryMetric.aboveScaleCount.observations([2024: 664, 2025: 665], asOf: PlanDate("2025-06-30")!,
                                                                     source: "registry", provenance: [2024: .demo, 2025: .mixed])
        #expect(observations.map(\.provenance) == [.demo, .mixed])
        #expect(RegistryMetric.aboveScaleCount.observations([2024: 5], asOf: PlanDate("2025-06-30")!, source: "r").first?.provenance == .factual)
    }
}

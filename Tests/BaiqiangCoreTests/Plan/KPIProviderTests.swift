import Testing
@testable import BaiqiangCore

/// Computed KPIs: a number only from a registered provider, "awaiting data" until then.
@Suite struct KPIProviderTests {
    struct FixedCount: KPIValueProvider {
        let key = "enterprises.above_scale_count"
        func readings(for kpi: KPI, asOf now: PlanDate) async throws -> KPIReadings {
            KPIReadings(baselineValue: 600, observations: [
                KPIObservation(value: 700, date: now, source: "企业库", enteredBy: "system"),
            ])
        }
    }

    var kpi: KPI {
        var kpi = PlanFixture.kpi(code: "above-scale", baseline: nil, target: 800,
                                  from: "2023-01-01", deadline: "2025-01-01")
        kpi.source = .computed
        kpi.provider = "enterprises.above_scale_count"
        return kpi
    }

    let now = PlanFixture.day("2024-01-01")

    @Test func withoutAProviderTheKPIAwaitsData() async throws {
        let data = try await KPIProviderRegistry().data(for: kpi, asOf: now)
        #expect(data == .awaitingData(provider: "enterprises.above_scale_count"))
        let evaluation = KPIEvaluation.evaluate(kpi, data: data, now: now)
        #expect(evaluation.state == .awaitingData(provider: "enterprises.above_scale_count"))
        #expect(evaluation.latest == nil)
        #expect(evaluation.progress == nil)
        #expect(evaluation.light == .grey)
    }

    @Test func aRegisteredProviderSuppliesFiguresAndBaseline() async throws {
        let registry = KPIProviderRegistry([FixedCount()])
        #expect(registry.keys == ["enterprises.above_scale_count"])
        let data = try await registry.data(for: kpi, asOf: now)
        let evaluation = KPIEvaluation.evaluate(kpi, data: data, now: now)
        #expect(evaluation.state == .evaluated)
        #expect(evaluation.latest?.value == 700)
        #expect(evaluation.progress?.exact == 0.5)
    }

    @Test func publishedFiguresStayBesideTheProvidersOnes() async throws {
        var kpi = self.kpi
        kpi.observations = [PlanFixture.observation(650, "2023-06-30", source: "公报")]
        let data = try await KPIProviderRegistry([FixedCount()]).data(for: kpi, asOf: now)
        guard case let .measured(readings) = data else {
            Issue.record("expected measured data")
            return
        }
        #expect(readings.observations.map(\.value) == [650, 700])
    }

    @Test func manualKPIsIgnoreTheRegistry() async throws {
        let manual = PlanFixture.kpi(observations: [PlanFixture.observation(5, "2023-06-30")])
        let data = try await KPIProviderRegistry([FixedCount()]).data(for: manual, asOf: now)
        #expect(data == .recorded(manual.observations))
    }
}

import Testing
@testable import BaiqiangCore

/// A KPI with official reported figures and figures computed from the platform's records shows
/// both, and is judged on the ones it declares (`light_from`).
@Suite struct KPILightFromTests {
    struct Disposals: KPIValueProvider {
        let key = "land.low_efficiency_disposed_ha"
        func readings(for kpi: KPI, asOf now: PlanDate) async throws -> KPIReadings {
            KPIReadings(observations: [KPIObservation(value: 350, date: PlanFixture.day("2025-06-30"), source: "宗地处置记录")])
        }
    }

    let now = PlanFixture.day("2025-07-01")

    func land(_ lightFrom: KPILightSource?) -> KPI {
        var kpi = PlanFixture.kpi(code: "land", baseline: 0, target: 1333.3, from: "2022-12-20", deadline: "2025-12-31")
        kpi.source = .computed
        kpi.provider = "land.low_efficiency_disposed_ha"
        kpi.lightFrom = lightFrom
        kpi.observations = [PlanFixture.observation(800, "2024-10-18", source: "江门日报")]
        return kpi
    }

    func judged(_ lightFrom: KPILightSource?) async throws -> (KPIEvaluation, KPIFigures) {
        let kpi = land(lightFrom)
        let data = try await KPIProviderRegistry([Disposals()]).data(for: kpi, asOf: now)
        return (KPIEvaluation.evaluate(kpi, data: data, now: now), KPIFigures.of(kpi, data: data, now: now))
    }

    @Test("light_from: reported judges on the reported 800 ha though a computed figure is newer; both are shown")
    func reported() async throws {
        let (evaluation, figures) = try await judged(.reported)
        #expect(evaluation.latest?.value == 800)
        #expect(figures.reported?.value == 800)
        #expect(figures.computed?.value == 350)
        #expect(figures.hasBoth)
    }

    @Test("light_from: computed judges on what the records give; undeclared, the latest of both")
    func computedOrBoth() async throws {
        #expect(try await judged(.computed).0.latest?.value == 350)
        #expect(try await judged(nil).0.latest?.value == 350)
        let (_, figures) = try await judged(.computed)
        #expect(figures.reported?.value == 800)
    }

    @Test("A manual KPI cannot take its light from computed figures; light_from survives a round trip")
    func declaration() throws {
        var manual = PlanFixture.kpi(code: "m")
        manual.lightFrom = .computed
        let issues = PlanValidator(now: now).issues(in: PlanFixture.plan(kpis: [manual]))
        #expect(issues.contains { $0.path.hasSuffix(".light_from") })
        let plan = PlanFixture.plan(kpis: [land(.reported)])
        #expect(try PlanYAML.read(PlanYAML.write(plan), now: now).kpi("land")?.lightFrom == .reported)
        #expect(try PlanCSV.read(PlanCSV.write(plan), into: plan, now: now).kpi("land")?.lightFrom == .reported)
    }
}

import Testing
@testable import BaiqiangCore

/// The least-squares forecast and its 24-month window.
@Suite struct KPIForecastTests {
    let deadline = PlanFixture.day("2025-01-01")
    let now = PlanFixture.day("2024-06-01")

    @Test func straightLineThroughTheFiguresEvaluatedAtTheDeadline() throws {
        // One unit a day: 0 on 2023-01-01, 365 on 2024-01-01 → 731 on 2025-01-01.
        let forecast = KPIForecast.make(observations: [PlanFixture.observation(0, "2023-01-01"),
                                                       PlanFixture.observation(365, "2024-01-01")],
                                        deadline: deadline, now: now)
        guard case let .projected(value, at, basedOn) = forecast else {
            Issue.record("expected a projection, got \(forecast)")
            return
        }
        #expect(abs(value - 731) < 1e-9)
        #expect(at == deadline)
        #expect(basedOn == 2)
    }

    @Test func leastSquaresThroughScatteredFigures() throws {
        // Days 0, 10, 20 from 2024-01-01 with values 0, 12, 20: slope 1, intercept 2/3.
        let forecast = KPIForecast.make(observations: [PlanFixture.observation(0, "2024-01-01"),
                                                       PlanFixture.observation(12, "2024-01-11"),
                                                       PlanFixture.observation(20, "2024-01-21")],
                                        deadline: PlanFixture.day("2024-01-31"), now: now)
        let value = try #require(forecast.value)
        #expect(abs(value - (30 + 2.0 / 3)) < 1e-9)
    }

    @Test func fewerThanTwoFiguresIsInsufficient() {
        #expect(KPIForecast.make(observations: [], deadline: deadline, now: now) == .insufficientData(observations: 0))
        #expect(KPIForecast.make(observations: [PlanFixture.observation(5, "2024-01-01")], deadline: deadline, now: now)
            == .insufficientData(observations: 1))
        // Two figures on the same day give no slope.
        #expect(KPIForecast.make(observations: [PlanFixture.observation(5, "2024-01-01"),
                                                PlanFixture.observation(6, "2024-01-01")], deadline: deadline, now: now)
            == .insufficientData(observations: 2))
    }

    @Test func windowStartsExactly24MonthsBeforeNow() {
        let recent = PlanFixture.observation(10, "2024-01-01")
        let onTheEdge = PlanFixture.observation(0, "2022-06-01")
        let justOutside = PlanFixture.observation(0, "2022-05-31")
        #expect(KPIForecast.make(observations: [onTheEdge, recent], deadline: deadline, now: now).value != nil)
        #expect(KPIForecast.make(observations: [justOutside, recent], deadline: deadline, now: now)
            == .insufficientData(observations: 1))
    }

    @Test func figuresAfterNowAreLeftOut() {
        let forecast = KPIForecast.make(observations: [PlanFixture.observation(0, "2024-01-01"),
                                                       PlanFixture.observation(10, "2024-06-02")],
                                        deadline: deadline, now: now)
        #expect(forecast == .insufficientData(observations: 1))
    }
}

import Testing
@testable import BaiqiangCore

/// Lights at their boundaries: exactly 10 points behind is green, exactly 30 is yellow.
@Suite struct PlanLightTests {
    /// 2024-01-01 → 2024-04-10 is 100 days; on 2024-02-20 (day 50) the schedule is exactly 50%.
    func evaluate(_ latest: Double?, now: String = "2024-02-20", baseline: Double = 0, target: Double = 100,
                  direction: KPIDirection = .up, strict: Bool = false) -> KPIEvaluation {
        let observations = latest.map { [PlanFixture.observation($0, "2024-02-01")] } ?? []
        let kpi = PlanFixture.kpi(baseline: baseline, target: target, from: "2024-01-01", deadline: "2024-04-10",
                                  direction: direction, strict: strict, observations: observations)
        return KPIEvaluation.evaluate(kpi, data: kpi.ownData, now: PlanFixture.day(now))
    }

    @Test func scheduleIsHalfWayOnDayFifty() {
        #expect(evaluate(40).schedule == 0.5)
    }

    @Test(arguments: [
        (40.0, PlanLight.green),   // exactly 10 points behind
        (39.9, PlanLight.yellow),  // just over 10
        (20.0, PlanLight.yellow),  // exactly 30 points behind
        (19.9, PlanLight.red),     // just over 30
        (50.0, PlanLight.green),   // on schedule
        (90.0, PlanLight.green),   // ahead
        (-5.0, PlanLight.red),     // worse than the baseline
    ])
    func lightByPointsBehind(latest: Double, light: PlanLight) {
        #expect(evaluate(latest).light == light)
    }

    @Test func boundariesHoldForDecimalSharesThatBinaryCannotRepresent() {
        // 0.6 − 0.3 and 0.5 − 0.2 are not exactly 0.3 in binary; the boundary must not move.
        #expect(PlanLight.judge(progress: 0.3, schedule: 0.6, deadlinePassed: false) == .yellow)
        #expect(PlanLight.judge(progress: 0.2, schedule: 0.5, deadlinePassed: false) == .yellow)
        #expect(PlanLight.judge(progress: 0.7, schedule: 0.8, deadlinePassed: false) == .green)
        #expect(PlanLight.judge(progress: 0.1, schedule: 0.2, deadlinePassed: false) == .green)
    }

    @Test func targetMetIsAchievedEvenWhenLate() {
        #expect(evaluate(100).light == .achieved)
        #expect(evaluate(100, now: "2025-01-01").light == .achieved)
        #expect(evaluate(100).progress?.exact == 1)
    }

    @Test func strictTargetMustBePassed() {
        #expect(evaluate(100, strict: true).light != .achieved)
        #expect(evaluate(100.5, strict: true).light == .achieved)
    }

    @Test func progressIsExactAndClampedForDisplay() throws {
        let over = try #require(evaluate(150).progress)
        #expect(over.exact == 1.5)
        #expect(over.clamped == 1)
        let under = try #require(evaluate(-20).progress)
        #expect(under.exact == -0.2)
        #expect(under.clamped == 0)
    }

    @Test func deadlinePassedUnmetIsRed() {
        #expect(evaluate(99, now: "2024-04-10").light == .green, "on the deadline day it is not yet passed")
        #expect(evaluate(99, now: "2024-04-11").light == .red)
    }

    @Test func noDataIsGrey() {
        let evaluation = evaluate(nil)
        #expect(evaluation.light == .grey)
        #expect(evaluation.state == .noData)
        #expect(evaluation.progress == nil)
    }

    @Test func figuresAfterNowAreIgnored() {
        #expect(evaluate(40, now: "2024-01-31").state == .noData)
    }

    @Test func downwardKPIsCountDecreasesAsProgress() {
        let halfWay = evaluate(75, baseline: 100, target: 50, direction: .down)
        #expect(halfWay.progress?.exact == 0.5)
        #expect(halfWay.light == .green)
        #expect(evaluate(50, baseline: 100, target: 50, direction: .down).light == .achieved)
        #expect(evaluate(120, baseline: 100, target: 50, direction: .down).light == .red)
    }

    @Test func latestFigureOfTheSameDayIsTheLastEntered() {
        let kpi = PlanFixture.kpi(observations: [PlanFixture.observation(10, "2024-01-01"),
                                                 PlanFixture.observation(20, "2024-01-01")])
        let evaluation = KPIEvaluation.evaluate(kpi, data: kpi.ownData, now: PlanFixture.day("2024-02-01"))
        #expect(evaluation.latest?.value == 20)
    }
}

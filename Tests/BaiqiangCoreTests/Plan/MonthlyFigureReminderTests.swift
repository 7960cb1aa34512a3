import Testing
@testable import BaiqiangCore

@Suite("本月尚未填报: the targets a department owns and has entered no figure for this month")
struct MonthlyFigureReminderTests {
    static let today = PlanFixture.day("2024-06-15")

    static func due(_ kpis: [KPI], owner: String = "gxj", today: PlanDate = today) -> [String] {
        MonthlyFigureReminder.due(in: PlanFixture.plan(kpis: kpis), owner: owner, today: today).map(\.code)
    }

    @Test func aTargetWithoutAFigureThisMonthIsDue() {
        let kpi = PlanFixture.kpi(code: "k", observations: [PlanFixture.observation(10, "2024-05-31")])
        #expect(Self.due([kpi]) == ["k"])
    }

    @Test func aFigureDatedThisMonthSettlesIt() {
        let first = PlanFixture.kpi(code: "k", observations: [PlanFixture.observation(10, "2024-06-01")])
        #expect(Self.due([first]).isEmpty)
    }

    @Test func aWithdrawnFigureDoesNotCount() {
        var figure = PlanFixture.observation(10, "2024-06-10")
        figure.status = .withdrawn
        #expect(Self.due([PlanFixture.kpi(code: "k", observations: [figure])]) == ["k"])
    }

    @Test func anotherDepartmentsComputedMonitoringOrPastTargetsAreNotAskedFor() {
        var computed = PlanFixture.kpi(code: "computed")
        computed.source = .computed
        var monitoring = PlanFixture.kpi(code: "monitoring")
        monitoring.target = nil
        var theirs = PlanFixture.kpi(code: "theirs")
        theirs.owner = "zrzyj"
        let past = PlanFixture.kpi(code: "past", deadline: "2024-05-31")
        let current = PlanFixture.kpi(code: "current", deadline: "2024-06-30")
        #expect(Self.due([computed, monitoring, theirs, past, current]) == ["current"])
        #expect(Self.due([theirs], owner: "zrzyj") == ["theirs"])
    }

    @Test func anEndedPlanAsksForNothing() {
        let kpi = PlanFixture.kpi(code: "k", deadline: "2025-01-01")
        #expect(Self.due([kpi], today: PlanFixture.day("2025-01-01")) == ["k"])
        #expect(Self.due([kpi], today: PlanFixture.day("2025-01-02")).isEmpty)
    }
}

import Testing
@testable import BaiqiangCore

/// The final review: when a plan counts as over, and how each target and milestone is judged.
@Suite struct PlanReviewTests {
    typealias F = PlanFixture

    /// A plan running 2023-01-01 … 2025-12-31 with one target (100, due on the plan's last day).
    func plan(_ observations: [KPIObservation], milestones: [PlanMilestone] = [], monitoring: KPI? = nil) -> PlanDocument {
        var document = F.plan(kpis: [F.kpi(deadline: "2025-12-31", observations: observations)] + (monitoring.map { [$0] } ?? []),
                              milestones: milestones)
        document.period = PlanPeriod(start: F.day("2023-01-01"), end: F.day("2025-12-31"))
        return document
    }

    @Test func thePlanRunsOnItsLastDayAndIsReviewedTheDayAfter() {
        let document = plan([F.observation(120, "2025-06-30")])
        #expect(!document.hasEnded(at: F.day("2025-12-31")))
        #expect(PlanReview.ifEnded(document, today: F.day("2025-12-31")) == nil)
        #expect(document.hasEnded(at: F.day("2026-01-01")))
        #expect(PlanReview.ifEnded(document, today: F.day("2026-01-01"))?.kpis["k"]?.verdict == .achieved)
    }

    @Test func aPlanWithoutADeclaredPeriodEndsWithItsLastDeadline() {
        var document = plan([])
        document.period = nil
        document.adopted = F.day("2022-12-20")
        #expect(document.effectivePeriod == PlanPeriod(start: F.day("2022-12-20"), end: F.day("2025-12-31")))
    }

    @Test func aTargetIsJudgedOnTheLastFigureAtOrBeforeItsDeadline() throws {
        let review = PlanReview.review(plan([F.observation(90, "2025-06-30"), F.observation(104, "2025-12-31"),
                                             F.observation(150, "2026-01-01")]),
                                       end: F.day("2025-12-31"))
        let k = try #require(review.kpis["k"])
        #expect(k.verdict == .achieved)
        #expect(k.final?.value == 104, "the figure of the deadline day counts, the one after it does not")
        #expect(k.difference == 4)
        #expect(k.shareOfTarget == 1.04)
    }

    @Test func aFigureAfterTheDeadlineDoesNotRescueATarget() throws {
        let review = PlanReview.review(plan([F.observation(80, "2025-11-30"), F.observation(120, "2026-01-01")]),
                                       end: F.day("2025-12-31"))
        let k = try #require(review.kpis["k"])
        #expect(k.verdict == .notAchieved)
        #expect(k.final?.value == 80)
        #expect(k.difference == -20)
        #expect(k.shareOfTarget == 0.8)
        #expect(review.count(.notAchieved) == 1)
    }

    @Test func noFigureByTheDeadlineIsNoData() throws {
        let review = PlanReview.review(plan([F.observation(120, "2026-02-01")]), end: F.day("2025-12-31"))
        let k = try #require(review.kpis["k"])
        #expect(k.verdict == .noData)
        #expect(k.final == nil)
        #expect(k.difference == nil)
    }

    @Test func aComputedKPIWithoutItsProviderIsNoData() {
        var kpi = F.kpi(deadline: "2025-12-31")
        kpi.source = .computed
        kpi.provider = "registry.count"
        let review = PlanReview.review(F.plan(kpis: [kpi]), end: F.day("2025-12-31"))
        #expect(review.kpis["k"]?.verdict == .noData)
    }

    @Test func aMonitoringIndicatorIsListedWithoutAVerdict() {
        var gdp = F.kpi(code: "gdp", observations: [F.observation(500, "2025-12-31")])
        gdp.target = nil
        let review = PlanReview.review(plan([], monitoring: gdp), end: F.day("2025-12-31"))
        #expect(review.kpis["gdp"]?.verdict == nil)
        #expect(review.kpis["gdp"]?.final?.value == 500)
    }

    @Test(arguments: [
        ("2024-03-31", MilestoneReview.Outcome.onTime),
        ("2024-04-10", MilestoneReview.Outcome.late),
        (nil, MilestoneReview.Outcome.notDone),
    ] as [(String?, MilestoneReview.Outcome)])
    func milestones(actual: String?, outcome: MilestoneReview.Outcome) {
        let milestone = PlanMilestone(code: "m", name: BilingualText(zh: "供地", en: "land"),
                                      planned: F.day("2024-03-31"), actual: actual.map(F.day))
        let review = MilestoneReview(milestone, planEnd: F.day("2025-12-31"))
        #expect(review.outcome == outcome)
        #expect(review.daysLate == (outcome == .late ? 10 : nil))
    }

    @Test func aMilestoneNotDueBeforeThePlanEndedIsNoData() {
        let milestone = PlanMilestone(code: "m", name: BilingualText(zh: "投产", en: "production"), planned: F.day("2026-03-31"))
        #expect(MilestoneReview(milestone, planEnd: F.day("2025-12-31")).outcome == .noData)
        let dueOnTheLastDay = PlanMilestone(code: "m", name: BilingualText(zh: "投产", en: "production"), planned: F.day("2025-12-31"))
        #expect(MilestoneReview(dueOnTheLastDay, planEnd: F.day("2025-12-31")).outcome == .notDone)
    }

    @Test func heshan2022IsReviewedFrom2026() throws {
        let heshan = try DefaultPlan.load(now: F.day("2026-12-01"))
        #expect(heshan.period == PlanPeriod(start: F.day("2022-12-20"), end: F.day("2025-12-31")))
        #expect(heshan.hasEnded(at: F.day("2026-12-01")))
        #expect(!heshan.hasEnded(at: F.day("2025-12-31")))
    }

    @Test func aPeriodEndingBeforeItStartsIsRefused() {
        var document = plan([])
        document.period = PlanPeriod(start: F.day("2026-01-01"), end: F.day("2025-12-31"))
        let issues = PlanValidator(now: F.day("2026-06-01")).issues(in: document)
        #expect(issues.contains { $0.path == "period.end" })
    }
}

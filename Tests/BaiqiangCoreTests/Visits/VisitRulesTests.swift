import BaiqiangCore
import Testing

@Suite("Visits: dates, text limits, risk flags, the visit plan and coverage")
struct VisitRulesTests {
    static let today = PlanDate(year: 2026, month: 5, day: 20)!

    static func record(date: PlanDate = today, participants: String? = nil, said: String? = nil) -> VisitRecord {
        VisitRecord(creditCode: "91440784000000001X", leaderUsername: "li", date: date, participants: participants, firmSaid: said)
    }

    @Test("Today and 2000-01-01 are accepted; tomorrow and 1999-12-31 are refused naming the date")
    func dateBounds() {
        #expect(VisitCheck.issues(Self.record(), today: Self.today).isEmpty)
        #expect(VisitCheck.issues(Self.record(date: VisitLimits.earliestDate), today: Self.today).isEmpty)
        let tomorrow = VisitCheck.issues(Self.record(date: PlanDate(year: 2026, month: 5, day: 21)!), today: Self.today, row: 3)
        #expect(tomorrow.map(\.column) == ["date"] && tomorrow.first?.row == 3)
        #expect(tomorrow.first?.reason.zh == "不能晚于今天（2026-05-20）")
        let early = VisitCheck.issues(Self.record(date: PlanDate(year: 1999, month: 12, day: 31)!), today: Self.today)
        #expect(early.first?.reason.en == "may not be before 2000-01-01")
    }

    @Test("Who went holds 200 characters and what the firm said 2000; one more is refused")
    func textLimits() {
        #expect(VisitCheck.issues(Self.record(participants: String(repeating: "张", count: 200),
                                              said: String(repeating: "说", count: 2000)), today: Self.today).isEmpty)
        let over = VisitCheck.issues(Self.record(participants: String(repeating: "张", count: 201),
                                                 said: String(repeating: "说", count: 2001)), today: Self.today)
        #expect(over.map(\.column) == ["participants", "firm_said"])
    }

    @Test("Risk flags read by code or Chinese label in any separator, and an unknown one is named")
    func flags() throws {
        let flags = try RiskFlag.parse("产值下滑、layoffs; 外迁意向").get()
        #expect(flags == [.outputFalling, .layoffs, .relocationTalk])
        #expect(RiskFlag.text(flags) == "output_falling;relocation_talk;layoffs")
        #expect(try RiskFlag.parse(nil).get().isEmpty)
        guard case .failure(let unknown) = RiskFlag.parse("裁员;倒闭") else { Issue.record("accepted an unknown flag"); return }
        #expect(unknown.name == "倒闭" && unknown.reason.zh.contains("倒闭"))
        #expect(RiskFlag.allCases.map(\.label.zh) == ["产值下滑", "外迁意向", "租约到期", "被外地招引", "高管变动", "裁员"])
    }

    static func day(_ text: String) -> PlanDate { PlanDate(text)! }

    @Test("Once a quarter: a firm visited this quarter is on plan; one visited last quarter only is not yet behind until the quarter's last day; one never visited, or short last quarter and not visited since, is overdue")
    func overdueQuarterly() {
        let plan = VisitPlan.standard
        #expect(plan.quota(.city) == VisitQuota(visits: 1, period: .quarter) && plan.quota(.town) == plan.quota(.city))
        let visited = plan.standing(visitDays: [Self.day("2026-04-10")], tier: .city, today: Self.today)
        #expect(visited.visitsThisPeriod == 1 && visited.dueSoFar == 0 && !visited.isOverdue && visited.remaining == 0)
        #expect(visited.periodStart == Self.day("2026-04-01") && visited.periodEnd == Self.day("2026-06-30"))
        let lastQuarter = plan.standing(visitDays: [Self.day("2026-02-01")], tier: .city, today: Self.today)
        #expect(lastQuarter.visitsPreviousPeriod == 1 && !lastQuarter.isBehind && !lastQuarter.isOverdue)
        let quarterEnd = plan.standing(visitDays: [Self.day("2026-02-01")], tier: .city, today: Self.day("2026-06-30"))
        #expect(quarterEnd.dueSoFar == 1 && quarterEnd.isBehind && quarterEnd.isOverdue, "on the last day the whole quota is due")
        #expect(plan.standing(visitDays: [], tier: .town, today: Self.today).isOverdue, "never visited")
        #expect(plan.standing(visitDays: [Self.day("2025-12-01")], tier: .town, today: Self.today).isOverdue,
                "a visit two quarters ago leaves last quarter short")
        #expect(plan.standing(visitDays: [Self.day("2026-05-21")], tier: .town, today: Self.today).visitsThisPeriod == 0, "a later day is not counted")
    }

    @Test("Twice a month: behind when this month so far has fewer visits than due pro rata (rounded down), or last month ended short until the next visit")
    func overdueProRata() {
        let plan = VisitPlan(quotas: [.city: VisitQuota(visits: 2, period: .month)])
        let fullApril = [Self.day("2026-04-03"), Self.day("2026-04-20")]
        // 20 May: 2 × 20/31 rounds down to 1 visit due so far.
        let one = plan.standing(visitDays: fullApril + [Self.day("2026-05-03")], tier: .city, today: Self.today)
        #expect(one.dueSoFar == 1 && one.visitsThisPeriod == 1 && !one.isOverdue && one.remaining == 1)
        let none = plan.standing(visitDays: fullApril, tier: .city, today: Self.today)
        #expect(none.isBehind && none.isOverdue)
        // 1 May: nothing due yet, but April ended one short: overdue until a visit is made.
        let shortApril = [Self.day("2026-04-03")]
        let firstOfMay = plan.standing(visitDays: shortApril, tier: .city, today: Self.day("2026-05-01"))
        #expect(firstOfMay.dueSoFar == 0 && !firstOfMay.isBehind && firstOfMay.isOverdue)
        #expect(!plan.standing(visitDays: shortApril + [Self.day("2026-05-02")], tier: .city, today: Self.day("2026-05-10")).isOverdue)
        #expect(plan.quota(.town) == VisitPlan.standard.quota(.town), "a tier without a quota keeps the standard one")
    }

    @Test("Periods start in January: a half-year from July, February's end in a leap year, the year before")
    func periods() {
        #expect(VisitPeriod.halfYear.start(of: Self.day("2026-08-15")) == Self.day("2026-07-01"))
        #expect(VisitPeriod.halfYear.end(of: Self.day("2026-08-15")) == Self.day("2026-12-31"))
        #expect(VisitPeriod.month.end(of: Self.day("2028-02-10")) == Self.day("2028-02-29"))
        #expect(VisitPeriod.year.previousStart(of: Self.day("2026-03-01")) == Self.day("2025-01-01"))
        #expect(VisitPeriod.quarter.previousStart(of: Self.day("2026-01-15")) == Self.day("2025-10-01"))
    }

    @Test("A former interval in days becomes the quota of the nearest rhythm")
    func fromInterval() {
        let cases: [(Int, Int, VisitPeriod)] = [(90, 1, .quarter), (30, 1, .month), (7, 4, .month), (180, 1, .halfYear),
                                                (365, 1, .year), (3_660, 1, .year), (60, 3, .halfYear), (1, 12, .month)]
        for (days, visits, period) in cases {
            #expect(VisitQuota(approximatingIntervalDays: days) == VisitQuota(visits: visits, period: period), "\(days) days")
        }
    }

    @Test("Coverage counts this quarter from its first day, and has no value without linked firms")
    func coverage() {
        #expect(VisitCoverage.quarterStart(of: Self.today) == PlanDate(year: 2026, month: 4, day: 1))
        #expect(VisitCoverage.quarterStart(of: PlanDate(year: 2026, month: 12, day: 31)!) == PlanDate(year: 2026, month: 10, day: 1))
        #expect(VisitCoverage.percent(visited: 3, linked: 4) == 75)
        #expect(VisitCoverage.percent(visited: 0, linked: 0) == nil)
    }
}

@Suite("Demo visits: the same seed gives the same visits, each within Core's bounds")
struct DemoVisitsRuleTests {
    @Test("Generated visits are repeatable, never in the future, and pass VisitCheck")
    func generated() {
        let today = PlanDate(year: 2026, month: 3, day: 10)!
        let firms = (1...40).map { "F\($0)" }
        let visits = DemoVisits.generate(firms: firms, leader: "leader", today: today, seed: 7)
        #expect(visits == DemoVisits.generate(firms: firms, leader: "leader", today: today, seed: 7))
        #expect(visits.count > 20 && visits.count < 40)
        #expect(visits.allSatisfy { $0.date <= today && $0.date.days(until: today) < 150 })
        #expect(visits.allSatisfy { VisitCheck.issues($0, today: today).filter { $0.column != "credit_code" }.isEmpty })
    }
}

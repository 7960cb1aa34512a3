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

    @Test("A firm is overdue once its last visit is more than the tier's interval ago, or never visited")
    func overdue() {
        let plan = VisitPlan(intervalDays: [.city: 90, .town: 30])
        let ninety = PlanDate(year: 2026, month: 2, day: 19)!
        #expect(ninety.days(until: Self.today) == 90)
        #expect(!plan.isOverdue(lastVisit: ninety, tier: .city, today: Self.today), "exactly the interval is on time")
        #expect(plan.isOverdue(lastVisit: PlanDate(year: 2026, month: 2, day: 18)!, tier: .city, today: Self.today))
        #expect(plan.isOverdue(lastVisit: ninety, tier: .town, today: Self.today))
        #expect(plan.isOverdue(lastVisit: nil, tier: .city, today: Self.today))
        #expect(VisitPlan.standard.interval(.city) == 90 && VisitPlan.standard.interval(.town) == 90)
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

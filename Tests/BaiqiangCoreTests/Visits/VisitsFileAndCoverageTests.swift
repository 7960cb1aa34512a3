import BaiqiangCore
import Foundation
import Testing

@Suite("Visits: the coverage rule, the plan's bounds and the visits file")
struct VisitsFileAndCoverageTests {
    static let code = CreditCode.completing("91440784000000001")!
    @Test("Coverage counts each linked firm once in the total, once for each of its leaders and once for its town; unlinked firms count nowhere")
    func tally() {
        let firms = [
            VisitCoverage.LinkedFirm(id: "a", town: "shaping", cityLeader: "li", townLeader: "wang"),
            VisitCoverage.LinkedFirm(id: "b", town: "shaping", cityLeader: "li", townLeader: nil),
            VisitCoverage.LinkedFirm(id: "c", town: "gonghe", cityLeader: nil, townLeader: "wang"),
            VisitCoverage.LinkedFirm(id: "d", town: "gonghe", cityLeader: nil, townLeader: nil),
            VisitCoverage.LinkedFirm(id: "e", town: nil, cityLeader: "li", townLeader: "li"),
        ]
        let tally = VisitCoverage.tally(firms, visited: ["a", "d", "e"])
        #expect(tally.total == VisitCoverage.Count(visited: 2, linked: 4))
        #expect(tally.byLeader["li"] == VisitCoverage.Count(visited: 2, linked: 3), "a firm with the same leader twice counts once")
        #expect(tally.byLeader["wang"] == VisitCoverage.Count(visited: 1, linked: 2))
        #expect(tally.byTown["shaping"] == VisitCoverage.Count(visited: 1, linked: 2))
        #expect(tally.byTown["gonghe"] == VisitCoverage.Count(visited: 0, linked: 1), "the unlinked firm d is not counted, visited or not")
        #expect(tally.total.percent == 50)
        #expect(VisitCoverage.tally([], visited: []).total.percent == nil)
    }

    @Test("A plan's tier is 1 to 12 visits a month, quarter, half-year or year; outside it the tier's field is named")
    func planBounds() {
        #expect(VisitPlan.issues(visits: [.city: 1, .town: 12], periods: [.city: "month", .town: "half_year"]).isEmpty)
        let refused = VisitPlan.issues(visits: [.city: 0, .town: 13], periods: [.city: "week"])
        #expect(refused.map(\.column) == ["city_visits", "city_period", "town_visits"])
        #expect(refused.first?.reason.zh == "须在 1 到 12 次之间")
    }

    @Test("A visits file with Chinese headers reads back its visits; flags by label, demo rows as demo")
    func readsFile() throws {
        let text = """
            统一社会信用代码,企业名称,镇街,领导账号,领导姓名,走访日期,参加人员,企业反映,风险标记,转办诉求,演示数据
            \(Self.code),甲,沙坪街道,li,李市长,2026-05-01,王科长,"订单下滑,需用工",产值下滑、租约到期,,
            \(Self.code),甲,沙坪街道,li,李市长,2026-05-02,,,Layoffs,,演示数据

            """
        let parsed = try VisitsFile.parse(Data(text.utf8))
        #expect(parsed.isClean, "\(parsed.issues)")
        #expect(parsed.records.map(\.row) == [2, 3])
        let first = try #require(parsed.records.first?.record)
        #expect(first.record.flags == [.outputFalling, .leaseEnding] && first.record.firmSaid == "订单下滑,需用工" && !first.isDemo)
        #expect(parsed.records.last?.record.isDemo == true && parsed.records.last?.record.record.flags == [.layoffs])
    }

    @Test("A bad date, an unknown flag and a bad credit code are each named by row and column")
    func refusesBadCells() throws {
        let text = """
            credit_code,leader,date,risk_flags
            \(Self.code),li,2026-13-01,
            \(Self.code),li,2026-05-01,破产
            \(Self.code.dropLast())\(Self.code.last == "0" ? "1" : "0"),li,2026-05-01,

            """
        let parsed = try VisitsFile.parse(Data(text.utf8))
        #expect(parsed.records.isEmpty)
        #expect(parsed.issues.map(\.row) == [2, 3, 4])
        #expect(parsed.issues.map(\.column) == ["date", "risk_flags", "credit_code"])
    }
}

import Foundation
import Testing
@testable import BaiqiangCore

@Suite("Three rates 三率 and overdue 逾期")
struct ThreeRatesTests {
    static func at(_ text: String) -> Date { CalendarTestSupport.at(text) }

    /// Response due 2025-10-09 end of day, closure 2025-10-20 end of day.
    static let deadlines = DemandDeadlines(
        response: at("2025-10-09T23:59:59+08:00"), solution: at("2025-10-15T23:59:59+08:00"),
        closure: at("2025-10-20T23:59:59+08:00"))
    static let asOf = at("2025-10-12T12:00:00+08:00")

    /// Six demands of two bureaus with known outcomes.
    static let records: [DemandRecord] = [
        // 1. answered in time, resolved, satisfied
        DemandRecord(status: .closed, deadlines: deadlines, respondedAt: at("2025-10-09T10:00:00+08:00"),
                     resolvedAt: at("2025-10-10T10:00:00+08:00"), satisfaction: .satisfied, handlerCode: "gxj"),
        // 2. answered late, resolved, basically satisfied
        DemandRecord(status: .closed, deadlines: deadlines, respondedAt: at("2025-10-10T08:00:00+08:00"),
                     resolvedAt: at("2025-10-11T10:00:00+08:00"), satisfaction: .basicallySatisfied, handlerCode: "gxj"),
        // 3. answered in time, resolved, unsatisfied at the visit
        DemandRecord(status: .unsatisfied, deadlines: deadlines, respondedAt: at("2025-10-01T10:00:00+08:00"),
                     resolvedAt: at("2025-10-11T10:00:00+08:00"), satisfaction: .unsatisfied, handlerCode: "zrzyj"),
        // 4. not answered, past the response deadline: due and missed, overdue
        DemandRecord(status: .assigned, deadlines: deadlines, handlerCode: "zrzyj"),
        // 5. answered in time, not yet resolved
        DemandRecord(status: .responded, deadlines: deadlines, respondedAt: at("2025-10-09T11:00:00+08:00"),
                     handlerCode: "gxj"),
        // 6. just submitted, response not yet due: counted nowhere but "not accepted"
        DemandRecord(
            status: .submitted,
            deadlines: DemandDeadlines(response: at("2025-10-14T23:59:59+08:00"), solution: at("2025-10-20T23:59:59+08:00"),
                                       closure: at("2025-10-24T23:59:59+08:00"))),
    ]

    @Test func theRatesOfAKnownSet() {
        let rates = ThreeRates(Self.records, asOf: Self.asOf)
        #expect(rates.response == DemandRate(3, of: 5))     // 1, 3, 5 of 1–5
        #expect(rates.resolution == DemandRate(3, of: 5))   // 1, 2, 3 of accepted 1–5
        #expect(rates.satisfaction == DemandRate(2, of: 3)) // 1, 2 of rated 1–3
        #expect(rates[.response].value == 0.6)
        #expect(abs(rates.satisfaction.value! - 2.0 / 3.0) < 1e-12)
    }

    @Test func perGroup() {
        let byBureau = ThreeRates.grouped(Self.records, asOf: Self.asOf, by: \.handlerCode)
        #expect(byBureau.keys.sorted() == ["gxj", "zrzyj"])
        #expect(byBureau["gxj"]?.response == DemandRate(2, of: 3))
        #expect(byBureau["zrzyj"]?.resolution == DemandRate(1, of: 2))
        #expect(byBureau["zrzyj"]?.satisfaction == DemandRate(0, of: 1))
    }

    @Test func nothingCountedIsNoValueRatherThanZero() {
        let rates = ThreeRates([], asOf: Self.asOf)
        #expect(rates.response.value == nil && rates.resolution.value == nil && rates.satisfaction.value == nil)
    }

    @Test func eachRateStatesItsFormula() {
        #expect(DemandRateKind.response.formula.zh.contains("时限内答复"))
        #expect(DemandRateKind.resolution.formula.en == "Resolution rate = demands resolved ÷ demands accepted")
        #expect(DemandRateKind.satisfaction.formula.zh == "满意率 = （满意 + 基本满意）÷ 已回访评价的诉求数")
        #expect(DemandRateKind.allCases.allSatisfy { $0.formula.zh.contains("÷") && $0.formula.en.contains("÷") })
    }

    @Test func overdue() {
        let records = Self.records
        #expect(records[3].overdueMilestones(at: Self.asOf) == [.response])
        #expect(records[4].overdueMilestones(at: Self.asOf) == [])
        let later = Self.at("2025-10-21T00:00:00+08:00")
        #expect(records[3].overdueMilestones(at: later) == [.response, .solution, .closure])
        #expect(records[4].overdueMilestones(at: later) == [.solution, .closure])
        // Closed demands are never overdue; resolved ones have met every milestone.
        #expect(!records[0].isOverdue(at: later) && !records[2].isOverdue(at: later))
        #expect(records.filter { $0.isOverdue(at: later) }.count == 3)
        // Reached late is told apart from overdue.
        #expect(records[1].wasLate(.response) && !records[1].wasLate(.closure))
    }

    @Test func aDemandStateKnowsWhenItIsOverdue() {
        let assigned = DemandTestSupport.demand(in: .assigned)
        // 12345 help request received Friday 2025-09-26: 10 working days end 2025-10-16.
        #expect(ShanghaiTime.iso8601(assigned.deadlines.closure) == "2025-10-16T23:59:59+08:00")
        #expect(!assigned.isOverdue(at: Self.at("2025-10-16T23:59:59+08:00")))
        #expect(assigned.overdueMilestones(at: Self.at("2025-10-17T00:00:00+08:00")) == [.response, .solution, .closure])
    }
}

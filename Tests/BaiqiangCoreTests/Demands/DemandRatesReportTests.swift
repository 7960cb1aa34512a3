import Foundation
import Testing
@testable import BaiqiangCore

@Suite("Three-rates report 三率: months, rankings, average working days")
struct DemandRatesReportTests {
    static func at(_ text: String) -> Date { CalendarTestSupport.at(text) }
    static let october = DemandMonth(year: 2025, month: 10)
    static let now = at("2025-11-05T12:00:00+08:00")

    /// A demand submitted at `submitted` with limits of 3, 5 and 10 days.
    static func row(_ handler: HandlingUnit?, town: String?, _ status: DemandStatus, submitted: String,
                    responded: String? = nil, resolved: String? = nil, satisfaction: Satisfaction? = nil) -> DemandReportRow {
        let start = at(submitted)
        let day = 86_400.0
        let deadlines = DemandDeadlines(response: start + 3 * day, solution: start + 5 * day, closure: start + 10 * day)
        return DemandReportRow(submittedAt: start, handler: handler, record: DemandRecord(
            status: status, deadlines: deadlines, respondedAt: responded.map(at), resolvedAt: resolved.map(at),
            satisfaction: satisfaction, handlerCode: handler?.code, townCode: town))
    }

    static let rows: [DemandReportRow] = [
        // 工信局: both answered in time, resolved, satisfied. The first was raised on National Day
        // and resolved on the first working day after the holiday (1 working day); the second was
        // raised on a Friday and resolved on Monday across a 调休 Saturday (2 working days).
        row(.department("gxj"), town: "shaping", .closed, submitted: "2025-10-01T10:00:00+08:00",
            responded: "2025-10-02T10:00:00+08:00", resolved: "2025-10-09T10:00:00+08:00", satisfaction: .satisfied),
        row(.department("gxj"), town: "shaping", .closed, submitted: "2025-10-10T09:00:00+08:00",
            responded: "2025-10-10T12:00:00+08:00", resolved: "2025-10-13T10:00:00+08:00", satisfaction: .basicallySatisfied),
        // 自然资源局: the same rates as 工信局, so it shares every rank.
        row(.department("zrzyj"), town: "gonghe", .closed, submitted: "2025-10-15T09:00:00+08:00",
            responded: "2025-10-16T09:00:00+08:00", resolved: "2025-10-17T09:00:00+08:00", satisfaction: .satisfied),
        // 发改局: answered late, not resolved, not rated; overdue for its solution and closure.
        row(.department("fgj"), town: "gonghe", .responded, submitted: "2025-10-20T09:00:00+08:00",
            responded: "2025-10-25T09:00:00+08:00"),
        // Handled by a town: in the county's and the town's figures, not among departments; overdue.
        row(.town("shaping"), town: "shaping", .assigned, submitted: "2025-10-05T09:00:00+08:00"),
        // August, for the trend; September has no demand at all.
        row(.department("fgj"), town: "gonghe", .closed, submitted: "2025-08-10T09:00:00+08:00",
            responded: "2025-08-11T09:00:00+08:00", resolved: "2025-08-12T09:00:00+08:00", satisfaction: .satisfied),
    ]

    static func report(_ unit: DemandRatesUnit = .county) -> DemandRatesReport {
        DemandRatesReport(rows, month: october, trendOf: unit, calendar: CalendarTestSupport.bundled, now: now)
    }

    @Test func theCountyOfTheMonth() {
        let county = Self.report().county
        #expect(county.count == 5)
        #expect(county.overdue == 2)
        #expect(county.rates.response == DemandRate(3, of: 5))
        #expect(county.rates.resolution == DemandRate(3, of: 5))
        #expect(county.rates.satisfaction == DemandRate(3, of: 3))
    }

    @Test func equalRatesShareARankAndTheNextRankIsSkipped() {
        let departments = Self.report().departments
        #expect(departments.map(\.code) == ["gxj", "zrzyj", "fgj"])
        #expect(departments[0].ranks == [.response: 1, .resolution: 1, .satisfaction: 1])
        #expect(departments[1].ranks == [.response: 1, .resolution: 1, .satisfaction: 1])
        // Nothing rated: no satisfaction rank, and listed after those with one.
        #expect(departments[2].ranks == [.response: 3, .resolution: 3])
        #expect(departments[2].overdue == 1)
    }

    @Test func townsAreRankedOnTheirOwnDemands() {
        let towns = Self.report().towns
        // Equally satisfied (2/2 and 1/1), so the resolution rate (2/3 against 1/2) orders them.
        #expect(towns.map(\.code) == ["shaping", "gonghe"])
        #expect(towns[0].count == 3)
        #expect(towns[0].rates.response == DemandRate(2, of: 3))
        #expect(towns[0].ranks == [.response: 1, .resolution: 1, .satisfaction: 1])
        #expect(towns[1].ranks == [.response: 2, .resolution: 2, .satisfaction: 1])
    }

    @Test func averageWorkingDaysSkipTheHolidayAndCountTheAdjustedSaturday() {
        let report = Self.report()
        #expect(report.departments[0].averageWorkingDays == 1.5)
        #expect(report.departments[2].averageWorkingDays == nil, "nothing resolved")
        #expect(report.county.averageWorkingDays == (1 + 2 + 2) / 3.0)
    }

    @Test func theTrendHasTwelveMonthsEmptyOnesWithoutValue() {
        let trend = Self.report().trend
        #expect(trend.map(\.month.description) == (0..<12).map { Self.october.adding($0 - 11).description })
        #expect(trend.first?.month.description == "2024-11")
        let september = trend[10], august = trend[9]
        #expect(september.rates.response.value == nil && september.rates.satisfaction.value == nil)
        #expect(august.rates.response == DemandRate(1, of: 1))
        #expect(trend[11].rates.response == DemandRate(3, of: 5))
    }

    @Test func aUnitsTrendHasOnlyItsDemands() {
        let trend = Self.report(.department("fgj")).trend
        #expect(trend[11].rates.response == DemandRate(0, of: 1))
        #expect(trend[9].rates.satisfaction == DemandRate(1, of: 1))
        let town = Self.report(.town("shaping")).trend
        #expect(town[11].rates.response == DemandRate(2, of: 3))
        #expect(town[9].rates.response.value == nil)
    }

    @Test func theReportReadsTheTwelveMonthsEndingWithItsMonth() {
        let window = DemandRatesReport.window(endingWith: Self.october)
        #expect(window.from == Self.at("2024-11-01T00:00:00+08:00"))
        #expect(window.to == Self.at("2025-10-31T23:59:59+08:00"))
        #expect(DemandMonth("2025-10") == Self.october && DemandMonth("2025-13") == nil)
        #expect(DemandMonth(Self.at("2025-09-30T16:30:00Z")) == Self.october, "Beijing's month")
    }
}

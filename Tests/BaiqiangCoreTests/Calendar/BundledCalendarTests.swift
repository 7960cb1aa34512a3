import Testing
@testable import BaiqiangCore

/// The shipped data (DOMAIN.md §7) reads back as the State Council notices say.
@Suite("Bundled working-day calendar 2022–2026")
struct BundledCalendarTests {
    let calendar = CalendarTestSupport.bundled
    func day(_ text: String) -> LocalDate { CalendarTestSupport.day(text) }

    @Test func holdsOneFilePerYear() {
        #expect(calendar.yearsWithData == [2022, 2023, 2024, 2025, 2026])
    }

    @Test("days off and weekend days worked", arguments: [
        // 2022-12-31 is in 2023.yaml, the notice that announced it.
        ("2022-12-31", DayInfo.Kind.holiday), ("2023-01-02", .holiday), ("2023-01-28", .adjustedWorkingDay),
        ("2024-02-18", .adjustedWorkingDay), ("2024-06-10", .holiday),
        ("2025-10-01", .holiday), ("2025-10-08", .holiday), ("2025-10-09", .workday),
        ("2025-09-28", .adjustedWorkingDay), ("2025-10-11", .adjustedWorkingDay), ("2025-10-12", .weekend),
        ("2026-02-14", .adjustedWorkingDay), ("2026-02-15", .holiday), ("2026-02-23", .holiday),
        ("2026-02-24", .workday), ("2026-02-28", .adjustedWorkingDay), ("2026-01-04", .adjustedWorkingDay),
        ("2026-09-20", .adjustedWorkingDay), ("2026-10-10", .adjustedWorkingDay), ("2026-10-07", .holiday),
    ])
    func kinds(text: String, kind: DayInfo.Kind) {
        let info = calendar.info(for: day(text))
        #expect(info.kind == kind)
        #expect(info.isFallback == false)
        #expect(info.isWorkingDay == calendar.isWorkingDay(day(text)))
    }

    @Test func namesTheHoliday() {
        #expect(calendar.info(for: day("2026-02-14")).holiday?.name.zh == "春节")
        #expect(calendar.info(for: day("2025-10-05")).holiday?.name.en == "National Day and Mid-Autumn Festival")
    }

    @Test func countsMatchTheNotices() throws {
        let y2026 = try #require(calendar.years[2026])
        #expect(y2026.daysOff.count == 3 + 9 + 3 + 5 + 3 + 3 + 7)
        #expect(y2026.weekendDaysWorked.map(\.description).sorted()
            == ["2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"])
        let y2023 = try #require(calendar.years[2023])
        #expect(y2023.daysOff.contains(day("2022-12-31")))
        #expect(calendar.years[2022]?.daysOff.contains(day("2022-12-31")) == false)
    }

    @Test func isWorkingDayTakesAnInstantInBeijingTime() {
        // 2026-02-13 16:30 UTC is 00:30 on Saturday 14 February, a day worked.
        #expect(calendar.isWorkingDay(CalendarTestSupport.at("2026-02-13T16:30:00Z")))
        // 2026-02-14 16:30 UTC is already the first day of the Spring Festival.
        #expect(!calendar.isWorkingDay(CalendarTestSupport.at("2026-02-14T16:30:00Z")))
    }
}

import Testing
@testable import BaiqiangCore

/// Deadline = 23:59:59 Beijing time of the N-th working day after the day of receipt.
@Suite("Working-day deadlines")
struct DeadlineTests {
    @Test("across the 2025 National Day holiday (10-01 to 10-08; 09-28 and 10-11 worked)", arguments: [
        ("2025-09-30T10:00:00+08:00", 1, "2025-10-09T23:59:59+08:00"),
        ("2025-09-30T10:00:00+08:00", 2, "2025-10-10T23:59:59+08:00"),
        ("2025-09-30T10:00:00+08:00", 3, "2025-10-11T23:59:59+08:00"),
        ("2025-09-30T10:00:00+08:00", 4, "2025-10-13T23:59:59+08:00"),
        ("2025-09-26T09:00:00+08:00", 1, "2025-09-28T23:59:59+08:00"),
        ("2025-09-26T09:00:00+08:00", 2, "2025-09-29T23:59:59+08:00"),
        // 12345 inquiry: 2 working days.
        ("2025-09-29T16:00:00+08:00", 2, "2025-10-09T23:59:59+08:00"),
        // 12345 complaint: 15 working days from the Friday before the holiday.
        ("2025-09-26T09:00:00+08:00", 15, "2025-10-23T23:59:59+08:00"),
    ])
    func nationalDay2025(receipt: String, days: Int, expected: String) {
        #expect(CalendarTestSupport.deadline(from: receipt, workingDays: days) == expected)
    }

    @Test("across the 2026 Spring Festival (02-15 to 02-23; Saturdays 02-14 and 02-28 worked)", arguments: [
        ("2026-02-13T09:00:00+08:00", 1, "2026-02-14T23:59:59+08:00"),
        ("2026-02-13T09:00:00+08:00", 2, "2026-02-24T23:59:59+08:00"),
        ("2026-02-12T09:00:00+08:00", 2, "2026-02-14T23:59:59+08:00"),
        ("2026-02-14T11:00:00+08:00", 1, "2026-02-24T23:59:59+08:00"),
        ("2026-02-13T09:00:00+08:00", 6, "2026-02-28T23:59:59+08:00"),
        ("2026-02-13T09:00:00+08:00", 7, "2026-03-02T23:59:59+08:00"),
        ("2026-02-09T09:00:00+08:00", 10, "2026-02-28T23:59:59+08:00"),
    ])
    func springFestival2026(receipt: String, days: Int, expected: String) {
        #expect(CalendarTestSupport.deadline(from: receipt, workingDays: days) == expected)
    }

    @Test("a receipt on a holiday or a weekend counts from the next working day", arguments: [
        ("2025-10-03T15:00:00+08:00", 1, "2025-10-09T23:59:59+08:00"), // National Day
        ("2026-02-16T08:00:00+08:00", 1, "2026-02-24T23:59:59+08:00"), // Spring Festival
        ("2026-02-22T08:00:00+08:00", 5, "2026-02-28T23:59:59+08:00"), // … up to the worked Saturday
        ("2025-10-18T12:00:00+08:00", 1, "2025-10-20T23:59:59+08:00"), // an ordinary Saturday
        ("2025-10-19T23:59:00+08:00", 1, "2025-10-20T23:59:59+08:00"), // an ordinary Sunday, late
    ])
    func receiptOnADayOff(receipt: String, days: Int, expected: String) {
        #expect(CalendarTestSupport.deadline(from: receipt, workingDays: days) == expected)
    }

    @Test func theDayOfReceiptIsTheBeijingDay() {
        // 2026-02-13T17:00Z is 01:00 on the worked Saturday: that is the day of receipt.
        #expect(CalendarTestSupport.deadline(from: "2026-02-13T17:00:00Z", workingDays: 1)
            == "2026-02-24T23:59:59+08:00")
        // A receipt a second before midnight still counts its own day as the day of receipt.
        #expect(CalendarTestSupport.deadline(from: "2026-02-13T23:59:59+08:00", workingDays: 1)
            == "2026-02-14T23:59:59+08:00")
    }

    @Test func zeroWorkingDaysIsTheEndOfTheDayOfReceipt() {
        #expect(CalendarTestSupport.deadline(from: "2025-10-03T09:00:00+08:00", workingDays: 0)
            == "2025-10-03T23:59:59+08:00")
    }

    @Test func aDeadlineInsideLoadedYearsReportsNoFallback() {
        let detail = CalendarTestSupport.bundled.deadlineDetail(
            from: CalendarTestSupport.at("2025-12-30T09:00:00+08:00"), workingDays: 3)
        #expect(detail.lastDay.description == "2026-01-05")
        #expect(!detail.usedFallback)
    }

    @Test func countsWorkingDaysTaken() {
        let calendar = CalendarTestSupport.bundled
        #expect(calendar.workingDays(
            after: CalendarTestSupport.at("2025-09-30T10:00:00+08:00"),
            through: CalendarTestSupport.at("2025-10-10T09:00:00+08:00")) == 2)
        #expect(calendar.workingDays(
            after: CalendarTestSupport.at("2025-10-10T10:00:00+08:00"),
            through: CalendarTestSupport.at("2025-10-10T11:00:00+08:00")) == 0)
    }
}

/// A year with no notice yet is reckoned Monday–Friday, and says so.
@Suite("Fallback year without data")
struct FallbackYearTests {
    let calendar = CalendarTestSupport.bundled

    @Test func aYearWithoutDataIsMondayToFridayAndSaysSo() {
        #expect(!calendar.hasData(for: 2027))
        let newYear = calendar.info(for: LocalDate(iso: "2027-01-01")!) // a Friday; no notice loaded
        #expect(newYear.isFallback)
        #expect(newYear.kind == .workday)
        let saturday = calendar.info(for: LocalDate(iso: "2027-01-02")!)
        #expect(saturday.isFallback && saturday.kind == .weekend)
    }

    @Test func aDeadlineReachingIntoAYearWithoutDataNamesThatYear() {
        let detail = calendar.deadlineDetail(from: CalendarTestSupport.at("2026-12-30T09:00:00+08:00"), workingDays: 3)
        #expect(ShanghaiTime.iso8601(detail.deadline) == "2027-01-04T23:59:59+08:00")
        #expect(detail.yearsWithoutData == [2027])
        #expect(detail.usedFallback)
    }

    @Test func anEmptyCalendarIsPlainMondayToFriday() {
        let plain = WorkingDayCalendar.mondayToFriday
        #expect(CalendarTestSupport.deadline(plain, from: "2025-09-30T10:00:00+08:00", workingDays: 1)
            == "2025-10-01T23:59:59+08:00")
        #expect(plain.info(for: LocalDate(iso: "2025-10-01")!).isFallback)
    }

    @Test func aDayAnnouncedByTheNextYearsNoticeIsNotAFallback() throws {
        // Only 2023 loaded: 2022-12-31 is still known as a day off of its New Year holiday.
        let only2023 = try WorkingDayCalendar(years: [try #require(CalendarTestSupport.bundled.years[2023])])
        let info = only2023.info(for: LocalDate(iso: "2022-12-31")!)
        #expect(info.kind == .holiday && !info.isFallback)
        #expect(only2023.info(for: LocalDate(iso: "2022-12-30")!).isFallback)
    }
}

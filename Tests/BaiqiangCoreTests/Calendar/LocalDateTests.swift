import Testing
@testable import BaiqiangCore

@Suite("LocalDate 日期")
struct LocalDateTests {
    @Test("parses YYYY-MM-DD and refuses anything else", arguments: [
        ("2026-02-14", true), ("2024-02-29", true), ("2023-02-29", false), ("2025-13-01", false),
        ("2025/10/01", false), ("2025-1-01", false), ("20251001", false), ("", false), ("２０２５-10-01", false),
    ])
    func parsing(text: String, valid: Bool) {
        #expect((LocalDate(iso: text) != nil) == valid)
    }

    @Test func printsWithPadding() {
        #expect(LocalDate(year: 2026, month: 2, day: 4)!.description == "2026-02-04")
    }

    @Test func dayNumbersRoundTripAcrossCenturies() {
        #expect(LocalDate(year: 1970, month: 1, day: 1)!.dayNumber == 0)
        // From 0001-01-01 to 9999-12-31, the years a LocalDate holds.
        #expect(LocalDate(year: 1, month: 1, day: 1)!.dayNumber == -719_162)
        #expect(LocalDate(year: 9999, month: 12, day: 31)!.dayNumber == 2_932_896)
        for number in stride(from: -719_162, through: 2_932_896, by: 4_999) {
            #expect(LocalDate(dayNumber: number).dayNumber == number)
        }
        #expect(LocalDate(iso: "2024-02-28")!.adding(days: 1).description == "2024-02-29")
        #expect(LocalDate(iso: "2025-12-31")!.adding(days: 1).description == "2026-01-01")
    }

    @Test("ISO weekdays", arguments: [
        ("2026-02-14", 6), ("2026-02-15", 7), ("2025-10-01", 3), ("1970-01-01", 4), ("2000-02-29", 2),
    ])
    func weekdays(text: String, weekday: Int) {
        #expect(LocalDate(iso: text)!.isoWeekday == weekday)
    }
}

import Foundation
import Testing
@testable import BaiqiangCore

@Suite("ShanghaiTime 北京时间")
struct ShanghaiTimeTests {
    @Test func usesTheSystemsAsiaShanghaiZone() {
        // Foundation on Linux reads tzdata; the fallback is only for images without it.
        #expect(TimeZone(identifier: "Asia/Shanghai") != nil)
        #expect(ShanghaiTime.timeZone.identifier == "Asia/Shanghai")
        #expect(ShanghaiTime.calendar.identifier == .gregorian)
    }

    @Test func endOfDayIs235959BeijingTime() {
        let end = ShanghaiTime.endOfDay(LocalDate(iso: "2025-10-09")!)
        #expect(ShanghaiTime.iso8601(end) == "2025-10-09T23:59:59+08:00")
        #expect(end.timeIntervalSince1970 == 1_760_025_599) // 2025-10-09T15:59:59Z
    }

    @Test("reads ISO 8601 in the forms people type", arguments: [
        ("2025-09-30T10:15:00+08:00", "2025-09-30T10:15:00+08:00"),
        ("2025-09-30T02:15:00Z", "2025-09-30T10:15:00+08:00"),
        ("2025-09-30T02:15:00.250Z", "2025-09-30T10:15:00+08:00"),
        ("2025-09-29T21:15:00-05:00", "2025-09-30T10:15:00+08:00"),
        ("2025-09-30T10:15:00+0800", "2025-09-30T10:15:00+08:00"),
        ("2025-09-30T10:15", "2025-09-30T10:15:00+08:00"),
        ("2025-09-30 10:15:00", "2025-09-30T10:15:00+08:00"),
        ("2025-09-30", "2025-09-30T00:00:00+08:00"),
    ])
    func parsing(text: String, expected: String) throws {
        let instant = try #require(ShanghaiTime.parseISO8601(text))
        #expect(ShanghaiTime.iso8601(instant) == expected)
    }

    @Test("refuses what is not ISO 8601", arguments: [
        "", "yesterday", "2025-09-30T25:00:00", "2025-09-30T10:15:00+8", "2025-02-30T10:00:00Z",
        "2025-09-30T10:15:00.Z", "2025-09-30T10:1",
    ])
    func refusing(text: String) {
        #expect(ShanghaiTime.parseISO8601(text) == nil)
    }

    @Test func theDayOfAnInstantIsTheBeijingDay() {
        // 17:00 UTC is already 01:00 the next day in Beijing.
        #expect(ShanghaiTime.day(of: CalendarTestSupport.at("2026-02-13T17:00:00Z")).description == "2026-02-14")
        #expect(ShanghaiTime.day(of: CalendarTestSupport.at("2026-02-13T15:59:59Z")).description == "2026-02-13")
    }
}

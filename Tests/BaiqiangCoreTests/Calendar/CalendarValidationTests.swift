import Foundation
import Testing
@testable import BaiqiangCore

/// A calendar file with a mistake is refused with the reason, the file and the line.
@Suite("Calendar file validation")
struct CalendarValidationTests {
    func load(_ yaml: String, file: String? = "2025.yaml") throws(CalendarDataError) -> WorkingDayYear {
        try WorkingDayYear(yaml: yaml, fileName: file)
    }

    func reason(_ yaml: String, file: String? = "2025.yaml") -> CalendarDataError.Reason? {
        do {
            _ = try load(yaml, file: file)
            return nil
        } catch {
            return error.reason
        }
    }

    @Test func readsAWellFormedYear() throws {
        let year = try load("""
            year: 2025
            source: test
            holidays:
              - name: 国庆节
                name_en: National Day
                off: 2025-10-01 ~ 2025-10-08
                worked: [2025-09-28, "2025-10-11"]
              - name: 元旦
                off: 2025-01-01
                worked: 2025-01-04
            """)
        #expect(year.year == 2025 && year.source == "test")
        #expect(year.daysOff.count == 9)
        #expect(year.weekendDaysWorked.count == 3)
        #expect(year.holidays[1].name.en == "元旦") // no English name given: the Chinese one stands
    }

    @Test func aHolidayMayCrossNewYearFromTheNextYearsFile() throws {
        let year = try load("""
            year: 2023
            holidays:
              - name: 元旦
                off: 2022-12-31 ~ 2023-01-02
            """, file: "2023.yaml")
        #expect(year.daysOff.contains(LocalDate(iso: "2022-12-31")!))
    }

    @Test("malformed dates", arguments: [
        "off: 2025-02-30", "off: 2025/10/01", "off: 2025-10-01 ~ tomorrow", "off: 2025-10-01 ~ 2025-10-02 ~ 2025-10-03",
        "off: 2025-10-01\n    worked: [2025-9-28]",
    ])
    func malformedDates(entry: String) {
        let result = reason("year: 2025\nholidays:\n  - name: x\n    \(entry)\n")
        guard case .malformedDate = result else {
            Issue.record("expected a malformed date, got \(String(describing: result))")
            return
        }
    }

    @Test func aDateOutsideItsYear() {
        #expect(reason("year: 2025\nholidays:\n  - name: x\n    off: 2024-10-01\n")
            == .dateOutsideYear(LocalDate(iso: "2024-10-01")!, year: 2025))
        #expect(reason("year: 2025\nholidays:\n  - name: x\n    off: 2025-10-01\n    worked: [2026-01-03]\n")
            == .dateOutsideYear(LocalDate(iso: "2026-01-03")!, year: 2025))
        // Crossing New Year is allowed, reaching two years away is not.
        #expect(reason("year: 2025\nholidays:\n  - name: x\n    off: 2023-12-30 ~ 2025-01-01\n")
            == .dateOutsideYear(LocalDate(iso: "2023-12-30")!, year: 2025))
    }

    @Test func aDateBothOffAndWorked() {
        let yaml = "year: 2025\nholidays:\n  - name: x\n    off: 2025-10-01 ~ 2025-10-08\n    worked: [2025-10-04]\n"
        #expect(reason(yaml) == .bothOffAndWorked(LocalDate(iso: "2025-10-04")!))
    }

    @Test func aWorkedDayThatIsNotAWeekend() throws {
        let yaml = "year: 2025\nholidays:\n  - name: x\n    off: 2025-10-01\n    worked: [2025-10-09]\n"
        #expect(reason(yaml) == .workedDayNotWeekend(LocalDate(iso: "2025-10-09")!))
        let error = #expect(throws: CalendarDataError.self) { try load(yaml) }
        #expect(error?.line == 3)
        #expect(error?.message.zh == "2025.yaml 第 3 行：调休上班日 2025-10-09 不是周六或周日")
        #expect(error?.message.en == "2025.yaml, line 3: The day worked 2025-10-09 is not a Saturday or Sunday")
    }

    @Test func otherMistakes() {
        #expect(reason("year: 2025\nholidays:\n  - name: x\n    off: 2025-10-08 ~ 2025-10-01\n")
            == .rangeEndsBeforeStart("2025-10-08 ~ 2025-10-01"))
        #expect(reason("year: 2024\nholidays: []\n") == .yearDoesNotMatchFileName(fileYear: 2025, dataYear: 2024))
        #expect(reason("holidays: []\n") == .missingField("year"))
        #expect(reason("year: 2025\nholidays:\n  - off: 2025-10-01\n") == .missingField("name"))
        #expect(reason("year: 2025\nholidays:\n  - name: x\n") == .missingField("off"))
        guard case .malformedYAML = reason("year: [2025\n") else {
            Issue.record("broken YAML must be refused as such")
            return
        }
    }

    @Test func twoFilesForOneYearOrDisagreeingYearsAreRefused() throws {
        let a = try WorkingDayYear(year: 2025, holidays: [])
        #expect(throws: CalendarDataError(.duplicateYear(2025))) { try WorkingDayCalendar(years: [a, a]) }

        let saturday = LocalDate(iso: "2022-12-31")!
        let off2023 = try WorkingDayYear(year: 2023, holidays: [
            PublicHoliday(name: BilingualText(zh: "元旦", en: "New Year"), daysOff: saturday...LocalDate(iso: "2023-01-02")!),
        ])
        let worked2022 = try WorkingDayYear(year: 2022, holidays: [
            PublicHoliday(name: BilingualText(zh: "x", en: "x"), daysOff: LocalDate(iso: "2022-12-30")!...LocalDate(iso: "2022-12-30")!,
                          weekendDaysWorked: [saturday]),
        ])
        #expect(throws: CalendarDataError(.conflictingYears(saturday, 2022, 2023))) {
            try WorkingDayCalendar(years: [off2023, worked2022])
        }
    }

    @Test func everyShippedFileNamesItsOwnYear() throws {
        let folder = CalendarTestSupport.sourceResources("calendar")
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".yaml") {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            let year = try WorkingDayYear(yaml: text, fileName: name)
            #expect("\(year.year).yaml" == name)
        }
    }
}

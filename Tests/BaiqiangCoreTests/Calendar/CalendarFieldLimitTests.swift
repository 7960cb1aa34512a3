import Testing
@testable import BaiqiangCore

/// A calendar file's names and source are bounded like every other text, and a too-long one is
/// refused with the field and the line.
@Suite struct CalendarFieldLimitTests {
    func yaml(name: String, source: String = "通知") -> String {
        """
        year: 2025
        source: \(source)
        holidays:
          - name: \(name)
            off: 2025-10-01
        """
    }

    @Test func anOverlongHolidayNameIsRefusedOnItsLine() {
        #expect(throws: CalendarDataError(.tooLong(field: "name", limit: 200), file: "2025.yaml", line: 4, column: 11)) {
            try WorkingDayYear(yaml: yaml(name: String(repeating: "节", count: 201)), fileName: "2025.yaml")
        }
        #expect(throws: Never.self) {
            try WorkingDayYear(yaml: yaml(name: String(repeating: "节", count: 200)), fileName: "2025.yaml")
        }
    }

    @Test func anOverlongSourceIsRefused() {
        #expect(throws: CalendarDataError(.tooLong(field: "source", limit: 2_000), file: "2025.yaml", line: 2, column: 9)) {
            try WorkingDayYear(yaml: yaml(name: "国庆节", source: String(repeating: "源", count: 2_001)), fileName: "2025.yaml")
        }
    }
}

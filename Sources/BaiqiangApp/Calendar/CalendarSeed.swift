import BaiqiangCore
import Fluent

/// Loads the bundled working-day calendars (`Resources/calendar/*.yaml`) for every year the
/// database does not have yet, audited as done by the system. A year already there is left as an
/// administrator may have corrected it.
enum CalendarSeed {
    static func loadBundledYears(writer: Writer) async throws {
        let files = CoreResources.files(in: "calendar").filter { $0.pathExtension == "yaml" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        let bundled = try files.map { file in
            let text = try String(contentsOf: file, encoding: .utf8)
            return (year: try WorkingDayYear(yaml: text, fileName: file.lastPathComponent), text: text)
        }
        try await writer.transaction { db, audit in
            let present = Set(try await CalendarYearRecord.query(on: db).all(\.$year))
            for entry in bundled where !present.contains(entry.year.year) {
                try await CalendarYearRecord(year: entry.year.year, yaml: entry.text).create(on: db)
                try await audit.record("calendar.year.load", entity: "calendar_year", id: String(entry.year.year),
                                       before: nil as String?, after: entry.text)
            }
        }
    }
}

import BaiqiangCore
import Fluent

/// Loads the working-day calendars of the reference data (the bundled `calendar/*.yaml`) for
/// every year the database does not have yet, audited as done by the system. A year already
/// there is left as an administrator may have corrected it.
enum CalendarSeed {
    static func loadBundledYears(writer: Writer) async throws {
        let bundled = try writer.environment.reference.calendarFiles().map { file in
            (year: try WorkingDayYear(yaml: file.yaml, fileName: file.name), text: file.yaml)
        }
        let now = writer.environment.now
        try await writer.transaction { db, audit in
            let present = Set(try await CalendarYearRecord.query(on: db).all(\.$year))
            for entry in bundled where !present.contains(entry.year.year) {
                try await CalendarYearRecord(year: entry.year.year, yaml: entry.text, updatedAt: now).create(on: db)
                try await audit.record("calendar.year.load", entity: "calendar_year", id: String(entry.year.year),
                                       before: nil as String?, after: entry.text)
            }
        }
    }
}

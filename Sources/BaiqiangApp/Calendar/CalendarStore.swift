import BaiqiangCore
import Fluent

/// The working-day calendar as the county keeps it, one YAML document a year in
/// `calendar_years`: its reads, an administrator's correction of a year, and the loading of the
/// bundled years at start.
enum CalendarStore {
    /// The working-day calendar of every stored year.
    static func calendar(on db: any Database) async throws -> WorkingDayCalendar {
        let rows = try await CalendarYearRecord.query(on: db).sort(\.$year).all()
        return try WorkingDayCalendar.from(files: rows.map { (name: "\($0.year).yaml", yaml: $0.yaml) })
    }

    static func year(_ year: Int, on db: any Database) async throws -> CalendarYearRecord? {
        try await CalendarYearRecord.query(on: db).filter(\.$year == year).first()
    }

    /// Checks the file alone and against the other years, then stores it (audited).
    static func save(year: Int, yaml: String, writer: Writer) async throws {
        let fileName = "\(year).yaml"
        let data = try WorkingDayYear(yaml: yaml, fileName: fileName)
        let now = writer.environment.now
        try await writer.transaction { db, audit in
            let others = try await CalendarYearRecord.query(on: db).filter(\.$year != year).all()
            _ = try WorkingDayCalendar.from(files: others.map { (name: "\($0.year).yaml", yaml: $0.yaml) } + [(name: fileName, yaml: yaml)])
            let existing = try await CalendarYearRecord.query(on: db).filter(\.$year == data.year).first()
            let before = existing?.yaml
            if let existing {
                existing.yaml = yaml
                existing.updatedAt = now
                try await existing.update(on: db)
            } else {
                try await CalendarYearRecord(year: data.year, yaml: yaml, updatedAt: now).create(on: db)
            }
            try await audit.record(.calendarYearSave, entity: .calendarYear, id: String(year), before: before, after: yaml)
        }
    }

    /// Loads the working-day calendars of the reference data (the bundled `calendar/*.yaml`)
    /// for every year the database does not have yet, audited as done by the system. A year
    /// already there is left as an administrator may have corrected it.
    static func loadBundledYears(writer: Writer) async throws {
        let bundled = try writer.environment.reference.calendarFiles().map { file in
            (year: try WorkingDayYear(yaml: file.yaml, fileName: file.name), text: file.yaml)
        }
        let now = writer.environment.now
        try await writer.transaction { db, audit in
            let present = Set(try await CalendarYearRecord.query(on: db).all(\.$year))
            for entry in bundled where !present.contains(entry.year.year) {
                try await CalendarYearRecord(year: entry.year.year, yaml: entry.text, updatedAt: now).create(on: db)
                try await audit.record(.calendarYearLoad, entity: .calendarYear, id: String(entry.year.year),
                                       before: nil as String?, after: entry.text)
            }
        }
    }
}

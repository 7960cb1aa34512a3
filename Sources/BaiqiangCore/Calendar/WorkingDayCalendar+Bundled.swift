import Foundation

extension WorkingDayCalendar {
    /// Reads every `calendar/YYYY.yaml` shipped in Core's resources (DOMAIN.md §7).
    public static func bundled() throws(CalendarDataError) -> WorkingDayCalendar {
        let files = CoreResources.files(in: "calendar").filter { $0.pathExtension == "yaml" }
        // Silently falling back to Monday–Friday would give wrong deadlines with no warning.
        guard !files.isEmpty else { throw CalendarDataError(.noBundledData) }
        var years: [WorkingDayYear] = []
        for file in files {
            let text: String
            do {
                text = try String(contentsOf: file, encoding: .utf8)
            } catch {
                throw CalendarDataError(problem: .unreadable(error), file: file.lastPathComponent)
            }
            years.append(try WorkingDayYear(yaml: text, fileName: file.lastPathComponent))
        }
        return try WorkingDayCalendar(years: years)
    }

    /// Reads years' files given as (file name, text), e.g. edited by an admin and kept in the
    /// database; every file is checked and the first error names its file and line.
    public static func from(files: [(name: String, yaml: String)]) throws(CalendarDataError) -> WorkingDayCalendar {
        var years: [WorkingDayYear] = []
        for file in files {
            years.append(try WorkingDayYear(yaml: file.yaml, fileName: file.name))
        }
        return try WorkingDayCalendar(years: years)
    }
}

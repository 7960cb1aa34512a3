import Foundation

/// A date as a land file gives it: written YYYY-MM-DD, or as Excel keeps a date cell, a day
/// number since 1899-12-30 (a fraction being the time of day, dropped). An XLSX cell formatted
/// as a date reaches the importer as that number, and so does a CSV saved from such a sheet
/// with the column left as General.
public enum SpreadsheetDate {
    /// Day 0 of Excel's 1900 date system. Excel counts 1900-02-29, which never was, so from
    /// 1900-03-01 on a serial is days since 1899-12-30; earlier serials are not accepted.
    static let epoch = LocalDate(year: 1899, month: 12, day: 30)!

    /// Serials from 1950-01-01 to 2099-12-31: every date a parcel or a disposal carries, and
    /// no plain count (an area, a number of mu) mistaken for one.
    public static let serials = 18_264...73_050

    public static func read(_ text: String) -> LocalDate? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let date = LocalDate(iso: trimmed) { return date }
        guard let value = Double(trimmed), value.isFinite, trimmed.allSatisfy({ $0.isNumber || $0 == "." }) else { return nil }
        let days = Int(value.rounded(.down))
        guard serials.contains(days) else { return nil }
        return epoch.adding(days: days)
    }
}

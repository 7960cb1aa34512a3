import BaiqiangCore

/// One year of the working-day calendar: its holidays as stored, and the YAML to edit or upload.
enum CalendarYearPage {
    struct Model {
        var year: Int
        /// The year as stored; nil when it has none and is reckoned Monday–Friday.
        var data: WorkingDayYear?
        /// The text in the editor: what is stored, a template, or what was just refused.
        var yaml: String
        var notice: String?
        var error: String?
    }
}

import BaiqiangCore

/// The working-day calendar's years (工作日历) for administrators: which have data, from which
/// notice, and how many days off and weekend days worked.
enum CalendarIndexPage {
    struct Model {
        var calendar: WorkingDayCalendar
        /// This year in Shanghai: it and the next are listed even without data, to be filled in.
        var thisYear: Int
    }
}

extension CalendarIndexPage.Model {
    var years: [Int] { Array(Set(calendar.yearsWithData + [thisYear, thisYear + 1])).sorted() }
}

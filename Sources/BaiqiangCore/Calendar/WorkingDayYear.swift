/// One year of the working-day calendar (工作日历): the State Council's holiday notice for that
/// year (国务院办公厅关于某年部分节假日安排的通知) as data.
///
/// Every date of a year's file lies in that year, with one exception: a run of days off that
/// reaches across New Year belongs to the notice that announced it. The 2023 notice's New Year
/// holiday (2022-12-31 to 2023-01-02) is therefore in `2023.yaml`, and 2022-12-31 is a day off of
/// the year 2023's data.
public struct WorkingDayYear: Sendable, Hashable {
    public let year: Int
    /// The notice the data is copied from, for people checking it.
    public let source: String?
    public let holidays: [PublicHoliday]
    /// Every day off the notice declares (放假).
    public let daysOff: Set<LocalDate>
    /// Every weekend day the notice makes a working day (调休上班).
    public let weekendDaysWorked: Set<LocalDate>

    /// Checks the notice's data: dates in the year, no day both off and worked, worked days on a
    /// weekend. The first problem found is thrown.
    public init(year: Int, source: String? = nil, holidays: [PublicHoliday]) throws(CalendarDataError) {
        var off = Set<LocalDate>()
        var worked = Set<LocalDate>()
        for holiday in holidays {
            let range = holiday.daysOff
            let touchesYear = range.lowerBound.year <= year && range.upperBound.year >= year
            guard touchesYear else {
                let outside = range.lowerBound.year != year ? range.lowerBound : range.upperBound
                throw CalendarDataError(.dateOutsideYear(outside, year: year))
            }
            // A range may spill into the neighbouring year, but only by the days of a holiday
            // straddling New Year, never further.
            guard range.lowerBound.year >= year - 1, range.upperBound.year <= year + 1 else {
                let outside = range.lowerBound.year < year - 1 ? range.lowerBound : range.upperBound
                throw CalendarDataError(.dateOutsideYear(outside, year: year))
            }
            off.formUnion(holiday.eachDayOff)
            for day in holiday.weekendDaysWorked {
                guard day.year == year else { throw CalendarDataError(.dateOutsideYear(day, year: year)) }
                guard day.isWeekend else { throw CalendarDataError(.workedDayNotWeekend(day)) }
                worked.insert(day)
            }
        }
        if let clash = off.intersection(worked).min() {
            throw CalendarDataError(.bothOffAndWorked(clash))
        }
        self.year = year
        self.source = source
        self.holidays = holidays
        self.daysOff = off
        self.weekendDaysWorked = worked
    }

    /// The holiday a day belongs to, as a day off or as a day worked for it.
    public func holiday(on day: LocalDate) -> PublicHoliday? {
        holidays.first { $0.daysOff.contains(day) || $0.weekendDaysWorked.contains(day) }
    }
}

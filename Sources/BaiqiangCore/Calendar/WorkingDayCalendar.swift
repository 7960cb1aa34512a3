import Foundation

/// The working-day calendar (工作日历): which days are working days, from the yearly holiday
/// notices, falling back to Monday–Friday for a year that has no data yet.
///
/// A notice for the next year comes out each November; until an admin adds it, deadlines in that
/// year are still computed, but `hasData(for:)` is false and `DayInfo.isFallback` is true so the
/// interface can say the dates are provisional.
public struct WorkingDayCalendar: Sendable {
    /// The loaded years, by year.
    public let years: [Int: WorkingDayYear]
    /// Every day a notice mentions, from any year's file (a holiday across New Year is in one
    /// file only, but must count in both years).
    private let daysOff: [LocalDate: Int]
    private let daysWorked: [LocalDate: Int]

    /// Joins years' data; refuses the same year twice and two years that disagree about a day.
    public init(years: [WorkingDayYear]) throws(CalendarDataError) {
        var byYear: [Int: WorkingDayYear] = [:]
        var off: [LocalDate: Int] = [:]
        var worked: [LocalDate: Int] = [:]
        for data in years.sorted(by: { $0.year < $1.year }) {
            guard byYear[data.year] == nil else { throw CalendarDataError(.duplicateYear(data.year)) }
            byYear[data.year] = data
            for day in data.daysOff {
                if let other = worked[day] { throw CalendarDataError(.conflictingYears(day, other, data.year)) }
                off[day] = data.year
            }
            for day in data.weekendDaysWorked {
                if let other = off[day] { throw CalendarDataError(.conflictingYears(day, other, data.year)) }
                worked[day] = data.year
            }
        }
        self.years = byYear
        self.daysOff = off
        self.daysWorked = worked
    }

    /// A calendar with no notices at all: Monday–Friday everywhere.
    public static let mondayToFriday = try! WorkingDayCalendar(years: [])

    /// Whether a notice is loaded for the year; when false, the year is reckoned Monday–Friday.
    public func hasData(for year: Int) -> Bool {
        years[year] != nil
    }

    /// The loaded years, ascending.
    public var yearsWithData: [Int] {
        years.keys.sorted()
    }

    /// What the calendar says about a day, and whether it had data to say it.
    public func info(for day: LocalDate) -> DayInfo {
        if let year = daysOff[day] {
            return DayInfo(day: day, kind: .holiday, holiday: self.years[year]?.holiday(on: day), isFallback: false)
        }
        if let year = daysWorked[day] {
            return DayInfo(day: day, kind: .adjustedWorkingDay, holiday: self.years[year]?.holiday(on: day),
                           isFallback: false)
        }
        return DayInfo(day: day, kind: day.isWeekend ? .weekend : .workday, holiday: nil,
                       isFallback: !hasData(for: day.year))
    }

    /// Whether the day is a working day (工作日).
    public func isWorkingDay(_ day: LocalDate) -> Bool {
        if daysOff[day] != nil { return false }
        if daysWorked[day] != nil { return true }
        return !day.isWeekend
    }

    /// Whether the instant falls on a working day in Beijing time.
    public func isWorkingDay(_ instant: Date) -> Bool {
        isWorkingDay(ShanghaiTime.day(of: instant))
    }
}

/// The calendar's answer for one day.
public struct DayInfo: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, Codable {
        /// 工作日: an ordinary Monday–Friday.
        case workday
        /// 周末: an ordinary Saturday or Sunday.
        case weekend
        /// 放假: a day off of a holiday notice.
        case holiday
        /// 调休上班: a weekend day worked.
        case adjustedWorkingDay
    }

    public let day: LocalDate
    public let kind: Kind
    /// The holiday the day is off or worked for.
    public let holiday: PublicHoliday?
    /// True when the day's year has no notice loaded, so the answer is Monday–Friday's.
    public let isFallback: Bool

    public var isWorkingDay: Bool {
        kind == .workday || kind == .adjustedWorkingDay
    }

    public var label: BilingualText {
        switch kind {
        case .workday: BilingualText(zh: "工作日", en: "Working day")
        case .weekend: BilingualText(zh: "周末", en: "Weekend")
        case .holiday: BilingualText(zh: "放假", en: "Day off")
        case .adjustedWorkingDay: BilingualText(zh: "调休上班", en: "Weekend day worked")
        }
    }
}

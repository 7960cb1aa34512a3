import Foundation

/// Beijing time (北京时间): the one clock in which days, deadlines and holidays are reckoned.
///
/// Times are stored in UTC; only the turning of an instant into a day (and back) happens here,
/// always with the same fixed Gregorian calendar, so no server locale can change a deadline.
public enum ShanghaiTime {
    /// Asia/Shanghai from the system's tzdata. China has kept UTC+8 without daylight saving since
    /// 1991, so a fixed +08:00 is the same clock should tzdata be missing from a slim image.
    public static let timeZone: TimeZone =
        TimeZone(identifier: "Asia/Shanghai") ?? TimeZone(secondsFromGMT: 8 * 3600)!

    /// The Gregorian calendar in Beijing time (never `Calendar.current`).
    public static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        calendar.locale = Locale(identifier: "en_US_POSIX")
        return calendar
    }()

    /// The day on which an instant falls in Beijing time.
    public static func day(of instant: Date) -> LocalDate {
        let c = calendar.dateComponents([.year, .month, .day], from: instant)
        return LocalDate(year: c.year!, month: c.month!, day: c.day!)!
    }

    /// The instant of a wall-clock time on a day in Beijing time.
    public static func instant(_ day: LocalDate, hour: Int = 0, minute: Int = 0, second: Int = 0) -> Date {
        let components = DateComponents(
            year: day.year, month: day.month, day: day.day, hour: hour, minute: minute, second: second)
        return calendar.date(from: components)!
    }

    /// 23:59:59 of the day: the instant a day-based deadline falls due.
    public static func endOfDay(_ day: LocalDate) -> Date {
        instant(day, hour: 23, minute: 59, second: 59)
    }

    /// ISO 8601 with the +08:00 offset, to the second: "2025-10-09T23:59:59+08:00".
    public static func iso8601(_ instant: Date) -> String {
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: instant)
        let day = LocalDate(year: c.year!, month: c.month!, day: c.day!)!
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        let offset = timeZone.secondsFromGMT(for: instant)
        let sign = offset < 0 ? "-" : "+"
        let hours = abs(offset) / 3600, minutes = abs(offset) % 3600 / 60
        return "\(day)T\(two(c.hour!)):\(two(c.minute!)):\(two(c.second!))\(sign)\(two(hours)):\(two(minutes))"
    }
}

import Foundation

/// A calendar day (日期) in the county's own calendar, written `YYYY-MM-DD`.
///
/// Plans speak in days ("by the end of March 2023"), never in instants, so the rules work on
/// days and the app converts a clock reading to the county's day (Asia/Shanghai) once, at the edge.
public struct PlanDate: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Fails unless the triple names a real day of the proleptic Gregorian calendar.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...PlanDate.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses exactly `YYYY-MM-DD`; anything else (other separators, times) is rejected so that
    /// a typo cannot silently become another day.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// The day a moment falls on in the given time zone (the county's: Asia/Shanghai).
    public init(_ date: Date, timeZone: TimeZone) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let c = calendar.dateComponents([.year, .month, .day], from: date)
        self.year = c.year!
        self.month = c.month!
        self.day = c.day!
    }

    public var description: String {
        String(format: "%04d-%02d-%02d", year, month, day)
    }

    /// Days since 1970-01-01; differences of these are exact day counts.
    public var dayNumber: Int {
        // Days-from-civil (Howard Hinnant's algorithm): exact for every Gregorian date.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let m = month
        let dayOfYear = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// Whole days from `self` to `other` (negative when `other` is earlier).
    public func days(until other: PlanDate) -> Int { other.dayNumber - dayNumber }

    /// The same day `months` months later (or earlier); the day is clamped to the month's end,
    /// so 2024-02-29 minus 24 months is 2022-02-28.
    public func adding(months: Int) -> PlanDate {
        let total = year * 12 + (month - 1) + months
        let y = total / 12
        let m = total % 12 + 1
        return PlanDate(year: y, month: m, day: min(day, PlanDate.daysIn(month: m, year: y)))!
    }

    public static func < (lhs: PlanDate, rhs: PlanDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = PlanDate(text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "expected a date YYYY-MM-DD, got \(text)")
        }
        self = date
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

extension PlanDate {
    /// The day a form or request field gives, or an input error naming that field: the one
    /// wording of "must be YYYY-MM-DD" the pages and the API share.
    public static func required(_ text: String, field: String) throws -> PlanDate {
        guard let day = PlanDate(text.trimmingCharacters(in: .whitespaces)) else {
            throw FieldInputError([LocatedIssue(row: nil, column: field, reason: BilingualText(zh: "须为 YYYY-MM-DD", en: "must be YYYY-MM-DD"))])
        }
        return day
    }
}

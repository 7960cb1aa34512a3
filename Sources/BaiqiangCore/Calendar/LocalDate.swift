/// A day on the wall calendar (日期), with no time and no zone: "2025-10-01".
///
/// Holiday notices speak in such days, so the calendar reasons in them and only turns them into
/// instants (`Date`) in Asia/Shanghai at the edges (see `ShanghaiTime`).
public struct LocalDate: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// A valid Gregorian date, or nil (2023-02-29, month 13 …).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...LocalDate.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses exactly `YYYY-MM-DD` (the form of every date in the calendar files).
    /// Read byte by byte: a list of 100,000 parcels parses four dates each.
    public init?(iso text: String) {
        var fields = (0, 0, 0), position = 0
        for byte in text.utf8 {
            switch (position, byte) {
            case (4, UInt8(ascii: "-")), (7, UInt8(ascii: "-")): break
            case (0..<4, UInt8(ascii: "0")...UInt8(ascii: "9")): fields.0 = fields.0 * 10 + Int(byte - UInt8(ascii: "0"))
            case (5..<7, UInt8(ascii: "0")...UInt8(ascii: "9")): fields.1 = fields.1 * 10 + Int(byte - UInt8(ascii: "0"))
            case (8..<10, UInt8(ascii: "0")...UInt8(ascii: "9")): fields.2 = fields.2 * 10 + Int(byte - UInt8(ascii: "0"))
            default: return nil
            }
            position += 1
        }
        guard position == 10 else { return nil }
        self.init(year: fields.0, month: fields.1, day: fields.2)
    }

    public var description: String {
        func pad(_ n: Int, _ width: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    public static func < (a: LocalDate, b: LocalDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let date = LocalDate(iso: text) else {
            throw DecodingError.dataCorrupted(.init(
                codingPath: decoder.codingPath, debugDescription: "not a YYYY-MM-DD date: \(text)"))
        }
        self = date
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}

// MARK: - Day arithmetic

extension LocalDate {
    /// Days since 1970-01-01. Counting days in plain integers keeps stepping through a calendar
    /// free of time zones and daylight-saving surprises.
    public var dayNumber: Int {
        // Shift the year to start in March so the leap day falls last.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let monthFromMarch = (month + 9) % 12
        let dayOfYear = (153 * monthFromMarch + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The date with the given `dayNumber`, which must fall in the years 1–9999.
    public init(dayNumber: Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthFromMarch = (5 * dayOfYear + 2) / 153
        let d = dayOfYear - (153 * monthFromMarch + 2) / 5 + 1
        let m = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9
        let y = yearOfEra + era * 400 + (m <= 2 ? 1 : 0)
        // The arithmetic above only yields valid dates, so the failable init cannot fail here.
        self = LocalDate(year: y, month: m, day: d)!
    }

    public func adding(days: Int) -> LocalDate {
        LocalDate(dayNumber: dayNumber + days)
    }

    /// ISO weekday: 1 = Monday … 7 = Sunday.
    public var isoWeekday: Int {
        // 1970-01-01 was a Thursday (ISO 4).
        let r = (dayNumber + 3) % 7
        return (r < 0 ? r + 7 : r) + 1
    }

    /// Saturday or Sunday (周末).
    public var isWeekend: Bool { isoWeekday >= 6 }
}

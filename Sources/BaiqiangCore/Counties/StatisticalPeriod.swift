/// The period a published figure covers: a whole year, or January to the end of a month (1–N月)
/// as monthly bulletins report. A December figure is the year's.
public struct StatisticalPeriod: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public let year: Int
    /// 1…12; 12 is the whole year.
    public let throughMonth: Int

    public init?(year: Int, throughMonth: Int = 12) {
        guard (1949...9999).contains(year), (1...12).contains(throughMonth) else { return nil }
        self.year = year
        self.throughMonth = throughMonth
    }

    /// `2023` for a year, `2023-05` for January to May.
    public init?(text: String) {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: "-", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), parts[0].count == 4, let year = Int(parts[0]) else { return nil }
        if parts.count == 1 { self.init(year: year); return }
        guard parts[1].count == 2, let month = Int(parts[1]) else { return nil }
        self.init(year: year, throughMonth: month)
    }

    public var isWholeYear: Bool { throughMonth == 12 }

    public var description: String {
        isWholeYear ? String(year) : "\(year)-\(throughMonth < 10 ? "0" : "")\(throughMonth)"
    }

    public var label: BilingualText {
        if isWholeYear { return BilingualText(zh: "\(year)年", en: String(year)) }
        if throughMonth == 1 { return BilingualText(zh: "\(year)年1月", en: "Jan \(year)") }
        return BilingualText(zh: "\(year)年1–\(throughMonth)月", en: "Jan–\(Self.monthNames[throughMonth - 1]) \(year)")
    }

    /// The last day it covers.
    public var lastDay: LocalDate {
        LocalDate(year: year, month: throughMonth, day: LocalDate.daysIn(month: throughMonth, year: year))!
    }

    /// The same months one year earlier, the base of a growth rate.
    public var yearBefore: StatisticalPeriod? { StatisticalPeriod(year: year - 1, throughMonth: throughMonth) }

    /// A figure for a period is known only once the period is over.
    public func isOver(on today: LocalDate) -> Bool { lastDay < today }

    public static func < (lhs: StatisticalPeriod, rhs: StatisticalPeriod) -> Bool {
        (lhs.year, lhs.throughMonth) < (rhs.year, rhs.throughMonth)
    }

    private static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
}

import Foundation

/// A calendar month of the three-rates report: a demand counts in the Beijing month it was
/// submitted.
public struct DemandMonth: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int

    public init(year: Int, month: Int) { self.year = year; self.month = month }

    public init(_ instant: Date) {
        let day = ShanghaiTime.day(of: instant)
        self.init(year: day.year, month: day.month)
    }

    /// "YYYY-MM", years 2000–2100.
    public init?(_ text: String) {
        let parts = text.split(separator: "-")
        guard parts.count == 2, let y = Int(parts[0]), let m = Int(parts[1]), (1...12).contains(m), (2000...2100).contains(y)
        else { return nil }
        self.init(year: y, month: m)
    }

    public var first: LocalDate { LocalDate(year: year, month: month, day: 1)! }

    public func adding(_ months: Int) -> DemandMonth {
        let index = year * 12 + (month - 1) + months
        return DemandMonth(year: index / 12, month: index % 12 + 1)
    }

    /// The first instant of the month and the last whole second before the next one.
    public var span: (from: Date, to: Date) {
        (ShanghaiTime.instant(first), ShanghaiTime.instant(adding(1).first).addingTimeInterval(-1))
    }

    public var description: String { String(format: "%04d-%02d", year, month) }

    public static func < (a: DemandMonth, b: DemandMonth) -> Bool { (a.year, a.month) < (b.year, b.month) }
}

/// How a year's activity spreads over its months in the demo: a working factory day counts 1,
/// the Spring Festival shutdown (workers travel home before, come back over two weeks after)
/// and the May Day and National Day weeks count less. A month's weight is the sum of its days.
enum DemoSeasonality {
    /// Spring Festival (正月初一) by year; 2022–2026 agree with the State Council holiday
    /// notices in DOMAIN.md §7.
    static let springFestival: [Int: (month: Int, day: Int)] = [
        2020: (1, 25), 2021: (2, 12), 2022: (2, 1), 2023: (1, 22), 2024: (2, 10), 2025: (1, 29), 2026: (2, 17),
    ]

    /// Each month's share of the year's activity (sums to 1), computed once per year.
    static let monthShares: [Int: [Double]] = {
        var table: [Int: [Double]] = [:]
        for year in 2020...2026 { table[year] = shares(year: year) }
        return table
    }()

    static func shares(of year: Int) -> [Double] {
        monthShares[year] ?? shares(year: year)
    }

    private static func shares(year: Int) -> [Double] {
        let festival = springFestival[year] ?? (2, 5)
        let festivalDay = dayOfYear(year: year, month: festival.month, day: festival.day)
        var weights = [Double](repeating: 0, count: 12)
        for month in 1...12 {
            for day in 1...daysIn(month: month, year: year) {
                let offset = dayOfYear(year: year, month: month, day: day) - festivalDay
                weights[month - 1] += capacity(month: month, day: day, daysFromFestival: offset)
            }
        }
        let total = weights.reduce(0, +)
        return weights.map { $0 / total }
    }

    private static func capacity(month: Int, day: Int, daysFromFestival offset: Int) -> Double {
        switch offset {
        case -10 ... -1: return 0.7
        case 0...7: return 0.1
        case 8...20: return 0.6
        default: break
        }
        if month == 10, day <= 7 { return 0.35 }
        if month == 5, day <= 5 { return 0.5 }
        // Year-end orders and delivery pushes.
        if month == 12 || month == 11 { return 1.05 }
        return 1
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    private static func dayOfYear(year: Int, month: Int, day: Int) -> Int {
        (1..<month).reduce(0) { $0 + daysIn(month: $1, year: year) } + day
    }
}

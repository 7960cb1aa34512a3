@testable import BaiqiangCore

/// Hand-made firms for the ladder rules.
enum LadderFixtures {
    static func year(_ code: String, _ year: Int, revenue: Double, above: Bool? = nil, tax: Double = 0) -> EnterpriseYearFigures {
        EnterpriseYearFigures(
            creditCode: code, year: year, aboveScale: above ?? (revenue >= 2000),
            figures: [.revenueWan: revenue, .outputWan: revenue, .valueAddedWan: revenue / 4, .taxWan: tax, .staff: 10])
    }

    /// A sole trader since 2015 who incorporated in 2024.
    static let converted = LadderFirm(
        creditCode: "A", name: "转企厂", history: LadderHistory(individualSince: 2015, companySince: 2024),
        figures: [year("A", 2023, revenue: 600), year("A", 2024, revenue: 900)])
    /// Still a sole trader, selling 520万 in 2024: a 个转企 candidate.
    static let soleTrader = LadderFirm(
        creditCode: "B", name: "个体厂", history: LadderHistory(individualSince: 2010),
        figures: [year("B", 2024, revenue: 520)])
    /// A company growing past 2000万 in 2024.
    static let grower = LadderFirm(
        creditCode: "C", name: "升规公司", history: LadderHistory(companySince: 2012),
        figures: [year("C", 2023, revenue: 1900), year("C", 2024, revenue: 2300)])
    /// Exactly at the 1500万 candidate floor.
    static let atFloor = LadderFirm(
        creditCode: "D", name: "后备公司", history: LadderHistory(companySince: 2018),
        figures: [year("D", 2024, revenue: 1500)])
    /// Just under the floor.
    static let underFloor = LadderFirm(
        creditCode: "E", name: "小公司", history: LadderHistory(companySince: 2018),
        figures: [year("E", 2024, revenue: 1499.99)])
    /// Above scale and big: a 规改股 candidate.
    static let bigLimited = LadderFirm(
        creditCode: "F", name: "亿元公司", history: LadderHistory(companySince: 2005),
        figures: [year("F", 2023, revenue: 9000), year("F", 2024, revenue: 12_000)])
    /// Converted to joint-stock in 2024, 3亿 revenue: a 股上市 candidate next year.
    static let jointStock = LadderFirm(
        creditCode: "G", name: "股份公司", history: LadderHistory(companySince: 2001, jointStockSince: 2024),
        figures: [year("G", 2023, revenue: 28_000), year("G", 2024, revenue: 30_000)])
    /// Listed in 2024.
    static let listed = LadderFirm(
        creditCode: "H", name: "上市公司", history: LadderHistory(companySince: 1998, jointStockSince: 2019, listedSince: 2024),
        listing: .listed(since: 2024, ticker: "DEMO1"),
        figures: [year("H", 2023, revenue: 80_000), year("H", 2024, revenue: 90_000)])
    /// A new plant opened in 2024 that entered the directory at once.
    static let newPlant = LadderFirm(
        creditCode: "I", name: "新投产公司", history: LadderHistory(companySince: 2024),
        figures: [year("I", 2024, revenue: 5000)], startYear: 2024)
    /// An old firm whose 2023 figures were never imported: no crossing can be claimed.
    static let missingYear = LadderFirm(
        creditCode: "J", name: "缺数公司", history: LadderHistory(companySince: 2000),
        figures: [year("J", 2024, revenue: 5000)], startYear: 2000)
    /// Revenue 1800 but kept in the directory (above-scale flag true): no 小升规 candidate.
    static let retained = LadderFirm(
        creditCode: "K", name: "保留公司", history: LadderHistory(companySince: 2000),
        figures: [year("K", 2023, revenue: 2100), year("K", 2024, revenue: 1800, above: true)])
    /// In the IPO pipeline: tutoring since 2023, applied in 2024.
    static let tutoring = LadderFirm(
        creditCode: "L", name: "辅导公司", history: LadderHistory(companySince: 2003, jointStockSince: 2020),
        listing: .tutoring(since: 2023), figures: [year("L", 2024, revenue: 40_000)])
    static let applied = LadderFirm(
        creditCode: "M", name: "申报公司", history: LadderHistory(companySince: 2003, jointStockSince: 2019),
        listing: .applied(since: 2024), figures: [year("M", 2024, revenue: 50_000)])

    static let all = [converted, soleTrader, grower, atFloor, underFloor, bigLimited, jointStock, listed, newPlant, missingYear, retained, tutoring, applied]
}

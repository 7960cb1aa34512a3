import Testing
@testable import BaiqiangCore

@Suite("Demo county: monthly figures (月度指标)")
struct DemoMonthlyTests {
    private func hundredths(_ value: Double) -> Int64 { Int64((value * 100).rounded()) }

    @Test("Twelve months a year, adding up exactly (to 0.01) to the yearly figures")
    func monthsSumToYear() {
        for firm in DemoFixtures.generated.prefix(400) {
            let months = firm.monthly()
            #expect(months.count == firm.yearly.count * 12)
            for year in firm.yearly {
                let of = months.filter { $0.year == year.year }
                #expect(of.map(\.month) == Array(1...12))
                #expect(of.map { hundredths($0.revenueWan) }.reduce(0, +) == hundredths(year[.revenueWan]!))
                #expect(of.map { hundredths($0.outputWan) }.reduce(0, +) == hundredths(year[.outputWan]!))
                #expect(of.map { hundredths($0.taxWan) }.reduce(0, +) == hundredths(year[.taxWan]!))
                #expect(of.map { hundredths($0.electricityWanKWh) }.reduce(0, +) == hundredths(year[.electricityWkwh]!))
                #expect(of.allSatisfy { $0.revenueWan >= 0 && $0.creditCode == firm.creditCode })
            }
        }
    }

    @Test("The Spring Festival month is the county's weakest", arguments: [(2021, 2), (2022, 2), (2023, 1), (2024, 2), (2025, 2)])
    func springFestivalDip(year: Int, festivalMonth: Int) {
        var byMonth = [Double](repeating: 0, count: 12)
        for firm in DemoFixtures.generated.prefix(400) where (firm.startYear ?? 0) < year {
            for month in firm.monthly() where month.year == year { byMonth[month.month - 1] += month.revenueWan }
        }
        #expect(byMonth.firstIndex(of: byMonth.min()!) == festivalMonth - 1)
    }

    @Test("A firm that opened mid-year has nothing before its first month")
    func openingYear() throws {
        let firm = try #require(DemoFixtures.generated.first { ($0.startYear ?? 0) >= 2022 && $0.startMonth > 3 })
        let opening = firm.monthly().filter { $0.year == firm.startYear }
        #expect(opening.filter { $0.month < firm.startMonth }.allSatisfy { $0.revenueWan == 0 })
        #expect(opening.filter { $0.month >= firm.startMonth }.contains { $0.revenueWan > 0 })
    }

    @Test("Splitting keeps the total and the proportions")
    func split() {
        let parts = DemoMonthlySplit.split(100.01, by: [1, 1, 1])
        #expect(parts.map { Int64(($0 * 100).rounded()) }.reduce(0, +) == 10_001)
        #expect(parts.max()! - parts.min()! <= 0.011)
        #expect(DemoMonthlySplit.split(0, by: [1, 2]) == [0, 0])
    }
}

import Testing
@testable import BaiqiangCore

@Suite("Ranks within a prefecture 地市内排名")
struct RegionalRankingTests {
    static let year = StatisticalPeriod(year: 2023)!

    static func figure(_ unit: String, value: Double?, growth: Double? = nil) -> RegionalFigure {
        RegionalFigure(unitCode: unit, indicator: .gdp, period: year, value: value, growthPercent: growth)
    }

    @Test("The largest ranks first; equal figures share a rank and the next rank is skipped")
    func sharedRanks() {
        let ranks = RegionalRanking.ranks([Self.figure("a", value: 10), Self.figure("b", value: 30), Self.figure("c", value: 20),
                                           Self.figure("d", value: 20), Self.figure("e", value: 5)], by: .value)
        #expect(ranks.map(\.unitCode) == ["b", "c", "d", "a", "e"])
        #expect(ranks.map(\.rank) == [1, 2, 2, 4, 5])
        #expect(ranks.allSatisfy { $0.of == 5 })
    }

    @Test("By growth, a unit without a growth rate has no rank and is not counted")
    func byGrowth() {
        let ranks = RegionalRanking.ranks([Self.figure("heshan", value: 502.87, growth: 6.2), Self.figure("xinhui", value: 1011.25, growth: 7.2),
                                           Self.figure("taishan", value: 547.4, growth: 6.3), Self.figure("pengjiang", value: nil)], by: .growth)
        #expect(ranks.map(\.unitCode) == ["xinhui", "taishan", "heshan"])
        #expect(ranks.first { $0.unitCode == "heshan" }?.rank == 3)
        #expect(ranks.first?.of == 3)
        #expect(!ranks.contains { $0.unitCode == "pengjiang" })
    }

    @Test("All ranks group by indicator and period, never across them")
    func grouped() {
        let may = StatisticalPeriod(year: 2024, throughMonth: 5)!
        let figures = [Self.figure("a", value: 10), Self.figure("b", value: 20),
                       RegionalFigure(unitCode: "a", indicator: .gdp, period: may, value: 9, growthPercent: nil),
                       RegionalFigure(unitCode: "b", indicator: .taxRevenue, period: Self.year, value: 1, growthPercent: nil)]
        let ranks = RegionalRanking.ranksAlongside(figures, by: .value)
        #expect(ranks.map { $0?.rank } == [2, 1, 1, 1])
        #expect(ranks.map { $0?.of } == [2, 2, 1, 1])
    }

    @Test("Ranking everything at once gives each group's own ranks, ties and missing numbers included")
    func alongsideMatchesEachGroup() {
        let periods = [StatisticalPeriod(year: 2023)!, StatisticalPeriod(year: 2024, throughMonth: 5)!]
        var figures: [RegionalFigure] = []
        for (n, unit) in ["g", "a", "e", "c", "f", "b", "d"].enumerated() {
            for period in periods {
                for indicator in [RegionalIndicator.gdp, .taxRevenue] {
                    figures.append(RegionalFigure(unitCode: unit, indicator: indicator, period: period,
                                                  value: n == 3 ? nil : Double((n * 7) % 4), growthPercent: Double(n % 3) - 1))
                }
            }
        }
        for measure in RegionalRanking.Measure.allCases {
            let alongside = RegionalRanking.ranksAlongside(figures, by: measure)
            for period in periods {
                for indicator in [RegionalIndicator.gdp, .taxRevenue] {
                    let group = figures.indices.filter { figures[$0].period == period && figures[$0].indicator == indicator }
                    let expected = RegionalRanking.ranks(group.map { figures[$0] }, by: measure)
                    let got = group.compactMap { alongside[$0] }.sorted { ($0.rank, $0.unitCode) < ($1.rank, $1.unitCode) }
                    #expect(got == expected, "\(measure) \(indicator) \(period)")
                }
            }
        }
        #expect(RegionalRanking.ranksAlongside(figures, by: .value).filter { $0 == nil }.count == 4)
    }

    @Test("A share needs the published total or every unit's value; a partial sum gives none")
    func share() {
        let figures = [Self.figure("a", value: 54), Self.figure("b", value: 100), Self.figure("c", value: 8)]
        #expect(RegionalRanking.share(of: "a", in: figures, prefectureTotal: 162, unitCount: 7) == 54.0 / 162)
        #expect(RegionalRanking.share(of: "a", in: figures, prefectureTotal: nil, unitCount: 3) == 54.0 / 162)
        #expect(RegionalRanking.share(of: "a", in: figures, prefectureTotal: nil, unitCount: 7) == nil)
        #expect(RegionalRanking.share(of: "z", in: figures, prefectureTotal: 162, unitCount: 7) == nil)
    }
}

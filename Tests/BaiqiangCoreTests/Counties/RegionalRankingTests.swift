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
        let ranks = RegionalRanking.allRanks(figures, by: .value)
        #expect(ranks[RegionalFigure.Key(unitCode: "a", indicator: .gdp, period: Self.year)]?.rank == 2)
        #expect(ranks[RegionalFigure.Key(unitCode: "a", indicator: .gdp, period: may)]?.rank == 1)
        #expect(ranks[RegionalFigure.Key(unitCode: "b", indicator: .taxRevenue, period: Self.year)]?.of == 1)
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

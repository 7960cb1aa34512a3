import Testing
@testable import BaiqiangCore

@Suite("Cultivation ladder: a figure not reported is unknown, not 0")
struct LadderMissingFigureTests {
    /// A county that lists every sole trader and every small company as a candidate: lines of 0,
    /// which a revenue of 0 meets and an unknown revenue does not.
    let ladder = CultivationLadder(thresholds: LadderThresholds(toAboveScaleCandidateFloorWan: 0, toCompanyCandidateRevenueWan: 0))

    /// Figures for 2024 with the tax reported and the revenue missing.
    static func withoutRevenue(_ code: String) -> EnterpriseYearFigures {
        EnterpriseYearFigures(creditCode: code, year: 2024, aboveScale: false, figures: [.taxWan: 12])
    }

    static let soleTrader = LadderFirm(creditCode: "M", name: "未报个体", history: LadderHistory(individualSince: 2010),
                                       figures: [withoutRevenue("M")])
    static let company = LadderFirm(creditCode: "N", name: "未报公司", history: LadderHistory(companySince: 2010),
                                    figures: [withoutRevenue("N")])

    @Test("A firm whose revenue for the year is missing keeps it missing")
    func missingStaysMissing() throws {
        let figures = try #require(Self.company.figures(in: 2024))
        #expect(figures[.revenueWan] == nil)
        #expect(figures[.taxWan] == 12)
    }

    @Test("An unknown revenue neither meets nor fails a revenue line: the firm is no candidate")
    func unknownRevenueIsNoCandidate() {
        #expect(ladder.candidacies(of: Self.soleTrader, after: 2024).isEmpty)
        #expect(ladder.candidacies(of: Self.company, after: 2024).isEmpty)
        // The same firms with a reported revenue of 0 do meet lines of 0.
        var reported = Self.company
        reported.figures[0][.revenueWan] = 0
        #expect(ladder.candidacies(of: reported, after: 2024).map(\.step) == [.toAboveScale])
        var trader = Self.soleTrader
        trader.figures[0][.revenueWan] = 0
        #expect(ladder.candidacies(of: trader, after: 2024).map(\.step) == [.toCompany])
    }
}

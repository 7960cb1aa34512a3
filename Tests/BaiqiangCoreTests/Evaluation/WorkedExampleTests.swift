import Foundation
import Testing
@testable import BaiqiangCore

/// DOMAIN.md §2: 30 mu, tax 600万, VA 3,600万, 1,500 tce, 0.8 t emissions, 200 staff,
/// R&D 3% of revenue → 24.90 + 17.63 + 17.82 + 9.13 + 9.92 + 9.93 = 89.33 by Huangyan 2022.
@Suite struct WorkedExampleTests {
    let firm = EvaluationRow(
        code: "91331003MA2AXXXX1X", land: "30", tax: "600", valueAdded: "3600", revenue: "10000",
        energy: "1500", emission: "0.8", rd: "300", staff: "200")

    @Test func huangyanScoresEightyNinePointThreeThree() throws {
        let result = try EvaluationFixtures.evaluate([firm], method: "huangyan-2022", year: 2022)
        #expect(result.statuses[0] == .rated)
        #expect(String(format: "%.2f", result.scores[0]) == "89.33")
    }

    @Test func explanationShowsEachItem() throws {
        let result = try EvaluationFixtures.evaluate([firm], method: "huangyan-2022", year: 2022)
        let explanation = result.explanation(row: 0)
        #expect(explanation.items.map { String(format: "%.2f", $0.points) } == ["24.90", "17.63", "17.82", "9.13", "9.92", "9.93"])
        #expect(explanation.items.map(\.benchmark) == [24.097, 136.16, 2.694, 4929.81, 18.14, 0.0302])
        #expect(explanation.items.map(\.weight) == [30, 20, 20, 10, 10, 10])
        #expect(explanation.items[0].value == 20)
        #expect(explanation.items.allSatisfy { !$0.filledWithGroupMean })
        #expect(explanation.items[0].name.zh == "亩均税收")
        #expect(explanation.groupSize == 1)
        #expect(explanation.statusReason == nil)
    }

    @Test func belowScaleUsesPublishedBelowBenchmarks() throws {
        // 亩均税收 11.5932 × 50 and 单位用电税收 0.2352 × 50: exactly the benchmark scores 100.
        let belowFirm = EvaluationRow(code: "B1", scale: "below", land: "10", tax: "115.932", electricity: "492.9081632653061")
        let result = try EvaluationFixtures.evaluate([belowFirm], method: "huangyan-2022", year: 2022)
        #expect(abs(result.scores[0] - 100) < 1e-9)
    }
}

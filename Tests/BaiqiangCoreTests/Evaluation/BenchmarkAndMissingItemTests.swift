import Testing
@testable import BaiqiangCore

@Suite struct BenchmarkAndMissingItemTests {
    @Test func aggregateBenchmarkIsSumOverSumNotMeanOfRatios() throws {
        // Ratios 100 and 100/99 ≈ 1.01: their mean is ≈ 50.5; Σtax / Σland = 200 / 100 = 2.
        let rows = [EvaluationRow(code: "A1", land: "1", tax: "100"), EvaluationRow(code: "A2", land: "99", tax: "100")]
        let result = try EvaluationFixtures.evaluate(rows)
        #expect(result.groups[0].benchmarks[0] == 2)
        let explanation = result.explanation(row: result.row("A1"))
        #expect(explanation.items[0].points == 30 * (100 / 2))
    }

    @Test func aggregateUsesOnlyRatedFirmsWithAValidItem() throws {
        let rows = [
            EvaluationRow(code: "A1", land: "10", tax: "100"),
            EvaluationRow(code: "A2", land: "10", tax: "300"),
            EvaluationRow(code: "A3", land: "1000", tax: "", flags: ""),  // tax missing: not in the sums
            EvaluationRow(code: "A4", land: "1000", tax: "9999", flags: "utility"),  // T: not in the sums
            EvaluationRow(code: "A5", land: "0", tax: "50"),  // land 0: item not valid
        ]
        let result = try EvaluationFixtures.evaluate(rows)
        #expect(result.groups[0].benchmarks[0] == 400.0 / 20.0)
        #expect(result.groups[0].firmsWithItem[0] == 2)
    }

    @Test func missingItemGetsTheGroupMeanPoints() throws {
        // Emissions missing for A3: it gets the mean of A1's and A2's emission points.
        let rows = [
            EvaluationRow(code: "A1", emission: "1"),
            EvaluationRow(code: "A2", emission: "4"),
            EvaluationRow(code: "A3", emission: ""),
        ]
        let result = try EvaluationFixtures.evaluate(rows, method: "huangyan-2022")
        let benchmark = 4929.81
        let p1 = 10 * (500.0 / 1 / benchmark)
        let p2 = 10 * (500.0 / 4 / benchmark)
        let explanation = result.explanation(row: result.row("A3"))
        let item = explanation.items[3]
        #expect(item.indicatorID == "value_added_per_emission")
        #expect(item.filledWithGroupMean)
        #expect(item.value == nil)
        #expect(abs(item.points - (p1 + p2) / 2) < 1e-12)
        #expect(result.groups[0].fillPoints[3] == item.points)
        let a1 = result.explanation(row: result.row("A1"))
        let otherPoints = a1.items.enumerated().filter { $0.offset != 3 }.map(\.element.points).reduce(0, +)
        #expect(abs(result.scores[result.row("A3")] - (otherPoints + item.points)) < 1e-9)
    }

    @Test func zeroDenominatorIsAMissingItem() throws {
        let rows = [EvaluationRow(code: "A1", staff: "0"), EvaluationRow(code: "A2", staff: "50")]
        let result = try EvaluationFixtures.evaluate(rows)
        #expect(result.explanation(row: result.row("A1")).items[4].filledWithGroupMean)
    }

    @Test func downDirectionAndCap() throws {
        let yaml = """
            id: custom
            name: {zh: 测试, en: test}
            groups:
              - scale: above
                indicators:
                  - {id: energy_per_value_added, name: {zh: 单位增加值能耗, en: energy per value added}, numerator: energy_tce, denominator: value_added_wan, weight: 10, direction: down, benchmark: 0.2}
                  - {id: tax_per_mu, weight: 20, cap: 1.5, benchmark: 5}
            class_cutoffs: {A: 0.2, B: 0.6, C: 0.95}
            """
        let method = try EvaluationMethods.parse(yaml: yaml)
        let rows = [
            EvaluationRow(code: "A1", land: "10", tax: "100", valueAdded: "500", energy: "50"),   // 0.1/0.2 → (2−0.5)×10 = 15; 10/5 → 40 capped to 30
            EvaluationRow(code: "A2", land: "10", tax: "20", valueAdded: "500", energy: "500"),   // 1/0.2 = 5 → (2−5) floored 0; 2/5×20 = 8
        ]
        let result = EvaluationEngine.evaluate(try EvaluationFixtures.input(rows), method: method, year: 2024)
        #expect(result.scores[result.row("A1")] == 45)
        #expect(result.scores[result.row("A2")] == 8)
        #expect(result.statuses[result.row("A1")] == .rated)
    }

    @Test func methodWithoutBelowGroupLeavesBelowFirmsOut() throws {
        let yaml = """
            id: above-only
            name: {zh: 仅规上, en: above only}
            groups:
              - scale: above
                indicators: [{id: tax_per_mu, weight: 100, benchmark: aggregate}]
            class_cutoffs: {A: 0.2, B: 0.6, C: 0.95}
            """
        let method = try EvaluationMethods.parse(yaml: yaml)
        let rows = [EvaluationRow(code: "A1"), EvaluationRow(code: "B1", scale: "below", land: "50")]
        let result = EvaluationEngine.evaluate(try EvaluationFixtures.input(rows), method: method, year: 2024)
        #expect(result.statuses[result.row("B1")] == .outNoGroup)
        #expect(result.classOf("B1") == .out)
    }
}

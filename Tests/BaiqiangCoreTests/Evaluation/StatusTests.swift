import Testing
@testable import BaiqiangCore

@Suite struct StatusTests {
    @Test func utilityAndNewFirmsAreTAndSmallBelowScaleFirmsOut() throws {
        let rows = [
            EvaluationRow(code: "R1"),
            EvaluationRow(code: "U1", flags: "utility"),
            EvaluationRow(code: "N1", startYear: "2023"),  // 2024 − 2023 = 1 < 2
            EvaluationRow(code: "N2", startYear: "2024"),
            EvaluationRow(code: "S1", scale: "below", land: "2.99"),
            EvaluationRow(code: "S2", scale: "below", land: ""),
            EvaluationRow(code: "S3", scale: "below", land: "3"),
            EvaluationRow(code: "S4", scale: "below", land: "1", flags: "utility"),  // T wins over out
        ]
        let result = try EvaluationFixtures.evaluate(rows)
        #expect(result.statuses[result.row("R1")] == .rated)
        #expect(result.statuses[result.row("U1")] == .notRatedFlag)
        #expect(result.statuses[result.row("N1")] == .notRatedNew)
        #expect(result.statuses[result.row("N2")] == .notRatedNew)
        #expect(result.statuses[result.row("S1")] == .outLand)
        #expect(result.statuses[result.row("S2")] == .outLand)
        #expect(result.statuses[result.row("S3")] == .rated)
        #expect(result.statuses[result.row("S4")] == .notRatedFlag)
        #expect(["U1", "N1", "N2", "S4"].allSatisfy { result.classOf($0) == .t })
        #expect(["S1", "S2"].allSatisfy { result.classOf($0) == .out })
        #expect(result.score(row: result.row("U1")) == nil && result.rank(row: result.row("U1")) == nil)
        #expect(result.explanation(row: result.row("S1")).statusReason?.en.contains("land") == true)
        #expect(result.explanation(row: result.row("U1")).items.isEmpty)
    }

    @Test func aGroupWithNoRatedFirmIsNotAnError() throws {
        let result = try EvaluationFixtures.evaluate([EvaluationRow(code: "A1"), EvaluationRow(code: "B1", scale: "below", land: "1")])
        #expect(result.groups[1].ratedCount == 0)
        #expect(result.groups[1].benchmarks == [nil, nil])
        #expect(result.classOf("A1").isRated)
    }

    @Test func tAndOutRowsAreNotRanked() throws {
        let result = try EvaluationFixtures.evaluate([EvaluationRow(code: "A1"), EvaluationRow(code: "A2", flags: "utility"), EvaluationRow(code: "A3")])
        #expect(result.groups[0].ratedCount == 2)
        #expect(result.rank(row: result.row("A3")) == 2)
    }
}

@Suite struct ResultQueryTests {
    @Test func classCountsByTownAndLookupByCode() throws {
        let rows = [
            EvaluationRow(code: "A1", town: "沙坪街道", tax: "900"),
            EvaluationRow(code: "A2", town: "沙坪街道", tax: "100"),
            EvaluationRow(code: "A3", town: "古劳镇", flags: "utility"),
        ]
        let result = try EvaluationFixtures.evaluate(rows)
        let byTown = result.classCounts(by: result.input.towns)
        #expect(byTown["古劳镇"] == [.t: 1])
        #expect(byTown["沙坪街道"]?.values.reduce(0, +) == 2)
        #expect(result.classCounts()[.t] == 1)
        #expect(result.explanation(creditCode: "A3")?.finalClass == .t)
        #expect(result.explanation(creditCode: "nope") == nil)
        #expect(result.group(for: .above)?.ratedCount == 2)
    }
}

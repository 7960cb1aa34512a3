import Testing
@testable import BaiqiangCore

@Suite struct RankingRuleTests {
    @Test func equalScoresRankByCreditCodeAscending() throws {
        // Same figures in reverse code order in the file: rank must follow the code.
        let rows = ["Z9", "M5", "A1", "Q7"].map { EvaluationRow(code: $0) }
        let result = try EvaluationFixtures.evaluate(rows)
        #expect(Set(result.scores).count == 1)
        #expect(["A1", "M5", "Q7", "Z9"].map { result.ranks[result.row($0)] } == [1, 2, 3, 4])
    }

    @Test func vetoTurnsAAndBIntoC() throws {
        var rows = EvaluationFixtures.ladder(5)
        rows[0].flags = "veto"  // rank 1: A
        rows[1].flags = "veto;upgraded"  // rank 2: B
        let result = try EvaluationFixtures.evaluate(rows)
        #expect(result.classOf("C0000") == .c)
        #expect(result.classOf("C0001") == .c)
        #expect(result.rankClasses[result.row("C0000")] == .a)
        let explanation = result.explanation(row: result.row("C0000"))
        #expect(explanation.classByRank == .a && explanation.finalClass == .c)
        #expect(explanation.classChanges.map(\.ruleID) == ["veto"])
        #expect(explanation.classChanges.first?.from == .a)
    }

    @Test func vetoLeavesCAndDAlone() throws {
        var rows = EvaluationFixtures.ladder(5)
        rows[3].flags = "veto"  // C
        rows[4].flags = "veto"  // D
        let result = try EvaluationFixtures.evaluate(rows)
        #expect(result.classOf("C0003") == .c)
        #expect(result.classOf("C0004") == .d)
    }

    @Test func upgradedFirmIsNotD() throws {
        var rows = EvaluationFixtures.ladder(5)
        rows[4].flags = "upgraded"
        let result = try EvaluationFixtures.evaluate(rows)
        #expect(result.classOf("C0004") == .c)
        #expect(result.explanation(row: result.row("C0004")).classChanges.map(\.ruleID) == ["protection"])
    }

    @Test func firmUnderThreeYearsIsNotD() throws {
        var rows = EvaluationFixtures.ladder(5)
        rows[4].startYear = "2022"  // 2024 − 2022 = 2: rated (not T) but protected
        let result = try EvaluationFixtures.evaluate(rows, year: 2024)
        #expect(result.statuses[result.row("C0004")] == .rated)
        #expect(result.classOf("C0004") == .c)
    }

    @Test func firmOfThreeYearsCanBeD() throws {
        var rows = EvaluationFixtures.ladder(5)
        rows[4].startYear = "2021"
        let result = try EvaluationFixtures.evaluate(rows, year: 2024)
        #expect(result.classOf("C0004") == .d)
        #expect(result.explanation(row: result.row("C0004")).classChanges.isEmpty)
    }

    @Test func protectionDoesNotLiftOtherClasses() throws {
        var rows = EvaluationFixtures.ladder(5)
        rows[1].flags = "upgraded"  // B stays B
        let result = try EvaluationFixtures.evaluate(rows)
        #expect(result.classOf("C0001") == .b)
    }
}

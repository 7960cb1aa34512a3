import Foundation
import Testing
@testable import BaiqiangCore

@Suite("A stored firm's facts give back its explanation word for word")
struct FirmFactsTests {
    /// Rated firms (one missing an item, one vetoed, one new and protected), a utility, a firm too
    /// new to rate and a small firm out of scope: every path the explanation takes.
    static let rows: [EvaluationRow] = {
        var rows = EvaluationFixtures.ladder(12)
        rows[2].rd = ""
        rows[5].flags = "veto"
        rows[11].startYear = "2022"
        rows.append(EvaluationRow(code: "U0001", flags: "utility"))
        rows.append(EvaluationRow(code: "N0001", startYear: "2024"))
        rows.append(EvaluationRow(code: "S0001", scale: "below", land: "1"))
        return rows
    }()

    /// What a run stores (the method as JSON, the group summaries as JSON, each firm's facts as
    /// their short JSON), read back as a page or the API would.
    static func stored(_ result: EvaluationResult, row: Int) throws -> FirmExplanation {
        let definition = try JSONDecoder().decode(MethodDefinition.self, from: JSONEncoder().encode(result.method.definition))
        let groups = try JSONDecoder().decode([GroupSummary].self, from: JSONEncoder().encode(result.groups))
        let facts = try #require(FirmFacts(json: result.facts(row: row).json))
        return FirmExplanation(firm: result.outcome(row: row), facts: facts, method: try EvaluationMethod(validating: definition),
                               year: result.year, groups: groups)
    }

    @Test("Every firm's explanation, rebuilt from what a run stores, equals the one made with the run", arguments: ["zhejiang-6", "huangyan-2022"])
    func roundTrip(method: String) throws {
        let result = try EvaluationFixtures.evaluate(Self.rows, method: method)
        #expect(Set(result.statuses).count >= 3, "the fixture covers rated, not rated and out of scope")
        for row in 0..<result.count {
            #expect(try Self.stored(result, row: row) == result.explanation(row: row), "\(result.input.creditCodes[row])")
        }
    }

    @Test("The rebuilt items add up to the engine's score, and the class changes end at the engine's class")
    func agreesWithTheEngine() throws {
        let result = try EvaluationFixtures.evaluate(Self.rows)
        var changed = 0
        for row in 0..<result.count where result.statuses[row] == .rated {
            let explanation = try Self.stored(result, row: row)
            let points = explanation.items.map(\.points).reduce(0, +)
            #expect(abs(points - result.scores[row]) < 1e-9 * max(1, abs(points)))
            #expect((explanation.classChanges.last?.to ?? explanation.classByRank) == result.classes[row])
            if !explanation.classChanges.isEmpty { changed += 1 }
        }
        #expect(changed >= 1, "the vetoed firm's change is rebuilt")
        let missing = try Self.stored(result, row: 2)
        #expect(missing.items.contains { $0.filledWithGroupMean })
    }

    @Test("Facts are a few numbers, not words; an older run's whole explanation is not mistaken for them")
    func shortAndDistinct() throws {
        let result = try EvaluationFixtures.evaluate(Self.rows)
        let facts = result.facts(row: 0)
        #expect(facts.json.utf8.count < 160)
        #expect(!facts.json.contains("基准"))
        #expect(FirmFacts(json: facts.json) == facts)
        let whole = String(decoding: try JSONEncoder().encode(result.explanation(row: 0)), as: UTF8.self)
        #expect(FirmFacts(json: whole) == nil)
        #expect(FirmFacts(json: "{\"v\":2,\"s\":\"rated\",\"f\":0,\"m\":[]}") == nil, "a later shape is not read as this one")
    }
}

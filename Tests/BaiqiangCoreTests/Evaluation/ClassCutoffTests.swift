import Testing
@testable import BaiqiangCore

@Suite struct ClassCutoffTests {
    let cutoffs = try! EvaluationMethods.bundled("zhejiang-6").cutoffs

    @Test(arguments: [
        (5, 1, 3, 4), (20, 4, 12, 19), (21, 4, 12, 19), (1, 0, 0, 0), (10, 2, 6, 9), (100, 20, 60, 95),
        (1_000_000, 200_000, 600_000, 950_000), (999_999, 199_999, 599_999, 949_999),
    ])
    func lastRanksAreFloorsOfShares(n: Int, a: Int, b: Int, c: Int) {
        let last = cutoffs.lastRanks(groupSize: n)
        #expect(last.a == a && last.b == b && last.c == c)
    }

    /// The classes of a group of `n` firms ranked 1…n, as letters.
    private func classes(_ n: Int) throws -> String {
        let result = try EvaluationFixtures.evaluate(EvaluationFixtures.ladder(n))
        return (0..<n).map { result.classes[result.row(String(format: "C%04d", $0))].rawValue }.joined()
    }

    @Test func fiveFirms() throws {
        #expect(try classes(5) == "ABBCD")
    }

    @Test func twentyFirms() throws {
        #expect(try classes(20) == "AAAA" + String(repeating: "B", count: 8) + String(repeating: "C", count: 7) + "D")
    }

    @Test func twentyOneFirms() throws {
        #expect(try classes(21) == "AAAA" + String(repeating: "B", count: 8) + String(repeating: "C", count: 7) + "DD")
    }

    @Test func ranksFollowScoresDescending() throws {
        let result = try EvaluationFixtures.evaluate(EvaluationFixtures.ladder(5))
        #expect((0..<5).map { result.ranks[result.row(String(format: "C%04d", $0))] } == [1, 2, 3, 4, 5])
        #expect(result.groups[0].ratedCount == 5)
        #expect(result.groups[0].lastRankA == 1 && result.groups[0].lastRankB == 3 && result.groups[0].lastRankC == 4)
    }
}

import Testing
@testable import BaiqiangCore

@Suite("Cultivation ladder: candidates for next year (后备培育对象)")
struct LadderCandidateTests {
    let ladder = CultivationLadder()

    private func candidates(_ step: LadderStep, _ ladder: CultivationLadder? = nil) -> [String] {
        (ladder ?? self.ladder).candidates(after: 2024, among: LadderFixtures.all).filter { $0.step == step }.map(\.creditCode)
    }

    @Test("小升规: below scale with revenue from 1500万 (inclusive) to 2000万 (exclusive)")
    func toAboveScale() {
        #expect(candidates(.toAboveScale) == ["D"])
        // The retained firm is already in the directory; the one just under the floor is out.
        let all = ladder.candidates(after: 2024, among: LadderFixtures.all)
        #expect(all.allSatisfy { $0.targetYear == 2025 })
    }

    @Test("个转企: sole traders with revenue ≥ 500万")
    func toCompany() {
        #expect(candidates(.toCompany) == ["B"])
    }

    @Test("规改股: above-scale limited companies with revenue ≥ 1亿")
    func toJointStock() {
        // 升规公司 (2300万) and the new plant (5000万) are above scale but under the line; the
        // joint-stock and listed firms have taken the step already.
        #expect(candidates(.toJointStock) == ["F"])
    }

    @Test("股上市: joint-stock firms outside the pipeline with revenue ≥ 2亿")
    func toListed() {
        #expect(candidates(.toListed) == ["G"])
    }

    @Test("Thresholds are data: a county's own lines change the lists")
    func customThresholds() {
        let strict = CultivationLadder(thresholds: LadderThresholds(toAboveScaleCandidateFloorWan: 1000, toJointStockCandidateRevenueWan: 4000))
        #expect(candidates(.toAboveScale, strict) == ["D", "E"])
        #expect(Set(candidates(.toJointStock, strict)) == ["F", "I", "J"])
    }

    @Test("Candidates are ordered by step, then by revenue, largest first")
    func ordering() {
        let steps = ladder.candidates(after: 2024, among: LadderFixtures.all).map(\.step)
        #expect(steps == steps.sorted())
    }
}

import Testing
@testable import BaiqiangCore

@Suite("Cultivation ladder: crossings (个转企、小升规、规改股、股上市)")
struct LadderCrossingTests {
    let ladder = CultivationLadder()

    @Test("Each step is recognised in the year it happened, and only then")
    func crossingsIn2024() {
        let crossings = ladder.crossings(in: 2024, among: LadderFixtures.all)
        let byStep = Dictionary(grouping: crossings, by: \.step).mapValues { $0.map(\.creditCode).sorted() }
        #expect(byStep[.toCompany] == ["A"])
        #expect(byStep[.toAboveScale] == ["C", "I"])
        #expect(byStep[.toJointStock] == ["G"])
        #expect(byStep[.toListed] == ["H"])
        #expect(crossings.first { $0.creditCode == "I" }?.enteredDirectly == true)
        #expect(crossings.first { $0.creditCode == "C" }?.enteredDirectly == false)
        #expect(ladder.crossings(in: 2023, among: LadderFixtures.all).isEmpty)
    }

    @Test("Counts list every step, zero included")
    func counts() {
        let counts = ladder.crossingCounts(in: 2024, among: LadderFixtures.all)
        #expect(counts == [.toCompany: 1, .toAboveScale: 2, .toJointStock: 1, .toListed: 1])
        #expect(ladder.crossingCounts(in: 2030, among: LadderFixtures.all).values.allSatisfy { $0 == 0 })
    }

    @Test("A firm founded as a company never counts as 个转企")
    func foundedAsCompany() {
        #expect(ladder.crossings(of: LadderFixtures.newPlant, in: 2024).map(\.step) == [.toAboveScale])
    }

    @Test("Missing last-year figures claim no 小升规 for an old firm")
    func missingFigures() {
        #expect(ladder.crossings(of: LadderFixtures.missingYear, in: 2024).isEmpty)
    }

    @Test("Stages follow the highest rung reached")
    func stages() {
        #expect(LadderFixtures.soleTrader.stage(atEndOf: 2024) == .individual)
        #expect(LadderFixtures.converted.stage(atEndOf: 2023) == .individual)
        #expect(LadderFixtures.converted.stage(atEndOf: 2024) == .company)
        #expect(LadderFixtures.grower.stage(atEndOf: 2023) == .company)
        #expect(LadderFixtures.grower.stage(atEndOf: 2024) == .aboveScale)
        #expect(LadderFixtures.jointStock.stage(atEndOf: 2024) == .jointStock)
        #expect(LadderFixtures.listed.stage(atEndOf: 2024) == .listed)
        #expect(LadderFixtures.newPlant.stage(atEndOf: 2023) == nil)
    }
}

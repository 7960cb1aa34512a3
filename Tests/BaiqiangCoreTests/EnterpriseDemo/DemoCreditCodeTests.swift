import Testing
@testable import BaiqiangCore

@Suite("Demo county: credit codes (统一社会信用代码)")
struct DemoCreditCodeTests {
    @Test("Every code of 20,000 firms is valid, unique and in Heshan's division")
    func validAndUnique() throws {
        let county = try DemoCounty(seed: 2022, firmCount: 20_000)
        var seen = Set<String>()
        for index in county.indices {
            let firm = county.firm(at: index)
            let code = try CreditCode(firm.creditCode)
            #expect(code.value == firm.creditCode)
            #expect(seen.insert(firm.creditCode).inserted, "duplicate \(firm.creditCode)")
            #expect(firm.creditCode.dropFirst(2).hasPrefix("440784"))
        }
        #expect(seen.count == 20_000)
    }

    @Test("Generated codes carry the DM mark; sole traders are 92, enterprises 91")
    func generatedRange() {
        for firm in DemoFixtures.generated {
            #expect(!firm.creditCodeIsPlaceholder)
            #expect(Array(firm.creditCode)[8...9] == ["D", "M"])
            let soleTrader = firm.ladderStage == .individual
            #expect(firm.creditCode.hasPrefix(soleTrader ? "92440784" : "91440784"))
        }
    }

    @Test("The plan's named firms get placeholder codes marked PL")
    func placeholders() {
        let named = DemoFixtures.firms.filter(\.isNamedInPlan)
        #expect(named.count == 7)
        for firm in named {
            #expect(firm.creditCodeIsPlaceholder)
            #expect(firm.creditCode.hasPrefix("91440784PL"))
        }
    }
}

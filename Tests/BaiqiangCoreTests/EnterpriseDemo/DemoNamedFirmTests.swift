import Testing
@testable import BaiqiangCore

@Suite("Demo county: the firms the plan names (规划点名企业)")
struct DemoNamedFirmTests {
    @Test("The seven firms of the plan come first, by the plan's names")
    func present() {
        let names = DemoFixtures.firms.prefix(7).map(\.name)
        #expect(names == ["创维光电", "博盈特焊", "雅图高新", "天山金属", "隆基绿能", "信义玻璃", "联塑"])
    }

    @Test("They carry only the plan's statements: no figures, no invented identity")
    func onlyPlanFacts() throws {
        for firm in DemoFixtures.firms.prefix(7) {
            let plan = try #require(firm.planFirm)
            #expect(firm.isNamedInPlan && firm.isDemo)
            #expect(firm.yearly.isEmpty && firm.monthly().isEmpty)
            #expect(firm.townCode == nil && firm.industryCode == nil && firm.address == nil)
            #expect(firm.startYear == nil && firm.contact == nil && firm.designations.isEmpty)
            #expect(firm.history == LadderHistory())
            #expect(!plan.planStatements.isEmpty)
            // Every statement names the firm (隆基绿能 is also written 隆基).
            #expect(plan.planStatements.allSatisfy { $0.contains(firm.name) || $0.contains(String(firm.name.prefix(2))) })
        }
    }

    @Test("The IPO pipeline firms are on the board without a stage; the projects are not")
    func pipeline() {
        let board = IPOBoard(firms: DemoFixtures.firms.map(\.ladderFirm))
        #expect(board.unstaged.map(\.name) == ["博盈特焊", "雅图高新", "天山金属"])
        for name in ["创维光电", "隆基绿能", "信义玻璃", "联塑"] {
            #expect(DemoFixtures.firms.first { $0.name == name }?.listing == nil)
        }
        let longi = DemoFixtures.firms[4].planFirm
        #expect(longi?.roles == [.majorProject, .photovoltaicProject])
    }

    @Test("Every firm of the county is flagged demo")
    func allDemo() {
        #expect(DemoFixtures.firms.allSatisfy { $0.isDemo })
    }

    @Test("A county smaller than the plan's list holds only the first named firms")
    func tinyCounty() throws {
        let county = try DemoCounty(firmCount: 3)
        #expect(county.firms(in: county.indices).map(\.name) == ["创维光电", "博盈特焊", "雅图高新"])
    }
}

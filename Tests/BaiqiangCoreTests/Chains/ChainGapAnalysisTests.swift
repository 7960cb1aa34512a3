import Testing
@testable import BaiqiangCore

/// Firms on nodes by industry code and by hand, and the three kinds of gap.
@Suite struct ChainGapAnalysisTests {
    let chain: IndustrialChain

    init() throws {
        typealias T = IndustrialChainTests
        chain = try IndustrialChain(
            code: "pv", name: T.name,
            nodes: [T.node("silicon", .upstream, ["3218"]), T.node("cells", .midstream, ["3825"]),
                    T.node("inverters", .midstream, ["382"]), T.node("plants", .downstream, ["4416"]),
                    T.node("recycling", .downstream, ["4220"])],
            edges: [ChainEdge(from: "silicon", to: "cells"), ChainEdge(from: "cells", to: "plants"),
                    ChainEdge(from: "inverters", to: "plants"), ChainEdge(from: "plants", to: "recycling")])
    }

    let firms = [
        ChainFirm(creditCode: "A", industryCode: "3825", outputWanYuan: 600),
        ChainFirm(creditCode: "B", industryCode: "3825", outputWanYuan: 400),
        ChainFirm(creditCode: "C", industryCode: "3829", outputWanYuan: 100),
        ChainFirm(creditCode: "D", industryCode: "2614", outputWanYuan: 50),
    ]

    @Test func firmsSitOnNodesByIndustryCodePrefix() throws {
        let mapping = try ChainFirmMapping(chain: chain, firms: firms)
        #expect(mapping.firms(on: "cells").map(\.creditCode) == ["A", "B"])
        // The group prefix 382 takes both 3825 and 3829.
        #expect(mapping.firms(on: "inverters").map(\.creditCode) == ["A", "B", "C"])
        #expect(mapping.firms(on: "silicon").isEmpty)
    }

    @Test func handMadeOverridesAddAndRemove() throws {
        let mapping = try ChainFirmMapping(chain: chain, firms: firms, overrides: [
            ChainNodeOverride(creditCode: "D", nodeCode: "silicon", kind: .add),
            ChainNodeOverride(creditCode: "A", nodeCode: "inverters", kind: .remove),
        ])
        #expect(mapping.firms(on: "silicon").map(\.creditCode) == ["D"])
        #expect(mapping.firms(on: "inverters").map(\.creditCode) == ["B", "C"])
        #expect(throws: ChainError(.unknownNode("wafers"))) {
            try ChainFirmMapping(chain: chain, firms: firms,
                                 overrides: [ChainNodeOverride(creditCode: "D", nodeCode: "wafers", kind: .add)])
        }
    }

    @Test func gapsToFillStrengthenAndExtend() throws {
        let mapping = try ChainFirmMapping(chain: chain, firms: firms, overrides: [
            ChainNodeOverride(creditCode: "A", nodeCode: "inverters", kind: .remove),
            ChainNodeOverride(creditCode: "B", nodeCode: "inverters", kind: .remove),
        ])
        let gaps = ChainGapAnalysis(chain: chain, mapping: mapping)
        #expect(gaps.fill == ["silicon", "plants", "recycling"])
        // cells: A makes 60% (> 50%); inverters: C alone.
        #expect(gaps.strengthen.map(\.nodeCode) == ["cells", "inverters"])
        #expect(gaps.strengthen.first?.dominantFirm == "A")
        #expect(gaps.strengthen.first?.share == 0.6)
        // silicon and plants touch a node with local firms; recycling only touches plants.
        #expect(gaps.extend == ["silicon", "plants"])
    }

    @Test func exactlyHalfTheOutputIsNotThin() throws {
        let even = [ChainFirm(creditCode: "A", industryCode: "3825", outputWanYuan: 500),
                    ChainFirm(creditCode: "B", industryCode: "3825", outputWanYuan: 500)]
        let gaps = ChainGapAnalysis(chain: chain, mapping: try ChainFirmMapping(chain: chain, firms: even))
        #expect(!gaps.strengthen.map(\.nodeCode).contains("cells"))
    }
}

/// A gap turned into a project lead names the gap and carries the chain and node.
@Suite struct ChainGapLeadTests {
    static let chain = try! IndustrialChain(
        code: "pv", name: BilingualText(zh: "光伏链", en: "PV"), leadDepartmentCode: "gxj",
        nodes: [ChainNode(code: "glass", name: BilingualText(zh: "玻璃", en: "glass"), segment: .upstream, industryCodes: ["3041"]),
                ChainNode(code: "cells", name: BilingualText(zh: "组件", en: "cells"), segment: .midstream, industryCodes: ["3825"])],
        edges: [ChainEdge(from: "glass", to: "cells")])

    @Test func aFillGapBecomesALeadOnItsNode() throws {
        let mapping = try ChainFirmMapping(chain: Self.chain, firms: [ChainFirm(creditCode: "F1", industryCode: "3825", outputWanYuan: 10)])
        let analysis = ChainGapAnalysis(chain: Self.chain, mapping: mapping)
        let record = try ChainGapLead.record(chain: Self.chain, nodeCode: "glass", kind: .fill, analysis: analysis, year: 2026)
        #expect(record.chainCode == "pv" && record.chainNode == "glass")
        #expect(record.channel == .chain && record.leadDepartmentCode == "gxj")
        #expect(record.name == "补链：光伏链 · 玻璃")
        #expect(ProjectRecordCheck.issues(record).isEmpty)
    }

    @Test func aNodeThatIsNotThatGapIsRefused() throws {
        let mapping = try ChainFirmMapping(chain: Self.chain, firms: [ChainFirm(creditCode: "F1", industryCode: "3825", outputWanYuan: 10),
                                                                     ChainFirm(creditCode: "F2", industryCode: "3825", outputWanYuan: 10)])
        let analysis = ChainGapAnalysis(chain: Self.chain, mapping: mapping)
        #expect(throws: ChainError(.notAGap("cells"))) {
            try ChainGapLead.record(chain: Self.chain, nodeCode: "cells", kind: .fill, analysis: analysis, year: 2026)
        }
        #expect(throws: ChainError(.unknownNode("x"))) {
            try ChainGapLead.record(chain: Self.chain, nodeCode: "x", kind: .fill, analysis: analysis, year: 2026)
        }
    }
}

extension ChainGapLeadTests {
    @Test func withoutAChainDepartmentTheMakerLeads() throws {
        let chain = try IndustrialChain(code: "c", name: BilingualText(zh: "链", en: "c"),
                                        nodes: [ChainNode(code: "a", name: BilingualText(zh: "甲", en: "a"), segment: .upstream)], edges: [])
        let analysis = ChainGapAnalysis(chain: chain, mapping: try ChainFirmMapping(chain: chain, firms: []))
        let record = try ChainGapLead.record(chain: chain, nodeCode: "a", kind: .fill, analysis: analysis, year: 2026, madeBy: "tcj")
        #expect(record.leadDepartmentCode == "tcj")
    }
}

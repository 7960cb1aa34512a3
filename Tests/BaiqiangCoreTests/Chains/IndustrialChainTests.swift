import Foundation
import Testing
@testable import BaiqiangCore

/// A chain is checked when read: unique codes, known nodes, no circle unless allowed.
@Suite struct IndustrialChainTests {
    static func node(_ code: String, _ segment: ChainSegment = .midstream, _ industry: [String] = []) -> ChainNode {
        ChainNode(code: code, name: BilingualText(zh: code, en: code), segment: segment, industryCodes: industry)
    }

    static let name = BilingualText(zh: "链", en: "chain")

    @Test func theBundledChainsAreHeshansFourAndEachSaysItIsTheCountysToEdit() throws {
        let chains = try IndustrialChain.bundled()
        #expect(Set(chains.map(\.code)) == ["silicon-energy", "optoelectronic-display", "advanced-materials", "high-end-equipment"])
        for chain in chains {
            #expect(chain.county == "heshan")
            #expect(chain.source?.contains("本县自定") == true, "\(chain.code) says its nodes are the county's own choice")
            #expect(chain.chief == nil && chain.leadDepartmentCode == nil, "no chief or department is invented")
            #expect(Set(chain.nodes.map(\.segment)) == Set(ChainSegment.allCases))
        }
    }

    @Test func aCodeThatWouldNotSurviveAWebAddressIsRefused() {
        #expect(throws: ChainError(.badCode("a/b"))) {
            try IndustrialChain(code: "c", name: Self.name, nodes: [Self.node("a/b")], edges: [])
        }
    }

    @Test(arguments: ["new", "edit", "import", "export", "template", "New", "IMPORT"])
    func aCodeThatIsAPageUnderChainsIsRefused(code: String) throws {
        #expect(throws: ChainError(.reservedCode(code))) {
            try IndustrialChain(code: code, name: Self.name, nodes: [Self.node("a")], edges: [])
        }
        let message = ChainError(.reservedCode(code)).message
        #expect(message.zh.contains("保留") && message.en.contains("reserved"))
        // A word that merely contains one is an ordinary code.
        _ = try IndustrialChain(code: code + "-energy", name: Self.name, nodes: [Self.node("a")], edges: [])
    }

    @Test func aCountyLongerThanACodeIsRefusedFromAFileOrJSON() throws {
        let county = String(repeating: "x", count: TextFieldKind.code.maximumLength + 1)
        #expect(throws: ChainError(.tooLong(field: "county", maximum: TextFieldKind.code.maximumLength))) {
            try IndustrialChain(code: "c", county: county, name: Self.name, nodes: [Self.node("a")], edges: [])
        }
        let json = #"{"code": "c", "county": "\#(county)", "name": {"zh": "链", "en": "Chain"}, "nodes": [{"code": "a", "name": {"zh": "甲", "en": "A"}, "segment": "upstream"}]}"#
        #expect(throws: ChainError.self) { try IndustrialChain(json: Data(json.utf8)) }
        _ = try IndustrialChain(code: "c", county: String(county.dropLast()), name: Self.name, nodes: [Self.node("a")], edges: [])
    }

    @Test func aDuplicateNodeCodeIsRefused() {
        #expect(throws: ChainError(.duplicateNode("a"))) {
            try IndustrialChain(code: "c", name: Self.name, nodes: [Self.node("a"), Self.node("a")], edges: [])
        }
    }

    @Test func anEdgeToAnUnknownNodeIsRefused() {
        #expect(throws: ChainError(.unknownNode("x"))) {
            try IndustrialChain(code: "c", name: Self.name, nodes: [Self.node("a")], edges: [ChainEdge(from: "a", to: "x")])
        }
    }

    @Test func aCycleIsRefusedUnlessAllowed() throws {
        let nodes = [Self.node("a"), Self.node("b"), Self.node("c")]
        let edges = [ChainEdge(from: "a", to: "b"), ChainEdge(from: "b", to: "c"), ChainEdge(from: "c", to: "b")]
        #expect(throws: ChainError(.cycle(["b", "c", "b"]))) {
            try IndustrialChain(code: "c", name: Self.name, nodes: nodes, edges: edges)
        }
        let recycling = try IndustrialChain(code: "c", name: Self.name, nodes: nodes, edges: edges, allowsCycles: true)
        #expect(recycling.edges.count == 3)
        // A diamond is no circle.
        let diamond = [ChainEdge(from: "a", to: "b"), ChainEdge(from: "a", to: "c"), ChainEdge(from: "b", to: "c")]
        #expect(try IndustrialChain(code: "c", name: Self.name, nodes: nodes, edges: diamond).edges.count == 3)
    }

    @Test func aFileErrorNamesTheFileLineAndColumn() {
        let yaml = """
            code: c
            name: {zh: 链, en: chain}
            nodes:
              - {code: a, segment: upstream, name: {zh: 甲, en: A}}
            edges:
              - {from: a, to: b}
            """
        #expect(throws: ChainError(.unknownNode("b"), file: "c.yaml", line: 6, column: 19)) {
            try IndustrialChain(yaml: yaml, fileName: "c.yaml")
        }
        let message = ChainError(.unknownNode("b"), file: "c.yaml", line: 6, column: 19).message
        #expect(message.zh.hasPrefix("c.yaml 第 6 行第 19 列：") && message.en.hasPrefix("c.yaml, line 6, column 19: "))
    }

    @Test func aBadValueOrABrokenFileSaysWhere() {
        let sideways = """
            code: c
            name: {zh: 链, en: chain}
            nodes:
              - {code: a, segment: sideways, name: {zh: 甲, en: A}}
            """
        #expect(throws: ChainError(.invalidValue("nodes.segment"), line: 4, column: 24)) { try IndustrialChain(yaml: sideways) }
        #expect(throws: ChainError(.missingField("name"), line: 1, column: 1)) { try IndustrialChain(yaml: "code: c\nnodes: []\n") }
        #expect((try? IndustrialChain(yaml: "code: [c\n")) == nil)
        do {
            _ = try IndustrialChain(yaml: "code: c\nname: {zh: 链, en: chain\n")
        } catch {
            #expect(error.line != nil && error.column != nil)
        }
    }

    @Test func aChainWrittenAsAFileReadsBackTheSame() throws {
        let nodes = [ChainNode(code: "a", name: BilingualText(zh: "true", en: "123"), segment: .upstream, industryCodes: ["3825"]),
                     ChainNode(code: "b", name: BilingualText(zh: "乙", en: ""), segment: .downstream)]
        let chain = try IndustrialChain(code: "c-1", name: Self.name, chief: "张三", leadDepartmentCode: "gxj", source: "null",
                                        nodes: nodes, edges: [ChainEdge(from: "a", to: "b")], gapRule: ChainGapRule(dominantFirmShareOver: 0.6))
        #expect(try IndustrialChain(yaml: try chain.yaml()) == chain)
        let json = #"{"code": "j", "name": {"zh": "链", "en": "chain"}, "nodes": [{"code": "a", "segment": "midstream", "name": {"zh": "甲", "en": "A"}}]}"#
        #expect(try IndustrialChain(json: Data(json.utf8)).nodes.map(\.segment) == [.midstream])
        #expect(throws: ChainError(.missingField("nodes"))) { try IndustrialChain(json: Data(#"{"code": "j", "name": {"zh": "链", "en": "chain"}}"#.utf8)) }
    }

    @Test func anUnknownNodeNamedByAProjectIsRefused() throws {
        let chain = try IndustrialChain(code: "c", name: Self.name, nodes: [Self.node("a")], edges: [])
        #expect(throws: ChainError(.unknownNode("z"))) { try chain.requireNode("z") }
        #expect(try chain.requireNode("a").code == "a")
    }
}

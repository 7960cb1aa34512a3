import Testing
@testable import BaiqiangCore

/// The new-chain form's lines read into a chain, refused line by line, and the chain rules of
/// any chain file applied to what they make.
@Suite struct ChainFormTests {
    func form(up: String = "si | 硅料 | Silicon | 3218", mid: String = "cells | 电池片\nmodules | 组件 | Modules | 3825 3829",
              down: String = "plants | 电站", edges: String = "si > cells\ncells -> modules\nmodules → plants") -> ChainForm {
        ChainForm(code: "pv-new", nameZh: "光伏链", nameEn: "PV chain", chief: " 张三 ", leadDepartmentCode: "gxj",
                  nodes: [.upstream: up, .midstream: mid, .downstream: down], edges: edges)
    }

    @Test func linesMakeNodesAndLinks() throws {
        let chain = try form().chain()
        #expect(chain.nodes.map(\.code) == ["si", "cells", "modules", "plants"])
        #expect(chain.node("modules")?.industryCodes == ["3825", "3829"])
        #expect(chain.node("modules")?.segment == .midstream)
        // A node without an English name is called by its Chinese one in English too.
        #expect(chain.node("cells")?.name == BilingualText(zh: "电池片", en: "电池片"))
        #expect(chain.edges.count == 3)
        #expect(chain.chief == "张三" && chain.leadDepartmentCode == "gxj")
        #expect(try IndustrialChain(yaml: chain.yaml()) == chain, "saved as the chain file it reads back as")
    }

    @Test func unreadableLinesAreRefusedByFieldAndLine() {
        #expect(throws: FieldInputError([
            LocatedIssue(row: 3, column: "upstream", reason: BilingualText(
                zh: "须写作“编码 | 中文名 | 英文名 | 行业代码”，至少编码和中文名",
                en: "must read “code | Chinese name | English name | industry codes”, at least the code and the Chinese name")),
            LocatedIssue(row: 1, column: "edges", reason: BilingualText(zh: "须写作“上游节点编码 > 下游节点编码”",
                                                                       en: "must read “from-node code > to-node code”")),
        ])) {
            try form(up: "si | 硅料\n\nonly-a-code", edges: "si cells").chain()
        }
    }

    @Test func theChainRulesApply() {
        #expect(throws: ChainError(.cycle(["si", "cells", "si"]))) {
            try form(edges: "si > cells\ncells > si").chain()
        }
        #expect(throws: ChainError(.unknownNode("nowhere"))) { try form(edges: "si > nowhere").chain() }
        #expect(throws: ChainError(.duplicateNode("si"))) { try form(down: "si | 又一个硅料").chain() }
        #expect(throws: ChainError(.noNodes)) { try form(up: "", mid: "", down: "", edges: "").chain() }
        #expect(throws: ChainError(.badCode("硅"))) { try form(up: "硅 | 硅料", edges: "").chain() }
    }

    @Test func aFormAtTheSizeBoundIsRead_andOneByteOverIsRefused() throws {
        let padding = String(repeating: " ", count: ChainForm.maximumBytes - "si | 硅料".utf8.count)
        _ = try form(up: "si | 硅料" + padding, mid: "", down: "", edges: "").chain()
        #expect(throws: ChainError(.fileTooLarge(maximumBytes: ChainForm.maximumBytes))) {
            try form(up: "si | 硅料" + padding + " ", mid: "", down: "", edges: "").chain()
        }
    }

    @Test func codeAndChineseNameAreRequired() {
        var blank = form()
        blank.code = " "
        blank.nameZh = ""
        #expect(throws: FieldInputError([
            LocatedIssue(row: nil, column: "code", reason: BilingualText(zh: "不能为空", en: "is required")),
            LocatedIssue(row: nil, column: "name_zh", reason: BilingualText(zh: "不能为空", en: "is required")),
        ])) { try blank.chain() }
    }
}

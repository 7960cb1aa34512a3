import Testing
@testable import BaiqiangCore

@Suite struct IndustryClassificationTests {
    let table: IndustryClassification

    init() throws {
        table = try IndustryClassification.bundled()
    }

    /// GB/T 4754-2017 as published: 20 sections, 97 divisions, 473 groups; its class table lists
    /// 1381 classes (the release notice rounds this to 1380).
    @Test func countsOfTheWholeTable() {
        #expect(table.categories(at: .section).count == 20)
        #expect(table.categories(at: .division).count == 97)
        #expect(table.categories(at: .group).count == 473)
        #expect(table.categories(at: .class).count == 1381)
    }

    @Test func knownCodesHaveTheirStandardNames() {
        #expect(table.category("A")?.nameZh == "农、林、牧、渔业")
        #expect(table.category("C")?.nameZh == "制造业")
        #expect(table.category("13")?.nameZh == "农副食品加工业")
        #expect(table.category("0111")?.nameZh == "稻谷种植")
        #expect(table.category("3981")?.nameZh == "电阻电容电感元件制造")
        #expect(table.category("3741")?.nameZh == "飞机制造")
        #expect(table.category("3963")?.nameZh == "智能无人飞行器制造")
        #expect(table.category("T")?.nameZh == "国际组织")
    }

    @Test func pathRunsFromSectionToClass() {
        let path = table.path(to: "3981")
        #expect(path.map(\.code) == ["C", "39", "398", "3981"])
        #expect(path.map(\.level) == [.section, .division, .group, .class])
        #expect(table.path(to: "9999").isEmpty)
        #expect(table.section(of: "0111")?.code == "A")
    }

    @Test func childrenAreInTheStandardsOrder() {
        #expect(table.children(of: "398").map(\.code) == ["3981", "3982", "3983", "3984", "3985", "3989"])
        #expect(table.children(of: "C").first?.code == "13")
        #expect(table.children(of: "C").last?.code == "43")
    }

    @Test func everyEntryHasItsParentOneLevelUp() {
        for category in table.categories where category.level != .section {
            let parent = table.category(category.parentCode ?? "")
            #expect(parent != nil, "\(category.code) has no parent")
            #expect(parent.map { $0.level.codeLength + 1 == category.level.codeLength } == true)
        }
    }

    @Test func validatesCodesAsPeopleWriteThem() throws {
        #expect(try table.validate("3981").code == "3981")
        #expect(try table.validate(" c3981 ").code == "3981")
        #expect(try table.validate("c").code == "C")
        #expect(try table.validate("39").level == .division)
    }

    @Test func unknownCodeIsRejectedInBothLanguages() {
        #expect(throws: IndustryCodeError(code: "3988", reason: .unknown)) { try table.validate("3988") }
        do {
            _ = try table.validate("3988")
        } catch {
            #expect(error.message.zh.contains("3988"))
            #expect(error.message.zh.contains("GB/T 4754-2017"))
            #expect(error.message.en.contains("not in the industry classification"))
        }
        #expect(throws: IndustryCodeError(code: "39X1", reason: .malformed)) { try table.validate("39x1") }
        #expect(throws: IndustryCodeError(code: "", reason: .empty)) { try table.validate("  ") }
        #expect(throws: IndustryCodeError(code: "A3981", reason: .wrongSection(expected: "C3981"))) {
            try table.validate("A3981")
        }
        #expect(throws: IndustryCodeError(code: "U", reason: .unknown)) { try table.validate("U") }
    }

    @Test func manufacturingIsSectionCDivisions13To43() {
        #expect(table.isManufacturing("3981"))
        #expect(table.isManufacturing("1311"))
        #expect(table.isManufacturing("43"))
        #expect(table.isManufacturing("C"))
        #expect(table.isManufacturing("C3981"))
        #expect(!table.isManufacturing("0111"))
        #expect(!table.isManufacturing("4411"))  // 火力发电: section D
        #expect(!table.isManufacturing("9999"))
        #expect(IndustryClassification.isManufacturingCode("13"))
        #expect(!IndustryClassification.isManufacturingCode("12"))
        #expect(!IndustryClassification.isManufacturingCode("44"))
        let manufacturingDivisions = table.children(of: "C").map(\.code)
        #expect(manufacturingDivisions.count == 31)
        #expect(manufacturingDivisions.allSatisfy(IndustryClassification.isManufacturingCode))
    }

    @Test func lookupFromBytesMatchesLookupFromStrings() {
        let bytes = Array(" 3981 ".utf8)
        let found = bytes.withUnsafeBytes { table.category(bytes: $0) }
        #expect(found?.code == "3981")
        let unknown = Array("39810".utf8).withUnsafeBytes { table.category(bytes: $0) }
        #expect(unknown == nil)
    }

    @Test func aBrokenTableIsRejected() {
        #expect(throws: IndustryTableError.self) {
            try IndustryClassification(csv: "code,level,parent,name_zh\n01,division,A,农业\n")
        }
        #expect(throws: IndustryTableError.self) {
            try IndustryClassification(csv: "code,level,parent,name_zh\nA,section,,农业\nA,section,,又一个\n")
        }
    }
}

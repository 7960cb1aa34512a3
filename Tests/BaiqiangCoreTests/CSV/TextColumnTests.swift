import Testing
@testable import BaiqiangCore

@Suite struct TextColumnTests {
    @Test func storesTextsBackToBack() {
        var column = TextColumn(["鹤山", "", "Heshan"])
        let bytes = Array("a\"\"b".utf8)
        bytes.withUnsafeBytes { column.append($0, collapsingDoubledQuotes: true) }
        #expect(column.count == 4)
        #expect(column[0] == "鹤山")
        #expect(column.isEmpty(at: 1))
        #expect(column[2] == "Heshan")
        #expect(column[3] == "a\"b")
    }
}

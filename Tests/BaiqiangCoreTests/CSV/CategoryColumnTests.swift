import Testing
@testable import BaiqiangCore

@Suite struct CategoryColumnTests {
    @Test func storesEachDistinctValueOnce() {
        var column = CategoryColumn(["沙坪街道", "雅瑶镇", "沙坪街道", ""])
        #expect(column.count == 4)
        #expect(column.categories.count == 3)
        #expect(column.codes == [0, 1, 0, 2])
        #expect(column[2] == "沙坪街道")
        let bytes = Array("\"\"quoted\"\"".utf8)
        bytes.withUnsafeBytes { column.append($0, collapsingDoubledQuotes: true) }
        #expect(column[4] == "\"quoted\"")
    }

    @Test func survivesManyCategoriesAndPermutes() {
        let values = (0..<1000).map { "C\($0 % 300)" }
        let column = CategoryColumn(values)
        #expect(column.categories.count == 300)
        #expect((0..<1000).allSatisfy { column[$0] == values[$0] })
        let reversed = column.permuted(by: (0..<1000).reversed().map { Int32($0) })
        #expect(reversed[0] == values[999])
    }
}

import Foundation
import Testing
@testable import BaiqiangCore

@Suite struct RejectedRowsWriterTests {
    @Test func rejectedRowsKeepTheirCellsAndGainAReason() throws {
        let reference = try ImportTestSupport.reference()
        let bad = ImportTestSupport.yearlyRow(["tax_wan": "-5", "name": "逗号,公司"].mapValues { $0.contains(",") ? "\"\($0)\"" : $0 })
        let result = try YearlyFiguresFile.parse(
            ImportTestSupport.csv([ImportTestSupport.englishHeader, ImportTestSupport.yearlyRow(year: 2024), bad]), reference: reference)
        let bytes = RejectedRowsWriter.csv(header: result.header, rows: result.rejectedRows, language: .zhHans)
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let table = try TableReader(data: Data(bytes))
        let rows = try ImportTestSupport.rows(table)
        #expect(rows.count == 2)
        #expect(rows[0].cells == result.header + ["原因"])
        #expect(rows[1].cells[1] == "逗号,公司")
        #expect(rows[1].cells[8] == "-5")
        #expect(rows[1].cells[16] == "第 3 行，列“tax_wan”：不能为负数（-5）")
    }

    @Test func bothLanguagesByDefault() {
        let row = RejectedRow(row: 2, cells: ["a"], reasons: [BilingualText(zh: "错", en: "wrong")])
        let text = String(decoding: RejectedRowsWriter.csv(header: ["h"], rows: [row]).dropFirst(3), as: UTF8.self)
        #expect(text == "h,reason\na,错 / wrong\n")
    }

    @Test func rejectedRowsAsXLSX() throws {
        let row = RejectedRow(row: 2, cells: ["a", "b"], reasons: [BilingualText(zh: "错", en: "wrong")])
        let bytes = try RejectedRowsWriter.xlsx(header: ["h1", "h2"], rows: [row], language: .en)
        var rows: [[String]] = []
        try XLSXReader(data: Data(bytes)).readRows { _, cells in rows.append(cells) }
        #expect(rows == [["h1", "h2", "reason"], ["a", "b", "wrong"]])
    }
}

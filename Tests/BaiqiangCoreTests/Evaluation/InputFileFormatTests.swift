import Foundation
import Testing
@testable import BaiqiangCore

/// The evaluation file as county staff have it: Chinese headers, saved by Excel as GB18030 CSV,
/// as UTF-8 with a BOM, or kept as a workbook.
@Suite struct InputFileFormatTests {
    /// The header with every column under its preferred Chinese name.
    var chineseHeader: String {
        EvaluationInputCSV.header.map { key in EvaluationInputCSV.spec.column(key)!.label.zh }.joined(separator: ",")
    }

    var rows: [String] {
        [EvaluationRow(code: "A1", name: "鹤山一号", town: "沙坪街道", scale: "规上").line,
         EvaluationRow(code: "A2", name: "古劳二号", scale: "below", tax: "").line]
    }

    private func expectRead(_ input: EvaluationInput) {
        #expect(input.count == 2)
        #expect(input.names[0] == "鹤山一号")
        #expect(input.towns[0] == "沙坪街道")
        #expect(input.scales == [.above, .below])
        #expect(input.value(.taxWan, row: 0) == 100)
        #expect(input.value(.taxWan, row: 1) == nil)
        #expect(input.sourceRows == [2, 3])
    }

    @Test func aGB18030FileWithChineseHeadersReads() throws {
        let text = ([chineseHeader] + rows).joined(separator: "\r\n") + "\r\n"
        let data = try #require(text.data(using: TextEncoding.foundationGB18030))
        #expect(String(data: data, encoding: .utf8) == nil, "the file is really not UTF-8")
        expectRead(try EvaluationInputCSV.read(data))
    }

    @Test func aUTF8FileWithBOMAndChineseHeadersReads() throws {
        let text = "\u{FEFF}" + ([chineseHeader] + rows).joined(separator: "\n") + "\n"
        expectRead(try EvaluationInputCSV.read(Data(text.utf8)))
    }

    @Test func anXLSXWorkbookReads() throws {
        var sheet = XLSXWriter()
        sheet.appendRow(chineseHeader.split(separator: ",").map { .text(String($0)) })
        for row in rows {
            // A workbook leaves a trailing empty cell out altogether.
            var cells = row.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            while cells.last == "" { cells.removeLast() }
            sheet.appendRow(cells.map { .text($0) })
        }
        expectRead(try EvaluationInputCSV.read(Data(try sheet.bytes())))
    }

    @Test func aHeaderInNeitherLanguageIsNamed() {
        let text = chineseHeader.replacingOccurrences(of: "税收(万元)", with: "税金") + "\n" + rows[0] + "\n"
        let error = EvaluationFixtures.inputError(text)
        #expect(error?.reason == .unknownColumn)
        #expect(error?.columnName == "税金")
    }

    @Test func aFileThatIsNoTableIsRefusedInBothLanguages() {
        let error = EvaluationFixtures.inputError("%PDF-1.7 …")
        #expect(error?.reason == .unreadableFile(ImportFileError(.notCSVOrXLSX)))
        #expect(error?.message.zh.contains("CSV") == true)
    }
}

import Foundation
import Testing
@testable import BaiqiangCore

@Suite struct XLSXReaderTests {
    @Test func cellReferencesBecomeColumnIndices() {
        #expect(XLSXCellReference.columnIndex("A1") == 0)
        #expect(XLSXCellReference.columnIndex("Z9") == 25)
        #expect(XLSXCellReference.columnIndex("AA12") == 26)
        #expect(XLSXCellReference.columnIndex("AZ3") == 51)
        #expect(XLSXCellReference.columnIndex("XFD1048576") == 16_383)
        #expect(XLSXCellReference.columnIndex("12") == nil)
        #expect(XLSXCellReference.rowNumber("AA12") == 12)
        #expect(XLSXCellReference.columnName(0) == "A")
        #expect(XLSXCellReference.columnName(26) == "AA")
        #expect(XLSXCellReference.columnName(16_383) == "XFD")
    }

    @Test func writtenWorkbookReadsBackWithSharedStrings() throws {
        try roundTrip(sharedStrings: true)
    }

    @Test func writtenWorkbookReadsBackWithInlineStrings() throws {
        try roundTrip(sharedStrings: false)
    }

    private func roundTrip(sharedStrings: Bool) throws {
        var writer = XLSXWriter(sheetName: "企业", usesSharedStrings: sharedStrings)
        writer.appendRow([.text("credit_code"), .text("name"), .text("tax_wan"), .text("staff"), .text("above_scale")])
        writer.appendRow([.text("91440784MA4UE0001R"), .text("A&B <公司> \"引号\""), .number(800.25), .integer(210), .boolean(true)])
        writer.appendRow([.text("91440784MA4UE0002W"), .empty, .number(0.1), .integer(0), .boolean(false)])
        let reader = try XLSXReader(data: Data(try writer.bytes()))
        #expect(reader.sheetNames == ["企业"])
        var rows: [(Int, [String])] = []
        try reader.readRows { rows.append(($0, $1)) }
        #expect(rows.map(\.0) == [1, 2, 3])
        #expect(rows[0].1 == ["credit_code", "name", "tax_wan", "staff", "above_scale"])
        #expect(rows[1].1 == ["91440784MA4UE0001R", "A&B <公司> \"引号\"", "800.25", "210", "1"])
        // The empty cell is not written; the reader fills the gap.
        #expect(rows[2].1 == ["91440784MA4UE0002W", "", "0.1", "0", "0"])
    }

    @Test func openpyxlWorkbookNamedSheetGapsAndRichText() throws {
        let reader = try XLSXReader(data: XLSXFixtures.namedSheetWorkbook)
        #expect(reader.sheetNames == ["说明", "2023年数据"])
        var rows: [[String]] = []
        try reader.readRows(sheet: "2023年数据") { _, cells in rows.append(cells) }
        #expect(rows.count == 3)
        #expect(rows[0].first == "统一社会信用代码")
        #expect(rows[1][1] == "鹤山市示例电子有限公司")  // two rich-text runs
        #expect(rows[1][15] == "1")
        #expect(rows[2][6] == "")  // the gap in column G
        #expect(rows[2][13] == "120")
        #expect(rows[2][15] == "0")
    }

    @Test func firstSheetIsTheDefault() throws {
        let reader = try XLSXReader(data: XLSXFixtures.namedSheetWorkbook)
        var rows: [[String]] = []
        try reader.readRows { _, cells in rows.append(cells) }
        #expect(rows == [["本表由统计局提供"]])
    }

    @Test func unknownSheetNamesTheSheetsThereAre() throws {
        let reader = try XLSXReader(data: XLSXFixtures.namedSheetWorkbook)
        #expect(throws: ImportFileError(.sheetNotFound(name: "2024年数据", available: ["说明", "2023年数据"]))) {
            try reader.readRows(sheet: "2024年数据") { _, _ in }
        }
    }

    @Test func mergedHeaderCellsAreRejected() throws {
        let reader = try XLSXReader(data: XLSXFixtures.mergedHeaderWorkbook)
        #expect(try reader.mergedRanges() == ["A1:P1"])
        #expect(throws: ImportFileError(.mergedHeaderCells(range: "A1:P1"))) {
            try reader.readRows { _, _ in }
        }
        let message = ImportFileError(.mergedHeaderCells(range: "A1:P1")).message
        #expect(message.zh.contains("合并单元格"))
        #expect(message.en.contains("merged cells"))
    }

    @Test func mergedCellsBelowTheHeaderAreAllowed() throws {
        let data = try ImportTestSupport.xlsx(sheetXML: """
        <sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c><c r="B1" t="inlineStr"><is><t>b</t></is></c></row>\
        <row r="2"><c r="A2"><v>1</v></c></row></sheetData><mergeCells count="1"><mergeCell ref="A2:B2"/></mergeCells>
        """)
        var rows: [[String]] = []
        try XLSXReader(data: data).readRows { _, cells in rows.append(cells) }
        #expect(rows == [["a", "b"], ["1"]])
    }

    @Test func sharedRichTextSkipsPhoneticRunsAndFillsGaps() throws {
        let data = try ImportTestSupport.xlsx(
            sheetXML: """
            <sheetData><row r="2"><c r="B2" t="s"><v>0</v></c><c r="D2" t="s"><v>1</v></c><c r="E2" t="b"><v>1</v></c>\
            <c r="F2" t="str"><v>公式结果</v></c><c r="G2" t="e"><v>#DIV/0!</v></c><c r="H2"><v>1.5E-3</v></c></row></sheetData>
            """,
            sharedStringsXML: """
            <si><r><rPr><b/></rPr><t>鹤山</t></r><r><t xml:space="preserve"> 工业城</t></r><rPh sb="0" eb="2"><t>ヘ</t></rPh></si>\
            <si><t>雅瑶镇</t></si>
            """)
        var rows: [(Int, [String])] = []
        try XLSXReader(data: data).readRows { rows.append(($0, $1)) }
        #expect(rows.count == 1)
        #expect(rows[0].0 == 2)
        #expect(rows[0].1 == ["", "鹤山 工业城", "", "雅瑶镇", "1", "公式结果", "#DIV/0!", "1.5E-3"])
    }

    @Test func aMissingSharedStringIsADamagedFile() throws {
        let data = try ImportTestSupport.xlsx(
            sheetXML: "<sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>7</v></c></row></sheetData>",
            sharedStringsXML: "<si><t>only one</t></si>")
        #expect {
            try XLSXReader(data: data).readRows { _, _ in }
        } throws: { error in
            guard let error = error as? ImportFileError, case .malformedXLSX = error.reason else { return false }
            return true
        }
    }

    @Test func blankRowsAreSkippedAndRowNumbersKept() throws {
        let data = try ImportTestSupport.xlsx(sheetXML: """
        <sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>h</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t> </t></is></c></row>\
        <row r="5"><c r="A5"><v>3</v></c></row></sheetData>
        """)
        let rows = try ImportTestSupport.rows(TableReader(data: data))
        #expect(rows.map(\.row) == [1, 5])
    }
}

@Suite struct XLSXNumericCodeTests {
    /// Excel drops a leading zero from a code typed into a number cell: 0111 (稻谷种植) arrives
    /// as 111, which must not be taken for group 111.
    @Test func aClassCodeThatLostItsLeadingZeroIsRestored() throws {
        let reference = try ImportTestSupport.reference()
        var writer = XLSXWriter()
        writer.appendRow(ImportTestSupport.englishHeader.split(separator: ",").map { .text(String($0)) })
        var cells: [XLSXCellValue] = ImportTestSupport.yearlyRow().split(separator: ",").map { .text(String($0)) }
        cells[3] = .integer(111)
        cells[4] = .integer(2023)
        writer.appendRow(cells)
        let result = try YearlyFiguresFile.parse(Data(try writer.bytes()), reference: reference)
        #expect(result.isClean, "\(result.issues)")
        #expect(result.records.first?.record.industry == "0111")
    }

    @Test func textCellsKeepTheirCodeAsWritten() throws {
        let reference = try ImportTestSupport.reference()
        let result = try YearlyFiguresFile.parse(
            ImportTestSupport.csv([ImportTestSupport.englishHeader, ImportTestSupport.yearlyRow(["industry": "111"])]),
            reference: reference)
        #expect(result.records.first?.record.industry == "111")
    }
}

@Suite struct XLSXLargeSheetTests {
    /// libxml2 refuses a part over 10 MB handed over in one piece; the reader must stream it.
    @Test func aSheetOverTenMegabytesIsRead() throws {
        var writer = XLSXWriter(usesSharedStrings: false)
        let filler = String(repeating: "鹤山市示例电子有限公司", count: 6)
        for index in 0..<60_000 {
            writer.appendRow([.integer(index), .text(filler)])
        }
        var count = 0
        var last = ""
        try XLSXReader(data: Data(try writer.bytes())).readRows { _, cells in
            count += 1
            last = cells[0]
        }
        #expect(count == 60_000)
        #expect(last == "59999")
    }
}

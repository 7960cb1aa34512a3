import Foundation
import Testing
@testable import BaiqiangCore

@Suite struct YearlyFiguresImportTests {
    typealias Support = ImportTestSupport
    let reference: ImportReferenceData

    init() throws {
        reference = try Support.reference()
    }

    private func parse(_ lines: [String]) throws -> ImportParseResult<YearlyFiguresRow> {
        try YearlyFiguresFile.parse(Support.csv(lines), reference: reference)
    }

    // MARK: Good files

    @Test func aCleanEnglishFileParsesEveryField() throws {
        let result = try parse([Support.englishHeader, Support.yearlyRow(), Support.yearlyRow(year: 2024)])
        #expect(result.isClean)
        #expect(result.rowsRead == 2)
        #expect(result.records.map(\.row) == [2, 3])
        let figures = result.records[0].record
        #expect(figures.creditCode.value == Support.code("91440784MA4UE0001"))
        #expect(figures.name == "鹤山市示例电子有限公司")
        #expect(figures.town == "沙坪街道")
        #expect(figures.industry == "3981")
        #expect(figures.year == 2023)
        #expect(figures.figures[.revenueWan] == 25000.5)
        #expect(figures.figures[.emissionT] == 0.8)
        #expect(figures.figures.integer(.staff) == 210)
        #expect(figures.figures[.landMu] == 30)
        #expect(figures.figures.aboveScale)
        #expect(result.report(inserted: 1, updated: 1).summary.en == "Read 2 rows: 1 inserted, 1 updated, 0 rejected")
    }

    @Test func aChineseGB18030FileFromTheBureauParses() throws {
        let text = [Support.chineseHeader, Support.yearlyRow(["above_scale": "是", "industry": "C3981"])]
            .joined(separator: "\r\n") + "\r\n"
        let gb18030 = try #require(text.data(using: TextEncoding.foundationGB18030))
        let result = try YearlyFiguresFile.parse(gb18030, reference: reference)
        #expect(result.encoding == .gb18030)
        #expect(result.isClean)
        #expect(result.records.first?.record.industry == "3981")
        #expect(result.records.first?.record.figures.aboveScale == true)
    }

    @Test func aUTF8FileWithBOMAndEmptyOptionalFiguresParses() throws {
        let row = Support.yearlyRow(["emission_t": "", "rd_wan": " ", "above_scale": "0"])
        var data = Data([0xEF, 0xBB, 0xBF])
        data.append(Support.csv([Support.englishHeader, row]))
        let result = try YearlyFiguresFile.parse(data, reference: reference)
        #expect(result.encoding == .utf8WithBOM)
        #expect(result.isClean)
        #expect(result.records[0].record.figures[.emissionT] == nil)
        #expect(result.records[0].record.figures[.rdWan] == nil)
        #expect(result.records[0].record.figures.aboveScale == false)
    }

    @Test func anOpenpyxlWorkbookParsesFromItsNamedSheet() throws {
        let result = try YearlyFiguresFile.parse(XLSXFixtures.namedSheetWorkbook, reference: reference, sheet: "2023年数据")
        #expect(result.format == .xlsx)
        #expect(result.isClean, "\(result.issues)")
        #expect(result.records.count == 2)
        #expect(result.records[0].record.name == "鹤山市示例电子有限公司")
        #expect(result.records[1].record.figures[.outputWan] == nil)
        #expect(result.records[1].record.figures.integer(.staff) == 120)
        #expect(result.records[1].record.figures.aboveScale == false)
    }

    @Test func aWorkbookFromOurWriterParses() throws {
        var writer = XLSXWriter()
        writer.appendRow(Support.englishHeader.split(separator: ",").map { .text(String($0)) })
        writer.appendRow(Support.yearlyRow().split(separator: ",", omittingEmptySubsequences: false).map { .text(String($0)) })
        let result = try YearlyFiguresFile.parse(Data(try writer.bytes()), reference: reference)
        #expect(result.isClean)
        #expect(result.records.count == 1)
    }

    // MARK: Bad input: each issue names row, column and reason

    @Test func wrongCheckCharacterNamesTheExpectedOne() throws {
        let (wrong, expected) = Support.wrongCode("91440784MA4UE0001")
        let result = try parse([Support.englishHeader, Support.yearlyRow(["credit_code": wrong])])
        let issue = try #require(result.issues.first)
        #expect(result.issues.count == 1)
        #expect(issue.row == 2)
        #expect(issue.column == "credit_code")
        #expect(issue.reason.zh.contains("应为“\(expected)”"))
        #expect(issue.reason.en.contains("expected '\(expected)'"))
        #expect(result.records.isEmpty)
    }

    @Test func duplicateCodeAndYearNamesBothRows() throws {
        let result = try parse([
            Support.englishHeader, Support.yearlyRow(), Support.yearlyRow(body: "91440784MA4UE0002"), Support.yearlyRow(),
        ])
        #expect(result.records.map(\.row) == [3])
        #expect(result.rejectedRows.map(\.row) == [2, 4])
        let later = try #require(result.issues.first { $0.row == 4 })
        #expect(later.column == "credit_code+year")
        #expect(later.reason.zh.contains("与第 2 行重复"))
        #expect(later.reason.en.contains("duplicates row 2"))
        let first = try #require(result.issues.first { $0.row == 2 })
        #expect(first.reason.en.contains("duplicated by row 4"))
        // The first row's cells were fetched again for the rejected-rows file.
        #expect(result.rejectedRows[0].cells.first == Support.code("91440784MA4UE0001"))
    }

    @Test func sameFirmInTwoYearsIsNoDuplicate() throws {
        let result = try parse([Support.englishHeader, Support.yearlyRow(year: 2022), Support.yearlyRow(year: 2023)])
        #expect(result.isClean)
    }

    @Test func unknownTownAndIndustryAreReportedTogether() throws {
        let result = try parse([Support.englishHeader, Support.yearlyRow(["town": "火星镇", "industry": "3988"])])
        #expect(result.issues.map(\.column) == ["town", "industry"])
        #expect(result.issues.allSatisfy { $0.row == 2 })
        #expect(result.issues[0].reason.zh.contains("未知的镇街“火星镇”"))
        #expect(result.issues[1].reason.en.contains("'3988' is not in the industry classification"))
    }

    @Test func negativeAndNonNumericFiguresAreRejected() throws {
        let result = try parse([Support.englishHeader, Support.yearlyRow(["tax_wan": "-5", "revenue_wan": "abc", "staff": "12.5"])])
        let byColumn = Dictionary(uniqueKeysWithValues: result.issues.map { ($0.column ?? "", $0) })
        #expect(byColumn["tax_wan"]?.reason.en == "must not be negative (-5)")
        #expect(byColumn["revenue_wan"]?.reason.zh == "“abc”不是数字")
        #expect(byColumn["staff"]?.reason.en == "'12.5' is not a whole number")
        #expect(result.issues.count == 3)
        #expect(result.rejectedRows.count == 1)
    }

    @Test func thousandsSeparatorsAreAccepted() throws {
        let row = Support.yearlyRow(["revenue_wan": "\"25,000.5\""])
        let result = try parse([Support.englishHeader, row])
        #expect(result.isClean)
        #expect(result.records.first?.record.figures[.revenueWan] == 25000.5)
    }

    @Test func yearOutOfRangeIsRejected() throws {
        let result = try parse([Support.englishHeader, Support.yearlyRow(year: 1899), Support.yearlyRow(["year": "二〇二三"])])
        #expect(result.issues.count == 2)
        #expect(result.issues[0].row == 2)
        #expect(result.issues[0].column == "year")
        #expect(result.issues[0].reason.en == "year 1899 is outside 2000–2030")
        #expect(result.issues[1].row == 3)
        #expect(result.issues[1].reason.zh == "“二〇二三”不是年份")
    }

    @Test func rowsWithTooManyOrTooFewCellsAreRejected() throws {
        let result = try parse([Support.englishHeader, Support.yearlyRow() + ",extra", "91440784MA4UE00010,短行", Support.yearlyRow(year: 2024)])
        #expect(result.records.map(\.row) == [4])
        #expect(result.issues.map(\.row) == [2, 3])
        #expect(result.issues[0].column == nil)
        #expect(result.issues[0].reason.en == "the row has 17 cells, more than the header's 16")
        #expect(result.issues[1].reason.zh == "本行只有 2 列，少于表头的 16 列")
        #expect(result.issues[1].message.en.hasPrefix("Row 3: "))
    }

    @Test func badAboveScaleFlagIsRejected() throws {
        let result = try parse([Support.englishHeader, Support.yearlyRow(["above_scale": "maybe"])])
        #expect(result.issues.first?.reason.en == "'maybe' must be 1 or 0 (是/否)")
    }

    @Test func aFileThatIsNeitherCSVNorXLSXIsRejected() {
        #expect(throws: ImportFileError(.notCSVOrXLSX)) {
            try YearlyFiguresFile.parse(Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0]), reference: reference)
        }
    }

    @Test func anXLSXWithMergedHeaderCellsIsRejected() {
        #expect(throws: ImportFileError(.mergedHeaderCells(range: "A1:P1"))) {
            try YearlyFiguresFile.parse(XLSXFixtures.mergedHeaderWorkbook, reference: reference)
        }
    }

    @Test func aWrongHeaderIsRejectedBeforeAnyRow() {
        #expect(throws: ImportHeaderError.self) {
            try parse(["credit_code,name,town", Support.yearlyRow()])
        }
    }

    @Test func anUnclosedQuoteIsAFileError() {
        #expect(throws: ImportFileError(.malformedCSV(CSVError(.unterminatedQuote, row: 2, column: 2)))) {
            try parse([Support.englishHeader, "x,\"unclosed"])
        }
    }

    @Test func everyRowIsCheckedAndAllIssuesCollected() throws {
        var lines = [Support.englishHeader]
        for index in 0..<50 {
            let body = "91440784MA4UE" + String(format: "%04d", index)
            lines.append(Support.yearlyRow(index % 10 == 0 ? ["tax_wan": "-1"] : [:], body: body))
        }
        let result = try parse(lines)
        #expect(result.rowsRead == 50)
        #expect(result.records.count == 45)
        #expect(result.issues.map(\.row) == [2, 12, 22, 32, 42])
    }
}

@Suite struct TrailingEmptyColumnTests {
    /// Excel sometimes exports a stray empty column: the header and every row end in a comma.
    @Test func aStrayEmptyColumnIsNotTooManyCells() throws {
        let result = try YearlyFiguresFile.parse(
            ImportTestSupport.csv([ImportTestSupport.englishHeader + ",", ImportTestSupport.yearlyRow() + ","]),
            reference: try ImportTestSupport.reference())
        #expect(result.isClean, "\(result.issues)")
        #expect(result.header.count == 16)
    }

    @Test func aFilledCellUnderTheStrayColumnIsStillTooMany() throws {
        let result = try YearlyFiguresFile.parse(
            ImportTestSupport.csv([ImportTestSupport.englishHeader + ",", ImportTestSupport.yearlyRow() + ",x"]),
            reference: try ImportTestSupport.reference())
        #expect(result.issues.first?.reason.en == "the row has 17 cells, more than the header's 16")
    }
}

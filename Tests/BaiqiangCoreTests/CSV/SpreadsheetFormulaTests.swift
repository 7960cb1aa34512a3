import Foundation
import Testing
@testable import BaiqiangCore

/// A text that a spreadsheet would run as a formula never leaves as one in a CSV file, numbers
/// stay numbers, and our own importers read the neutralised text back as it was.
@Suite struct SpreadsheetFormulaTests {
    static let firm = "=cmd|' /C calc'!A0"
    static let hyperlink = "=HYPERLINK(\"http://evil.example\",\"点击\")"

    @Test("A cell beginning with = + - @ tab or CR gets an apostrophe; plain numbers and other texts do not")
    func rule() {
        for text in [Self.firm, "+1+1", "-2+3+cmd|' /C calc'!A0", "@SUM(A1)", "\t=1+1", "\r=1+1", "-", "+", "=", "-abc", "-1e5x"] {
            #expect(SpreadsheetFormula.neutralised(text) == "'" + text, "\(text)")
        }
        for text in ["-5", "+3.25", "-0.5", "-1.5e-05", "-1E+20", "-.5", "甲公司", "a=b", "'=x", "", "5-3"] {
            #expect(SpreadsheetFormula.neutralised(text) == text, "\(text)")
        }
    }

    @Test("Restoring undoes neutralising exactly, and leaves every other text alone")
    func restoring() {
        for text in [Self.firm, Self.hyperlink, "-abc", "\t=x", "@", "-5", "'-5", "'", "'a", "甲", ""] {
            #expect(SpreadsheetFormula.restored(SpreadsheetFormula.neutralised(text)) == text, "\(text)")
        }
        #expect(SpreadsheetFormula.restored("'-5") == "'-5", "an apostrophe before a number was not ours")
        #expect(SpreadsheetFormula.restored("'abc") == "'abc")
        #expect(SpreadsheetFormula.restored("'=x") == "=x", "the documented price: a text typed as '=x reads back as =x")
    }

    @Test("CSVWriter neutralises text fields, quoted or not, and writes numbers as numbers")
    func writer() {
        var writer = CSVWriter()
        writer.field(Self.firm)
        writer.field("=1,2")
        writer.field("-5")
        writer.integer(-5)
        writer.fixed(-1.25, decimals: 2)
        writer.field("鹤山")
        writer.endRecord()
        #expect(String(decoding: writer.bytes, as: UTF8.self) == "'=cmd|' /C calc'!A0,\"'=1,2\",-5,-5,-1.25,鹤山\n")
    }

    @Test("A rejected-rows file neutralises the cells it writes back, and the importer reads them as they were")
    func rejectedRows() throws {
        let row = RejectedRow(row: 2, cells: [Self.firm, "-5", Self.hyperlink], reasons: [BilingualText(zh: "错", en: "wrong")])
        let bytes = RejectedRowsWriter.csv(header: ["name", "tax_wan", "note"], rows: [row], language: .en)
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        #expect(text.contains("\n'=cmd|' /C calc'!A0,-5,\"'=HYPERLINK("))
        let rows = try ImportTestSupport.rows(try TableReader(data: Data(bytes)))
        #expect(rows[1].cells == [Self.firm, "-5", Self.hyperlink, "wrong"])
    }

    @Test("The plan's KPI CSV neutralises texts, keeps negative numbers and round-trips")
    func planCSV() throws {
        let now = PlanFixture.day("2026-11-26")
        var kpi = PlanFixture.kpi(code: "k", baseline: -5, target: 10, observations: [
            KPIObservation(value: -3, date: PlanFixture.day("2024-10-18"), source: Self.hyperlink, enteredBy: "@admin"),
        ])
        kpi.name = BilingualText(zh: Self.firm, en: "-name")
        // A percentage: a unit in which the validator accepts negative figures.
        kpi.unit = "percent"
        let plan = PlanFixture.plan(kpis: [kpi])
        let csv = PlanCSV.write(plan)
        #expect(csv.contains(",'=cmd|' /C calc'!A0,'-name,"))
        #expect(csv.contains("\"'=HYPERLINK("))
        #expect(csv.contains(",'@admin"))
        #expect(csv.contains(",-5,") && csv.contains(",-3,"), "numbers are written as numbers")
        #expect(try PlanCSV.read(csv, into: plan, now: now) == plan)
    }

    @Test("The evaluation input reader restores a neutralised name")
    func evaluationInput() throws {
        let header = EvaluationInputCSV.header.joined(separator: ",")
        let row = "91440784000000017U,'=cmd|' /C calc'!A0,shaping,3311,above,30,600,3600,12000,1500,0.8,100,360,200,2015,"
        let input = try EvaluationInputCSV.read(Array((header + "\n" + row + "\n").utf8))
        #expect(input.names.withBytes(at: 0) { String(decoding: $0, as: UTF8.self) } == Self.firm)
    }

    @Test("The output of `baiqiang evaluate` neutralises a formula-looking credit code, as the file gave it")
    func evaluationOutput() throws {
        let result = try EvaluationFixtures.evaluate([EvaluationRow(code: "=1+1"), EvaluationRow(code: "A1", tax: "300")])
        let text = String(decoding: EvaluationOutputCSV.write(result), as: UTF8.self)
        #expect(text.contains("\n'=1+1,above,"))
    }

    @Test("XLSX exports write a formula-looking text as a string cell, never as a formula")
    func xlsxWritesStrings() throws {
        for shared in [true, false] {
            var writer = XLSXWriter(usesSharedStrings: shared)
            writer.appendRow([.text(Self.firm), .text(Self.hyperlink)])
            let archive = try XLSXArchive(data: Data(try writer.bytes()))
            let sheet = String(decoding: try archive.requiredReader("xl/worksheets/sheet1.xml").readAll(atMost: 1 << 20), as: UTF8.self)
            #expect(!sheet.contains("<f"), "no formula element")
            #expect(sheet.contains(shared ? #"t="s""# : #"t="inlineStr""#))
            var rows: [[String]] = []
            try XLSXReader(data: Data(try writer.bytes())).readRows { _, cells in rows.append(cells) }
            #expect(rows == [[Self.firm, Self.hyperlink]], "the text itself, without an apostrophe")
        }
    }
}

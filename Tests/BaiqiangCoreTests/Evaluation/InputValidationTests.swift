import Testing
@testable import BaiqiangCore

/// Every bad input names its row (the header is row 1) and column, in both languages.
@Suite struct InputValidationTests {
    let header = EvaluationFixtures.header

    private func expectError(
        _ text: String, _ reason: EvaluationInputError.Reason, row: Int?, column: Int?, columnName: String?,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let error = EvaluationFixtures.inputError(text)
        #expect(error == EvaluationInputError(reason, row: row, column: column, columnName: columnName), sourceLocation: sourceLocation)
    }

    @Test func readsAValidFile() throws {
        let input = try EvaluationFixtures.input([EvaluationRow(code: "A1", name: "\"鹤山, \"\"一号\"\"\"", flags: "veto; upgraded"), EvaluationRow(code: "A2", emission: "")])
        #expect(input.count == 2)
        #expect(input.names[0] == "鹤山, \"一号\"")
        #expect(input.flags[0] == [.veto, .upgraded])
        #expect(input.value(.emissionT, row: 1) == nil)
        #expect(input.value(.landMu, row: 0) == 10)
        #expect(input.startYear(row: 0) == 2010)
        #expect(input.sourceRows == [2, 3])
    }

    @Test func columnsMayComeInAnyOrderAndWithABOM() throws {
        let columns = EvaluationInputCSV.header.reversed()
        let row = EvaluationRow(code: "A1")
        let values = [row.code, row.name, row.town, row.industry, row.scale, row.land, row.tax, row.valueAdded, row.revenue,
                      row.energy, row.emission, row.electricity, row.rd, row.staff, row.startYear, row.flags].reversed()
        let text = "\u{FEFF}" + columns.joined(separator: ",") + "\r\n" + values.joined(separator: ",") + "\r\n"
        let input = try EvaluationInputCSV.read(Array(text.utf8))
        #expect(input.creditCodes[0] == "A1")
        #expect(input.value(.taxWan, row: 0) == 100)
    }

    @Test func missingColumn() {
        let text = header.replacingOccurrences(of: ",emission_t", with: "") + "\n"
        expectError(text, .missingColumn, row: 1, column: nil, columnName: "emission_t")
        #expect(EvaluationFixtures.inputError(text)?.message.en == "Row 1 (emission_t): the header lacks this column")
        #expect(EvaluationFixtures.inputError(text)?.message.zh == "第 1 行（emission_t）：表头缺少此列")
    }

    @Test func unknownColumn() {
        expectError(header + ",extra\n", .unknownColumn, row: 1, column: 17, columnName: "extra")
    }

    @Test func duplicateColumn() {
        expectError(header + ",town\n", .duplicateColumn, row: 1, column: 17, columnName: "town")
    }

    @Test func tooFewFields() {
        expectError(header + "\nA1,x,y\n", .wrongFieldCount(expected: 16, found: 3), row: 2, column: 4, columnName: nil)
    }

    @Test func unknownFlag() {
        let text = EvaluationFixtures.csv([EvaluationRow(code: "A1"), EvaluationRow(code: "A2", flags: "veto;vip")])
        expectError(text, .unknownFlag("vip"), row: 3, column: 16, columnName: "flags")
        let message = EvaluationFixtures.inputError(text)!.message
        #expect(message.zh.hasPrefix("第 3 行第 16 列（flags）："))
        #expect(message.en.hasPrefix("Row 3, column 16 (flags): unknown flag “vip”"))
    }

    @Test func nonNumericValue() {
        let text = EvaluationFixtures.csv([EvaluationRow(code: "A1", tax: "12,5".replacingOccurrences(of: ",", with: "x"))])
        expectError(text, .notANumber("12x5"), row: 2, column: 7, columnName: "tax_wan")
    }

    @Test func nonNumericQuotedValue() {
        let text = EvaluationFixtures.csv([EvaluationRow(code: "A1"), EvaluationRow(code: "A2", staff: "\"fifty\"")])
        expectError(text, .notANumber("fifty"), row: 3, column: 14, columnName: "staff")
    }

    @Test func negativeLand() {
        expectError(EvaluationFixtures.csv([EvaluationRow(code: "A1", land: "-3")]), .negativeLand("-3"), row: 2, column: 6, columnName: "land_mu")
    }

    @Test func duplicateCreditCode() {
        let text = EvaluationFixtures.csv([EvaluationRow(code: "A1"), EvaluationRow(code: "B2"), EvaluationRow(code: "A1")])
        expectError(text, .duplicateCreditCode(code: "A1", firstRow: 2), row: 4, column: 1, columnName: "credit_code")
        #expect(EvaluationFixtures.inputError(text)!.message.en == "Row 4, column 1 (credit_code): credit code A1 already appears on row 2")
    }

    @Test func emptyCreditCode() {
        expectError(EvaluationFixtures.csv([EvaluationRow(code: "")]), .emptyCreditCode, row: 2, column: 1, columnName: "credit_code")
    }

    @Test func unknownScale() {
        expectError(EvaluationFixtures.csv([EvaluationRow(code: "A1", scale: "big")]), .unknownScale("big"), row: 2, column: 5, columnName: "scale")
    }

    @Test func badStartYear() {
        expectError(EvaluationFixtures.csv([EvaluationRow(code: "A1", startYear: "2015.5")]), .notAYear("2015.5"), row: 2, column: 15, columnName: "start_year")
    }

    @Test func headerOnlyHasNoRows() {
        expectError(header + "\n", .noRows, row: nil, column: nil, columnName: nil)
        #expect(EvaluationFixtures.inputError(header + "\n")!.message.en == "the file has no firm rows")
    }

    @Test func emptyFileHasNoRows() {
        expectError("", .noRows, row: nil, column: nil, columnName: nil)
    }

    @Test func malformedCSVNamesRowAndColumn() {
        let text = EvaluationFixtures.csv([EvaluationRow(code: "A1")]) + "\"A2,x\n"
        expectError(text, .malformedCSV(.unterminatedQuote), row: 3, column: 1, columnName: nil)
    }

    @Test func rowNumbersCountBlankLines() {
        let text = header + "\n\n" + EvaluationRow(code: "A1", land: "-1").line + "\n"
        expectError(text, .negativeLand("-1"), row: 3, column: 6, columnName: "land_mu")
    }

    @Test func builderRejectsDuplicatesToo() {
        var builder = EvaluationInputBuilder()
        builder.append(FirmFigures(creditCode: "X", scale: .above, values: [.landMu: 1]))
        builder.append(FirmFigures(creditCode: "X", scale: .above, values: [.landMu: 2]))
        #expect(throws: EvaluationInputError(.duplicateCreditCode(code: "X", firstRow: 1), row: 2, columnName: "credit_code")) {
            try builder.build()
        }
    }
}

import Testing
@testable import BaiqiangCore

@Suite struct CSVScannerTests {
    /// All records of `text` as strings, with the row each started on.
    private func records(_ text: String) throws -> [(row: Int, fields: [String])] {
        let bytes = Array(text.utf8)
        return try bytes.withUnsafeBytes { raw in
            var scanner = CSVScanner(raw)
            var fields: [CSVField] = []
            var out: [(Int, [String])] = []
            while try scanner.nextRecord(into: &fields) {
                out.append((scanner.row, fields.map { scanner.string(of: $0) }))
            }
            return out
        }
    }

    private func scanError(_ text: String) -> CSVError? {
        do {
            _ = try records(text)
            return nil
        } catch let error as CSVError {
            return error
        } catch {
            return nil
        }
    }

    @Test func plainFieldsWithLF() throws {
        let rows = try records("a,b,c\n1,2,3\n")
        #expect(rows.map(\.fields) == [["a", "b", "c"], ["1", "2", "3"]])
    }

    @Test func crlfAndMissingFinalLineEnd() throws {
        let rows = try records("a,b\r\n1,2\r\n3,4")
        #expect(rows.map(\.fields) == [["a", "b"], ["1", "2"], ["3", "4"]])
        #expect(rows.map(\.row) == [1, 2, 3])
    }

    @Test func byteOrderMarkIsSkipped() throws {
        let rows = try records("\u{FEFF}credit_code,name\nX,Y\n")
        #expect(rows[0].fields == ["credit_code", "name"])
    }

    @Test func quotedFieldsWithCommasQuotesAndLineBreaks() throws {
        let rows = try records("\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\"\nnext,row,here\n")
        #expect(rows[0].fields == ["a,b", "say \"hi\"", "two\nlines"])
        // The line break inside quotes still counts, so the next record is on row 3.
        #expect(rows[1].row == 3)
    }

    @Test func emptyFieldsAndTrailingComma() throws {
        let rows = try records("a,,c,\n,\n")
        #expect(rows.map(\.fields) == [["a", "", "c", ""], ["", ""]])
    }

    @Test func emptyQuotedField() throws {
        #expect(try records("\"\",x\n")[0].fields == ["", "x"])
    }

    @Test func blankLinesAreSkippedButCounted() throws {
        let rows = try records("a\n\n\r\nb\n")
        #expect(rows.map(\.fields) == [["a"], ["b"]])
        #expect(rows.map(\.row) == [1, 4])
    }

    @Test func emptyInputHasNoRecords() throws {
        #expect(try records("").isEmpty)
        #expect(try records("\u{FEFF}").isEmpty)
    }

    @Test func doubledQuotesAreFlagged() throws {
        let bytes = Array("\"x\"\"y\",z\n".utf8)
        try bytes.withUnsafeBytes { raw throws in
            var scanner = CSVScanner(raw)
            var fields: [CSVField] = []
            let found = try scanner.nextRecord(into: &fields)
            #expect(found)
            #expect(fields[0].hasDoubledQuotes)
            #expect(!fields[1].hasDoubledQuotes)
        }
    }

    @Test func unterminatedQuoteNamesRowAndColumn() {
        #expect(scanError("a,b\n1,\"open\n") == CSVError(.unterminatedQuote, row: 2, column: 2))
    }

    @Test func textAfterClosingQuoteNamesRowAndColumn() {
        let error = scanError("a,b,c\n1,2,\"x\"y\n")
        #expect(error == CSVError(.textAfterClosingQuote, row: 2, column: 3))
        #expect(error?.message.en.contains("Row 2, column 3") == true)
        #expect(error?.message.zh.contains("第 2 行第 3 列") == true)
    }
}

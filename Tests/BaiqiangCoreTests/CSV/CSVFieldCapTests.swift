import Foundation
import Testing
@testable import BaiqiangCore

@Suite("A line of nothing but commas is refused, not turned into millions of fields")
struct CSVFieldCapTests {
    let commas = Data(("a" + String(repeating: ",", count: CSVScanner.maximumFields + 10) + "\n").utf8)

    @Test func theScannerRefusesARecordOverTheCap() throws {
        let error = try #require(throws: CSVError.self) {
            try commas.withUnsafeBytes { bytes in
                var scanner = CSVScanner(bytes)
                var fields: [CSVField] = []
                _ = try scanner.nextRecord(into: &fields)
            }
        }
        #expect(error == CSVError(.tooManyFields, row: 1, column: CSVScanner.maximumFields + 1))
        #expect(error.message.en == "Row 1 has more than 16384 fields")
    }

    @Test func aRecordAtTheCapIsRead() throws {
        let line = Data((String(repeating: "1,", count: CSVScanner.maximumFields - 1) + "1\n").utf8)
        let count = try line.withUnsafeBytes { bytes in
            var scanner = CSVScanner(bytes)
            var fields: [CSVField] = []
            _ = try scanner.nextRecord(into: &fields)
            return fields.count
        }
        #expect(count == CSVScanner.maximumFields)
    }

    @Test func theEvaluationInputAndTheImportTableFailCleanly() throws {
        let evaluation = try #require(throws: EvaluationInputError.self) { try EvaluationInputCSV.read(commas) }
        #expect(evaluation.reason == .malformedCSV(.tooManyFields))
        let table = try #require(throws: ImportFileError.self) {
            try TableReader(data: commas).read(header: { _, _ in }, row: { _, _ in })
        }
        #expect(table == ImportFileError(.malformedCSV(CSVError(.tooManyFields, row: 1, column: CSVScanner.maximumFields + 1))))
    }
}

import Testing
@testable import BaiqiangCore

/// Reading a large file in two halves must give exactly what reading it front to back gives.
@Suite struct ParallelReadTests {
    private func rows(_ n: Int) -> [EvaluationRow] {
        let towns = ["沙坪街道", "古劳镇", "雅瑶镇"]
        return (0..<n).map { (i: Int) -> EvaluationRow in
            let code = String(format: "9144%06d", (i * 7919) % 1_000_003)
            var row = EvaluationRow(code: code)
            row.town = towns[i % 3]
            row.industry = "C\(i % 7)"
            row.tax = String(i % 500)
            row.flags = i % 11 == 0 ? "upgraded" : ""
            return row
        }
    }

    private func read(_ text: String, threads: Bool) -> Result<EvaluationInput, EvaluationInputError> {
        Array(text.utf8).withUnsafeBytes { raw in
            Result { () throws(EvaluationInputError) in
                try EvaluationInputCSV.read(raw, minimumBytesPerThread: threads ? 64 : .max / 4)
            }
        }
    }

    private func expectSame(_ a: EvaluationInput, _ b: EvaluationInput) {
        #expect(a.count == b.count)
        #expect(a.creditCodes == b.creditCodes)
        #expect(a.names == b.names)
        #expect((0..<a.count).allSatisfy { a.towns[$0] == b.towns[$0] && a.industries[$0] == b.industries[$0] })
        #expect(a.measures.map { $0.map(\.bitPattern) } == b.measures.map { $0.map(\.bitPattern) })
        #expect(a.flags == b.flags && a.startYears == b.startYears && a.scales == b.scales)
        #expect(a.sourceRows == b.sourceRows)
    }

    @Test func halvesGiveTheSequentialResult() throws {
        let text = EvaluationFixtures.csv(rows(500))
        let parallel = try read(text, threads: true).get()
        let sequential = try read(text, threads: false).get()
        expectSame(parallel, sequential)
        #expect(Set(parallel.sourceRows) == Set(2...501))
    }

    @Test func quotedLineBreaksAroundTheMiddleStillReadRight() throws {
        var all = rows(300)
        for i in 120..<180 { all[i].name = "\"第\(i)号\n有限公司\"" }
        let text = EvaluationFixtures.csv(all)
        let parallel = try read(text, threads: true).get()
        let sequential = try read(text, threads: false).get()
        expectSame(parallel, sequential)
        let lastRow = Int(parallel.sourceRows.max() ?? 0)
        #expect(lastRow == 301 + 60, "\(parallel.sourceRows.max().map(String.init(describing:)) ?? "nil")")
    }

    @Test func anErrorInTheSecondHalfNamesItsFileRow() {
        var all = rows(400)
        all[350].land = "-2"
        let expected = EvaluationInputError(.negativeLand("-2"), row: 352, column: 6, columnName: "land_mu")
        #expect(read(EvaluationFixtures.csv(all), threads: true).failure == expected)
        #expect(read(EvaluationFixtures.csv(all), threads: false).failure == expected)
    }

    @Test func theFirstErrorInTheFileWins() {
        var all = rows(400)
        all[10].staff = "many"
        all[390].land = "-2"
        // The first error leads; the one in the other half follows it.
        var expected = EvaluationInputError(.notANumber("many"), row: 12, column: 14, columnName: "staff")
        expected.others = [EvaluationInputError(.negativeLand("-2"), row: 392, column: 6, columnName: "land_mu")]
        #expect(read(EvaluationFixtures.csv(all), threads: true).failure == expected)
    }

    @Test func aDuplicateAcrossTheHalvesIsFound() {
        var all = rows(400)
        all[380].code = all[5].code
        let expected = EvaluationInputError(
            .duplicateCreditCode(code: all[5].code, firstRow: 7), row: 382, column: 1, columnName: "credit_code")
        #expect(read(EvaluationFixtures.csv(all), threads: true).failure == expected)
    }
}

private extension Result {
    var failure: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}

import Foundation
import Testing
@testable import BaiqiangCore

@Suite struct OutputTests {
    @Test func outputIsSortedWithSixDecimalsAndBlanksForNotRated() throws {
        let rows = [
            EvaluationRow(code: "C3"),
            EvaluationRow(code: "A1", tax: "300"),
            EvaluationRow(code: "B2", flags: "utility"),
            EvaluationRow(code: "D4", scale: "below", land: "1"),
        ]
        let result = try EvaluationFixtures.evaluate(rows)
        let text = String(decoding: EvaluationOutputCSV.write(result), as: UTF8.self)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == "credit_code,group,score,rank,class")
        #expect(lines[1] == "A1,above,\(String(format: "%.6f", result.scores[result.row("A1")])),1,B")  // n = 2: ⌊0.4⌋ = 0 A, ⌊1.2⌋ = 1 B
        #expect(lines[2] == "B2,above,,,T")
        #expect(lines[3].hasPrefix("C3,above,") && lines[3].hasSuffix(",2,D"))
        #expect(lines[4] == "D4,below,,,out")
        #expect(lines[5] == "")
        #expect(lines.count == 6)
        // Every score has exactly six decimals.
        for line in lines[1...] where !line.isEmpty {
            let score = line.split(separator: ",", omittingEmptySubsequences: false)[2]
            if !score.isEmpty { #expect(score.split(separator: ".")[1].count == 6) }
        }
    }

    @Test func workedExampleEndToEnd() throws {
        let firm = EvaluationRow(code: "91331003MA2AXXXX1X", land: "30", tax: "600", valueAdded: "3600", revenue: "10000",
                       energy: "1500", emission: "0.8", rd: "300", staff: "200")
        let result = try EvaluationFixtures.evaluate([firm], method: "huangyan-2022", year: 2022)
        let text = String(decoding: EvaluationOutputCSV.write(result), as: UTF8.self)
        // 89.327797 to six decimals: 89.33 to two. One rated firm: ⌊0.95 × 1⌋ = 0, so D.
        #expect(text == "credit_code,group,score,rank,class\n91331003MA2AXXXX1X,above,89.327797,1,D\n")
    }
}

@Suite struct ParallelOutputTests {
    @Test func halvesGiveTheSequentialOutput() throws {
        let rows = (0..<301).map { i in EvaluationRow(code: String(format: "Z%05d", (i * 37) % 1000), tax: String(i % 50), flags: i % 9 == 0 ? "utility" : "") }
        let result = try EvaluationFixtures.evaluate(rows)
        let sequential = EvaluationOutputCSV.write(result, minimumRowsPerThread: .max / 4)
        let parallel = EvaluationOutputCSV.write(result, minimumRowsPerThread: 10)
        #expect(parallel == sequential)
        #expect(String(decoding: parallel, as: UTF8.self).split(separator: "\n").count == 302)
    }
}

import Testing
@testable import BaiqiangCore

/// The application builds inputs from its registry rather than a file.
@Suite struct InputBuilderTests {
    @Test func rowsKeepTheirOrderAndKnowTheCreditCodeOrder() throws {
        var builder = EvaluationInputBuilder()
        builder.append(FirmFigures(creditCode: "B", name: "乙", town: "古劳镇", scale: .above, values: [.landMu: 2, .taxWan: 20]))
        builder.append(FirmFigures(creditCode: "A", name: "甲", town: "沙坪街道", scale: .below, values: [.landMu: 5], startYear: 2020, flags: [.veto]))
        let input = try builder.build()
        #expect(input.count == 2)
        #expect(input.creditCodes[0] == "B" && input.creditCodes[1] == "A")
        #expect(input.creditCodeOrder == [1, 0])
        #expect(input.creditCodeRank == [1, 0])
        #expect(input.names[1] == "甲" && input.towns[0] == "古劳镇")
        #expect(input.sourceRows == [1, 2])
        #expect(input.value(.landMu, row: 0) == 2)
        #expect(input.value(.taxWan, row: 1) == nil)
        #expect(input.flags[1] == .veto)
        #expect(input.startYear(row: 0) == nil)
        #expect(input.row(creditCode: "B") == 0)
        #expect(input.row(creditCode: "A") == 1)
        #expect(input.row(creditCode: "C") == nil)
    }

    @Test func emptyBuilderIsAnError() {
        #expect(throws: EvaluationInputError(.noRows)) { try EvaluationInputBuilder().build() }
    }

    @Test func longCreditCodesSortByTheirBytes() throws {
        // Codes longer than the 24 packed bytes differ only at the end.
        var builder = EvaluationInputBuilder()
        let prefix = String(repeating: "9", count: 30)
        for suffix in ["C", "A", "B"] {
            builder.append(FirmFigures(creditCode: prefix + suffix, scale: .above, values: [:]))
        }
        let input = try builder.build()
        #expect(input.creditCodeOrder.map { input.creditCodes[Int($0)].last! } == ["A", "B", "C"])
        #expect(input.row(creditCode: prefix + "B") == 2)
    }

    @Test func longCodesSharingTwentyFourBytesSortByTheRest() throws {
        let prefix = String(repeating: "Z", count: 24)
        var builder = EvaluationInputBuilder()
        for suffix in ["b", "aa", "a", "ab", ""] { builder.append(FirmFigures(creditCode: prefix + suffix, scale: .above, values: [:])) }
        let input = try builder.build()
        #expect(input.creditCodeOrder.map { String(input.creditCodes[Int($0)].dropFirst(24)) } == ["", "a", "aa", "ab", "b"])
    }

    @Test func duplicateLongCodesAreFound() {
        let code = String(repeating: "Q", count: 30)
        var builder = EvaluationInputBuilder()
        for c in [code + "1", code, code + "2", code] { builder.append(FirmFigures(creditCode: c, scale: .above, values: [:])) }
        #expect(throws: EvaluationInputError(.duplicateCreditCode(code: code, firstRow: 2), row: 4, columnName: "credit_code")) {
            try builder.build()
        }
    }

    @Test func shorterCodeSortsFirst() throws {
        var builder = EvaluationInputBuilder()
        for code in ["AB", "A", "ABC", "B"] { builder.append(FirmFigures(creditCode: code, scale: .above, values: [:])) }
        let input = try builder.build()
        #expect(input.creditCodeOrder.map { input.creditCodes[Int($0)] } == ["A", "AB", "ABC", "B"])
        #expect(input.sortedCreditCodes == TextColumn(["A", "AB", "ABC", "B"]))
    }
}

@Suite struct TwoThreadSortTests {
    @Test func largeSortsMatchTheStandardSort() {
        var generator = ReferenceComparisonTests.SplitMix64(state: 7)
        let values = (0..<250_000).map { _ in Int.random(in: 0..<1000, using: &generator) * 1_000_000 + Int.random(in: 0..<1_000_000, using: &generator) }
        var sorted = values
        TwoThreadSort.sort(&sorted, minimumCount: 1000)
        #expect(sorted == values.sorted())
    }
}

import Testing
@testable import BaiqiangCore

/// A refused evaluation file names every bad row at once, not one per attempt.
@Suite struct EveryIssueTests {
    @Test func everyBadRowIsReportedWithItsRowAndColumn() throws {
        let text = EvaluationFixtures.csv([
            EvaluationRow(code: "A1", tax: "many"),
            EvaluationRow(code: "A2"),
            EvaluationRow(code: "A3", scale: "huge", flags: "vip"),
            EvaluationRow(code: "A1"),
        ])
        let error = try #require(EvaluationFixtures.inputError(text))
        let places = error.locatedIssues.map { "\($0.row ?? 0):\($0.column ?? "")" }
        #expect(places == ["2:tax_wan", "4:scale", "4:flags", "5:credit_code"])
        #expect(error.locatedIssues[0].reason.zh == "“many”不是数字")
        #expect(error.locatedIssues[3].reason.en == "credit code A1 already appears on row 2")
        #expect(error.message.en.hasSuffix("and 3 more problems, nothing was changed"))
    }

    @Test func aRowWithTheWrongNumberOfCellsDoesNotHideTheRowsAfterIt() throws {
        let header = EvaluationFixtures.header
        let text = header + "\nA1,short\n" + EvaluationRow(code: "A2", land: "-1").line + "\n"
        let error = try #require(EvaluationFixtures.inputError(text))
        #expect(error.locatedIssues.map(\.row) == [2, 3])
    }

    @Test func everyProblemOfTheHeaderIsReported() throws {
        let text = EvaluationFixtures.header
            .replacingOccurrences(of: "tax_wan", with: "tax")
            .replacingOccurrences(of: ",flags", with: "") + "\n"
        let error = try #require(EvaluationFixtures.inputError(text))
        #expect(error.locatedIssues.map(\.column) == ["tax", "tax_wan", "flags"])
    }

    @Test func aFileWrongThroughoutListsTheLimitAndCountsTheRest() throws {
        let rows = (1...(IssueListing.limit + 50)).map { EvaluationRow(code: "A\($0)", tax: "x") }
        let error = try #require(EvaluationFixtures.inputError(EvaluationFixtures.csv(rows)))
        let listed = error.listedIssues
        #expect(listed.count == IssueListing.limit + 1)
        #expect(listed.last?.row == nil)
        #expect(listed.last?.reason.zh == "另有 50 处问题未列出；请先改正以上问题再导入")
        #expect(listed.last?.reason.en == "50 more problems are not listed; fix the ones above and import again")
    }
}

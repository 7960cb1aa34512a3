import Testing
@testable import BaiqiangCore

/// A query value is refused exactly when the API description forbids it.
@Suite struct ParameterSchemaTests {
    @Test func integersAndRanges() {
        let stage = ParameterSchema(kind: .integer, minimum: 0, maximum: 4)
        #expect(stage.problem(with: "2") == nil)
        for value in ["null", "", "1.5", "5", "-1", "two"] { #expect(stage.problem(with: value) != nil, "\(value)") }
    }

    @Test func enumsDatesAndPatterns() {
        let light = ParameterSchema(kind: .string, allowed: ["green", "red"])
        #expect(light.problem(with: "green") == nil)
        #expect(light.problem(with: "") != nil && light.problem(with: "blue") != nil)
        let day = ParameterSchema(kind: .string, isDate: true)
        #expect(day.problem(with: "2024-02-29") == nil)
        for value in ["", "2023-02-29", "2024-2-1", "yesterday"] { #expect(day.problem(with: value) != nil, "\(value)") }
        let cursor = ParameterSchema(kind: .string, pattern: "^([A-Za-z0-9_-]{4})*([A-Za-z0-9_-]{2,3})?$")
        #expect(cursor.problem(with: "YWJj") == nil && cursor.problem(with: "") == nil)
        for value in ["a+b", "%%", "abcde"] { #expect(cursor.problem(with: value) != nil, "\(value)") }
    }

    @Test func lengthsCountCharacters() {
        let code = ParameterSchema(kind: .string, minLength: 2, maxLength: 3)
        #expect(code.problem(with: "鹤山") == nil)
        #expect(code.problem(with: "鹤") != nil && code.problem(with: "鹤山市a") != nil)
    }
}

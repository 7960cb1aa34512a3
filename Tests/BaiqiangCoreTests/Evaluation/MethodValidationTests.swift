import Testing
@testable import BaiqiangCore

@Suite struct MethodValidationTests {
    /// A valid method document that each test breaks in one place.
    private func method(
        groups: String = """
              - scale: above
                indicators:
                  - {id: tax_per_mu, weight: 30, benchmark: aggregate}
            """,
        cutoffs: String = "{A: 0.2, B: 0.6, C: 0.95}",
        rules: String = "[]",
        extra: String = ""
    ) -> String {
        """
        id: test
        name: {zh: 测试, en: test}
        \(extra)
        groups:
        \(groups)
        class_cutoffs: \(cutoffs)
        class_rules: \(rules)
        """
    }

    private func expectError(_ yaml: String, _ expected: MethodError, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(throws: expected, sourceLocation: sourceLocation) { try EvaluationMethods.parse(yaml: yaml) }
    }

    @Test func validDocumentParses() throws {
        let parsed = try EvaluationMethods.parse(yaml: method())
        #expect(parsed.groups[0].indicators[0].numerator == .taxWan)
        #expect(parsed.missingItem == .groupMean)
    }

    @Test func unknownIndicator() {
        expectError(method(groups: """
              - scale: above
                indicators:
                  - {id: happiness_per_mu, weight: 30, benchmark: aggregate}
            """), .unknownIndicator(place: "groups[above].indicators[happiness_per_mu]", id: "happiness_per_mu"))
    }

    @Test func unknownMeasure() {
        expectError(method(groups: """
              - scale: above
                indicators:
                  - {id: custom, numerator: profit_wan, denominator: land_mu, weight: 30, benchmark: aggregate}
            """), .unknownMeasure(place: "groups[above].indicators[custom]", name: "profit_wan"))
    }

    @Test(arguments: ["0", "-5"])
    func weightNotPositive(weight: String) {
        expectError(method(groups: """
              - scale: above
                indicators:
                  - {id: tax_per_mu, weight: \(weight), benchmark: aggregate}
            """), .weightNotPositive(place: "groups[above].indicators[tax_per_mu]", weight: Double(weight)!))
    }

    @Test func benchmarkNotPositive() {
        expectError(method(groups: """
              - scale: above
                indicators:
                  - {id: tax_per_mu, weight: 30, benchmark: 0}
            """), .benchmarkNotPositive(place: "groups[above].indicators[tax_per_mu]", value: 0))
    }

    @Test func capNotPositiveAndUnknownDirection() {
        expectError(method(groups: """
              - scale: above
                indicators:
                  - {id: tax_per_mu, weight: 30, cap: 0, benchmark: 1}
            """), .capNotPositive(place: "groups[above].indicators[tax_per_mu]", value: 0))
        expectError(method(groups: """
              - scale: above
                indicators:
                  - {id: tax_per_mu, weight: 30, direction: sideways, benchmark: 1}
            """), .unknownDirection(place: "groups[above].indicators[tax_per_mu]", value: "sideways"))
    }

    @Test func cutoffsNotIncreasing() {
        expectError(method(cutoffs: "{A: 0.6, B: 0.2, C: 0.95}"), .cutoffsNotIncreasing(a: 0.6, b: 0.2, c: 0.95))
        expectError(method(cutoffs: "{A: 0.2, B: 0.6, C: 0.6}"), .cutoffsNotIncreasing(a: 0.2, b: 0.6, c: 0.6))
    }

    @Test func cutoffOutOfRange() {
        expectError(method(cutoffs: "{A: 0.2, B: 0.6, C: 1.5}"), .cutoffOutOfRange(class: "C", value: 1.5))
        expectError(method(cutoffs: "{A: 0, B: 0.6, C: 0.9}"), .cutoffOutOfRange(class: "A", value: 0))
    }

    @Test func groupProblems() {
        expectError(method(groups: "  []"), .noGroups)
        expectError(method(groups: """
              - scale: huge
                indicators: [{id: tax_per_mu, weight: 30, benchmark: aggregate}]
            """), .unknownScale("huge"))
        expectError(method(groups: """
              - scale: above
                indicators: []
            """), .emptyGroup("above"))
        expectError(method(groups: """
              - scale: above
                indicators: [{id: tax_per_mu, weight: 30, benchmark: aggregate}]
              - scale: above
                indicators: [{id: tax_per_mu, weight: 30, benchmark: aggregate}]
            """), .duplicateGroup("above"))
        expectError(method(groups: """
              - scale: above
                indicators: [{id: tax_per_mu, weight: 30, benchmark: aggregate}, {id: tax_per_mu, weight: 20, benchmark: aggregate}]
            """), .duplicateIndicator(place: "groups[above].indicators[tax_per_mu]"))
        expectError(method(groups: """
              - scale: below
                min_land_mu: -1
                indicators: [{id: tax_per_mu, weight: 30, benchmark: aggregate}]
            """), .negativeLand(place: "groups[below].min_land_mu", value: -1))
    }

    @Test func ruleProblems() {
        expectError(method(rules: "[{id: r, name: {zh: r, en: r}, flags: [scandal], from: [A], to: C}]"),
                    .unknownFlag(place: "class_rules[r]", name: "scandal"))
        expectError(method(rules: "[{id: r, name: {zh: r, en: r}, flags: [veto], from: [E], to: C}]"),
                    .unknownClass(place: "class_rules[r]", name: "E"))
        expectError(method(rules: "[{id: r, name: {zh: r, en: r}, flags: [veto], from: [A], to: T}]"),
                    .ruleClassNotRated(place: "class_rules[r]", name: "T"))
        expectError(method(rules: "[{id: r, name: {zh: r, en: r}, from: [A], to: C}]"),
                    .ruleWithoutCondition(place: "class_rules[r]"))
        expectError(method(extra: "not_rated: {flags: [charity]}"), .unknownFlag(place: "not_rated", name: "charity"))
        expectError(method(extra: "missing_item: max"), .unknownMissingItemRule("max"))
    }

    @Test func malformedDocumentsSayWhere() throws {
        do {
            _ = try EvaluationMethods.parse(yaml: "id: x\nname: {zh: a, en: b}\ngroups: []\n")
            Issue.record("expected an error")
        } catch {
            guard case .invalidDocument(let problem) = error else { Issue.record("\(error)"); return }
            #expect(problem.field == "class_cutoffs")
            #expect(error.message.zh.contains("缺少字段“class_cutoffs”"))
            #expect(error.message.en.contains("the field 'class_cutoffs' is missing"))
        }
        do {
            _ = try EvaluationMethods.parse(yaml: method(groups: """
                  - scale: above
                    indicators: [{id: tax_per_mu, weight: 30, benchmark: median}]
                """))
            Issue.record("expected an error")
        } catch {
            guard case .invalidDocument(let problem) = error else { Issue.record("\(error)"); return }
            #expect(problem.field == "groups.indicators.benchmark" && problem.reason.en.contains("aggregate"), "\(problem)")
            #expect(error.message.zh.contains("第 6 行第 58 列") && error.message.en.contains("line 6, column 58"))
            #expect(problem.line != nil, "the line of the indicator is named")
        }
        do {
            _ = try EvaluationMethods.parse(yaml: "id: x\nname: {zh: a, en: b\ngroups: []\n")
            Issue.record("expected an error")
        } catch {
            guard case .invalidDocument(let problem) = error else { Issue.record("\(error)"); return }
            #expect(problem.line == 3, "a syntax error names its line: \(problem)")
            #expect(problem.column != nil)
            #expect(error.message.zh.contains("第 3 行第") && error.message.zh.contains("YAML 格式错误"))
            #expect(error.message.en.contains("line 3, column") && error.message.en.contains("YAML syntax error"))
        }
    }

    @Test func errorsAreBilingual() {
        let error = MethodError.weightNotPositive(place: "groups[above].indicators[tax_per_mu]", weight: 0)
        #expect(error.message.zh.contains("权重必须大于 0"))
        #expect(error.message.en.contains("weight must be positive"))
    }
}

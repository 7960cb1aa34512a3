import Testing
@testable import BaiqiangCore

/// Every validation error of a plan file, each reported with its line and a bilingual reason.
@Suite struct PlanValidationTests {
    let now = PlanFixture.day("2026-11-26")

    /// A valid plan; each test swaps one line for a bad one.
    static let valid = """
    code: t
    title: {zh: 计划, en: plan}
    county: {zh: 县, en: county}
    departments:
      - code: gxj
        name: {zh: 工信局, en: industry bureau}
    areas:
      - code: a
        name: {zh: 领域, en: area}
        lines:
          - code: l
            name: {zh: 工作线, en: line}
            items:
              - code: i
                name: {zh: 事项, en: item}
                kpis:
                  - code: k1
                    name: {zh: 指标, en: KPI}
                    unit: ha
                    owner: gxj
                    baseline: {value: 0, date: 2023-01-01}
                    target: {value: 100, deadline: 2025-12-31}
                    observations:
                      - value: 10
                        date: 2024-01-01
                        unit: ha
                        source: 公报
                  - code: k2
                    name: {zh: 指标二, en: KPI 2}
                    unit: mu
                    target: {value: 5, deadline: 2025-12-31}
    """

    /// `valid` with the first line containing `old` replaced; returns the text and that line.
    func replacing(_ old: String, with new: String, in text: String = valid) -> (String, Int) {
        var lines = text.components(separatedBy: "\n")
        let index = lines.firstIndex { $0.contains(old) }!
        lines[index] = lines[index].replacingOccurrences(of: old, with: new)
        return (lines.joined(separator: "\n"), index + 1)
    }

    func failure(_ yaml: String, departments: Set<String>? = nil) -> PlanImportFailure? {
        do {
            _ = try PlanYAML.read(yaml, now: now, departments: departments)
            return nil
        } catch {
            return error
        }
    }

    func expectOneIssue(_ kind: PlanIssue.Kind, line: Int, in yaml: String, departments: Set<String>? = nil,
                        sourceLocation: SourceLocation = #_sourceLocation) {
        guard let failure = failure(yaml, departments: departments) else {
            Issue.record("expected \(kind) on line \(line), the file was accepted", sourceLocation: sourceLocation)
            return
        }
        #expect(failure.issues.map(\.kind) == [kind], "\(failure)", sourceLocation: sourceLocation)
        #expect(failure.issues.first?.line == line, "\(failure)", sourceLocation: sourceLocation)
        #expect(failure.issues.allSatisfy { !$0.reason.zh.isEmpty && !$0.reason.en.isEmpty },
                sourceLocation: sourceLocation)
    }

    @Test func theValidPlanLoads() throws {
        let plan = try PlanYAML.read(Self.valid, now: now)
        #expect(plan.allKPIs.map(\.code) == ["k1", "k2"])
        #expect(plan.kpi("k2")?.weight == 1, "weight defaults to 1")
        #expect(plan.kpi("k2")?.published == false)
        #expect(plan.kpi("k2")?.direction == .up)
    }

    @Test func targetWithoutDeadline() {
        let (yaml, line) = replacing("target: {value: 100, deadline: 2025-12-31}", with: "target: {value: 100}")
        expectOneIssue(.targetWithoutDeadline, line: line, in: yaml)
        #expect(failure(yaml)?.issues.first?.message.en.contains("line \(line): the target of KPI 'k1' has no deadline") == true)
        #expect(failure(yaml)?.issues.first?.message.zh.hasPrefix("第\(line)行") == true)
    }

    @Test func observationDatedInTheFuture() {
        let (yaml, line) = replacing("date: 2024-01-01", with: "date: 2026-11-27")
        expectOneIssue(.futureDate, line: line, in: yaml)
    }

    @Test func observationDatedTodayIsFine() throws {
        let (yaml, _) = replacing("date: 2024-01-01", with: "date: 2026-11-26")
        #expect(failure(yaml) == nil)
    }

    @Test func unitMismatch() {
        // The observation's own unit line (the second "unit: ha" of the file).
        var lines = Self.valid.components(separatedBy: "\n")
        let index = lines.lastIndex { $0.contains("unit: ha") }!
        lines[index] = lines[index].replacingOccurrences(of: "ha", with: "mu")
        expectOneIssue(.unitMismatch, line: index + 1, in: lines.joined(separator: "\n"))
    }

    @Test func nonNumericObservation() {
        let (yaml, line) = replacing("value: 10", with: "value: 约10")
        expectOneIssue(.notANumber, line: line, in: yaml)
    }

    @Test func nonNumericTarget() {
        let (yaml, line) = replacing("target: {value: 5,", with: "target: {value: five,")
        expectOneIssue(.notANumber, line: line, in: yaml)
    }

    @Test func duplicateKPICode() {
        let (yaml, line) = replacing("- code: k2", with: "- code: k1")
        expectOneIssue(.duplicateCode, line: line, in: yaml)
        #expect(failure(yaml)?.issues.first?.reason.en.contains("first on line 17") == true)
    }

    @Test func unknownOwner() {
        let (yaml, line) = replacing("owner: gxj", with: "owner: xyz")
        expectOneIssue(.unknownOwner, line: line, in: yaml)
    }

    @Test func ownersAreCheckedAgainstAGivenDepartmentList() {
        expectOneIssue(.unknownOwner, line: 20, in: Self.valid, departments: ["zrzyj"])
    }

    @Test func observationWithoutSource() {
        let (yaml, line) = replacing("source: 公报", with: "entered_by: 张三")
        expectOneIssue(.missingSource, line: line - 3, in: yaml)
    }

    @Test func misspeltField() {
        let (yaml, line) = replacing("owner: gxj", with: "ownr: gxj")
        expectOneIssue(.unknownField, line: line, in: yaml)
    }

    @Test func invalidDate() {
        let (yaml, line) = replacing("date: 2023-01-01", with: "date: 2023-02-30")
        expectOneIssue(.invalidDate, line: line, in: yaml)
    }

    @Test func computedWithoutProvider() {
        let (yaml, line) = replacing("unit: mu", with: "unit: mu\n                source: computed")
        expectOneIssue(.missingProvider, line: line - 2, in: yaml)
    }

    @Test func syntaxErrorHasItsLine() {
        let (yaml, line) = replacing("name: {zh: 领域, en: area}", with: "name: {zh: 领域, en: area")
        guard let failure = failure(yaml) else {
            Issue.record("accepted a broken file")
            return
        }
        #expect(failure.issues.map(\.kind) == [.syntax])
        #expect(failure.issues.first.flatMap(\.line).map { $0 >= line } == true)
    }

    @Test func everyErrorIsReportedAtOnce() throws {
        var (yaml, deadlineLine) = replacing("target: {value: 100, deadline: 2025-12-31}", with: "target: {value: 100}")
        let futureLine: Int, numberLine: Int, duplicateLine: Int, ownerLine: Int
        (yaml, futureLine) = replacing("date: 2024-01-01", with: "date: 2030-01-01", in: yaml)
        (yaml, numberLine) = replacing("target: {value: 5,", with: "target: {value: n/a,", in: yaml)
        (yaml, duplicateLine) = replacing("- code: k2", with: "- code: k1", in: yaml)
        (yaml, ownerLine) = replacing("owner: gxj", with: "owner: xyz", in: yaml)
        let issues = try #require(failure(yaml)).issues
        #expect(issues.map(\.kind) == [.unknownOwner, .targetWithoutDeadline, .futureDate, .duplicateCode, .notANumber])
        #expect(issues.map(\.line) == [ownerLine, deadlineLine, futureLine, duplicateLine, numberLine])
    }

    @Test func fieldGivenTwice() {
        let (yaml, line) = replacing("unit: mu", with: "unit: mu\n                unit: ha")
        // The YAML parser itself refuses it, naming the first of the two.
        expectOneIssue(.syntax, line: line, in: yaml)
        #expect(failure(yaml)?.issues.first?.reason.en.contains("the key appears twice: unit") == true)
    }

    @Test func singleObservationAndMilestoneWrites() {
        let validator = PlanValidator(now: now, departments: ["gxj"])
        let kpi = PlanFixture.kpi()
        let good = PlanFixture.observation(1, "2026-11-26")
        #expect(validator.issues(in: good, of: kpi).isEmpty)
        var bad = PlanFixture.observation(1, "2026-11-27", source: " ")
        bad.unit = "ha"
        #expect(validator.issues(in: bad, of: kpi).map(\.kind) == [.futureDate, .unitMismatch, .missingSource])
        let milestone = PlanMilestone(code: "m", name: BilingualText(zh: "节点", en: "milestone"),
                                      planned: PlanFixture.day("2026-01-01"), actual: PlanFixture.day("2027-01-01"),
                                      owner: "nobody")
        #expect(validator.issues(in: milestone).map(\.kind) == [.futureDate, .unknownOwner])
    }

    @Test func validatorWorksOnDocumentsBuiltInCode() {
        var kpi = PlanFixture.kpi(observations: [PlanFixture.observation(1, "2030-01-01")])
        kpi.target?.deadline = nil
        let issues = PlanValidator(now: now).issues(in: PlanFixture.plan(kpis: [kpi, kpi]))
        #expect(Set(issues.map(\.kind)) == [.targetWithoutDeadline, .futureDate, .duplicateCode])
        #expect(issues.allSatisfy { $0.line == nil })
        #expect(issues.contains { $0.path == "areas[0].lines[0].items[0].kpis[1].code" })
    }
}

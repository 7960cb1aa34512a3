import Testing
@testable import BaiqiangCore

/// A YAML file that cannot be read is refused with its line, column and reason in both
/// languages, wherever such files are read.
@Suite("YAML errors name line, column and reason in Chinese and English")
struct YAMLProblemTests {
    @Test("A low-efficiency rules file with a syntax error names its line and column")
    func lowEfficiencyRules() {
        do {
            _ = try LowEfficiencyRules.parse(yaml: "rules:\n  - id: idle\n    name: {zh: 闲置, en: idle\n")
            Issue.record("expected an error")
        } catch {
            guard case .malformed(let problem) = error else { Issue.record("\(error)"); return }
            #expect(problem.line != nil && problem.column != nil, "\(problem)")
            #expect(error.message.zh.contains("第 \(problem.line ?? 0) 行第 \(problem.column ?? 0) 列"))
            #expect(error.message.en.contains("line \(problem.line ?? 0), column \(problem.column ?? 0)"))
            #expect(error.message.zh.contains("YAML 格式错误") && error.message.en.contains("YAML syntax error"))
        }
    }

    @Test("A rules file missing a field names the field and the line it belongs on, in both languages")
    func missingField() {
        do {
            _ = try LowEfficiencyRules.parse(yaml: "rules:\n  - name: {zh: 闲置, en: idle}\n")
            Issue.record("expected an error")
        } catch {
            guard case .malformed(let problem) = error else { Issue.record("\(error)"); return }
            #expect(problem.line == 2, "\(problem)")
            #expect(problem.reason.zh.hasPrefix("缺少字段“rules."))
            #expect(problem.reason.en.hasPrefix("the field 'rules."))
        }
    }

    @Test("A county profile that is not YAML names line and column")
    func countyProfile() {
        guard case .failure(let failure) = CountyProfileCheck.check(yaml: "code: x\nname: {zh: 甲, en: a\n") else {
            Issue.record("expected a failure")
            return
        }
        let issue = failure.issues.first
        #expect(issue?.line != nil)
        #expect(issue?.reason.zh.contains("列：YAML 格式错误") == true, "\(String(describing: issue))")
        #expect(issue?.reason.en.contains(": YAML syntax error") == true)
    }
}

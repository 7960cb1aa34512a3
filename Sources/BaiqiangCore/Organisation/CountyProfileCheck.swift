import Yams

/// Checks a county profile file (the format of `county/heshan.yaml`) before a county is created
/// from it: every problem with its line, so whoever wrote the file can find it, and nothing
/// created while any remains.
public enum CountyProfileCheck {
    public struct Issue: Sendable, Hashable, CustomStringConvertible {
        public var line: Int?
        public var field: String
        public var reason: BilingualText

        public var description: String {
            "第 \(line ?? 0) 行 \(field)：\(reason.zh) / line \(line ?? 0) \(field): \(reason.en)"
        }
    }

    public static let codeLimit = 40
    public static let nameLimit = 60
    public static let unitLimit = 500

    /// The profile, or the problems that keep it from being one.
    public static func check(yaml: String) -> Result<CountyProfile, Failure> {
        var issues: [Issue] = []
        func report(_ node: Node?, _ field: String, zh: String, en: String) {
            issues.append(Issue(line: node?.mark?.line, field: field, reason: BilingualText(zh: zh, en: en)))
        }
        let root: Node?
        do { root = try Yams.compose(yaml: yaml) } catch {
            // The line is the issue's; the column goes in front of the reason.
            let problem = YAMLProblem.from(error, yaml: yaml)
            let reason = problem.column.map { column in
                BilingualText(zh: "第 \(column) 列：\(problem.reason.zh)", en: "column \(column): \(problem.reason.en)")
            } ?? problem.reason
            return .failure(Failure(issues: [Issue(line: problem.line, field: "", reason: reason)]))
        }
        guard let root, let top = root.mapping else {
            return .failure(Failure(issues: [Issue(line: root?.mark?.line, field: "", reason: BilingualText(zh: "文件须为键值映射", en: "The file must be a mapping"))]))
        }
        let known: Set<String> = ["code", "divisionCode", "name", "towns", "departments", "extent"]
        for key in top.keys where !known.contains(key.string ?? "") {
            report(key, key.string ?? "", zh: "未知字段", en: "unknown field")
        }
        checkCode(top["code"], "code", report)
        let division = top["divisionCode"]
        let divisionText = division?.scalar?.string ?? ""
        if divisionText.count != 6 || !divisionText.allSatisfy({ $0.isASCII && $0.isNumber }) || divisionText.hasSuffix("00") {
            report(division ?? root, "divisionCode", zh: "须为六位县级行政区划代码（如 440784）", en: "must be a six-digit county division code (e.g. 440784)")
        }
        checkName(top["name"], "name", parent: root, report)
        for field in ["towns", "departments"] {
            guard let list = top[field]?.sequence, !list.isEmpty, list.count <= unitLimit else {
                report(top[field] ?? root, field, zh: "须列出 1 至 \(unitLimit) 个", en: "must list 1 to \(unitLimit)")
                continue
            }
            var seen = Set<String>()
            var designated: [UnitDesignation: Int] = [:]
            let unitKeys = Set(["code", "name"] + UnitDesignation.allCases.map(\.profileKey))
            for (index, item) in list.enumerated() {
                let path = "\(field)[\(index)]"
                guard let unit = item.mapping else { report(item, path, zh: "须为含 code 与 name 的映射", en: "must be a mapping with code and name"); continue }
                for key in unit.keys where !unitKeys.contains(key.string ?? "") {
                    report(key, "\(path).\(key.string ?? "")", zh: "未知字段", en: "unknown field")
                }
                if let code = checkCode(unit["code"], "\(path).code", report), !seen.insert(code).inserted {
                    report(unit["code"], "\(path).code", zh: "代码“\(code)”重复", en: "the code '\(code)' repeats")
                }
                checkName(unit["name"], "\(path).name", parent: item, report)
                for designation in UnitDesignation.allCases {
                    guard let flag = unit[designation.profileKey] else { continue }
                    let fieldPath = "\(path).\(designation.profileKey)"
                    if flag.bool == nil { report(flag, fieldPath, zh: "须为 true 或 false", en: "must be true or false") }
                    guard flag.bool == true else { continue }
                    if field == "towns" {
                        report(flag, fieldPath, zh: "\(designation.label.zh)只能是部门", en: "only a department can be the \(designation.label.en)")
                    }
                    designated[designation, default: 0] += 1
                }
            }
            if field == "departments" {
                for designation in UnitDesignation.allCases where designated[designation, default: 0] > 1 {
                    report(top[field], field, zh: "只能有一个\(designation.label.zh)", en: "only one department can be the \(designation.label.en)")
                }
            }
        }
        guard issues.isEmpty else { return .failure(Failure(issues: issues)) }
        do {
            return .success(try CountyProfile.decode(yaml: yaml))
        } catch {
            return .failure(Failure(issues: [Issue(line: nil, field: "", reason: BilingualText(zh: "无法读取：\(error)", en: "Cannot be read: \(error)"))]))
        }
    }

    public struct Failure: BilingualError {
        public var issues: [Issue]
        public var message: BilingualText {
            BilingualText(zh: issues.map { "第 \($0.line ?? 0) 行 \($0.field)：\($0.reason.zh)" }.joined(separator: "；"),
                          en: issues.map { "line \($0.line ?? 0) \($0.field): \($0.reason.en)" }.joined(separator: "; "))
        }
    }

    @discardableResult
    private static func checkCode(_ node: Node?, _ field: String, _ report: (Node?, String, String, String) -> Void) -> String? {
        guard let code = node?.scalar?.string, (1...codeLimit).contains(code.count),
              code.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-" || $0 == "_") }) else {
            report(node, field, "须为 1 至 \(codeLimit) 个小写字母、数字、- 或 _", "must be 1 to \(codeLimit) lower-case letters, digits, - or _")
            return nil
        }
        return code
    }

    private static func checkName(_ node: Node?, _ field: String, parent: Node, _ report: (Node?, String, String, String) -> Void) {
        for language in ["zh", "en"] {
            let text = node?.mapping?[language]?.scalar?.string
            if text == nil || text!.allSatisfy(\.isWhitespace) || text!.count > nameLimit {
                report(node?.mapping?[language] ?? node ?? parent, "\(field).\(language)", "须为 1 至 \(nameLimit) 个字", "must be 1 to \(nameLimit) characters")
            }
        }
    }
}

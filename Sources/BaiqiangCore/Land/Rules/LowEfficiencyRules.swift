import Foundation
import Yams

/// Reading the low-efficiency rules file (低效用地认定规则): the one shipped in `Resources/land`, or
/// a county's own. Every rule names its source or says it is the county's choice.
public enum LowEfficiencyRules {
    /// The shipped rules, read and checked once: the file is part of the program and cannot
    /// change while it runs, and every land page and API answer asks for them.
    public static func bundled() throws -> [LowEfficiencyRule] {
        try bundledOnce.get()
    }

    /// The shipped file's text: what a county starts from, and goes back to when it restores them.
    public static func bundledYAML() throws(LowEfficiencyRuleError) -> String {
        guard let yaml = try? CoreResources.text("land/low-efficiency-rules.yaml") else {
            throw .malformed(YAMLProblem(reason: BilingualText(
                zh: "缺少 land/low-efficiency-rules.yaml", en: "land/low-efficiency-rules.yaml is missing")))
        }
        return yaml
    }

    private static let bundledOnce: Result<[LowEfficiencyRule], LowEfficiencyRuleError> =
        Result { () throws(LowEfficiencyRuleError) in try parse(yaml: try bundledYAML()) }

    /// A county's rules fit in a few kilobytes; the limits keep a pasted mistake from becoming a
    /// page that every land request has to read.
    public static let maximumFileBytes = 64 * 1024
    public static let maximumRules = 50

    public static func parse(yaml: String) throws(LowEfficiencyRuleError) -> [LowEfficiencyRule] {
        guard yaml.utf8.count <= maximumFileBytes else { throw .tooLarge(maximumBytes: maximumFileBytes) }
        let file: RulesFile
        do {
            file = try YAMLDecoder().decode(RulesFile.self, from: yaml)
        } catch {
            throw .malformed(YAMLProblem.from(error, yaml: yaml))
        }
        guard file.rules.count <= maximumRules else { throw .tooMany(maximum: maximumRules) }
        var seen: Set<String> = []
        var rules: [LowEfficiencyRule] = []
        for entry in file.rules {
            // An id names the rule in filters and links, so it is kept to a short code.
            guard (1...40).contains(entry.id.count), entry.id.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "_") }) else {
                throw .badID(String(entry.id.prefix(40)))
            }
            guard seen.insert(entry.id).inserted else { throw .duplicate(entry.id) }
            rules.append(try entry.rule())
        }
        return rules
    }

    private struct RulesFile: Decodable {
        var rules: [Entry]
    }

    private struct Entry: Decodable {
        var id: String
        var name: BilingualText
        var test: String
        var source: String?
        var county_choice: Bool?
        var consequence: BilingualText?
        var threshold_wan_per_mu: Double?
        var minimum: Double?
        var years: Int?

        func rule() throws(LowEfficiencyRuleError) -> LowEfficiencyRule {
            let hasSource = !(source ?? "").trimmingCharacters(in: .whitespaces).isEmpty
            guard hasSource != (county_choice ?? false) else { throw .sourceOrCountyChoice(id) }
            func positive(_ value: Double?, _ field: String) throws(LowEfficiencyRuleError) -> Double {
                guard let value, value > 0, value.isFinite else { throw .needsPositive(rule: id, field: field) }
                return value
            }
            let parsed: LowEfficiencyRule.Test
            switch test {
            case "holder_class_d": parsed = .holderClassD
            case "tax_per_mu_below": parsed = .taxPerMuBelow(thresholdWan: try positive(threshold_wan_per_mu, "threshold_wan_per_mu"))
            case "plot_ratio_below": parsed = .plotRatioBelow(minimum: try positive(minimum, "minimum"))
            case "idle": parsed = .idle(years: Int(try positive(years.map(Double.init), "years")))
            case "approved_not_supplied": parsed = .approvedNotSupplied(years: Int(try positive(years.map(Double.init), "years")))
            case "standard_land_unmet": parsed = .standardLandUnmet
            default: throw .unknownTest(rule: id, test: test)
            }
            return LowEfficiencyRule(id: id, name: name, test: parsed, source: hasSource ? source : nil, consequence: consequence)
        }
    }
}

/// Why a rules file is refused.
public enum LowEfficiencyRuleError: BilingualError, Equatable {
    /// Not YAML of the rules' shape: where (line, column) and why.
    case malformed(YAMLProblem)
    case duplicate(String)
    case sourceOrCountyChoice(String)
    case needsPositive(rule: String, field: String)
    case unknownTest(rule: String, test: String)
    case tooLarge(maximumBytes: Int)
    case tooMany(maximum: Int)
    case badID(String)

    public var message: BilingualText {
        switch self {
        case .malformed(let problem):
            BilingualText(zh: "低效用地规则文件格式错误，\(problem.message.zh)", en: "The low-efficiency rules file is malformed, \(problem.message.en)")
        case .duplicate(let id):
            BilingualText(zh: "规则“\(id)”重复定义", en: "Rule “\(id)” is defined twice")
        case .sourceOrCountyChoice(let id):
            BilingualText(zh: "规则“\(id)”须注明来源（source），或标明为本县自定（county_choice: true），二者取一",
                          en: "Rule “\(id)” needs either a source or county_choice: true, not both")
        case .needsPositive(let rule, let field):
            BilingualText(zh: "规则“\(rule)”的 \(field) 须为正数", en: "Rule “\(rule)”: \(field) must be a positive number")
        case .unknownTest(let rule, let test):
            BilingualText(zh: "规则“\(rule)”的检查类型“\(test)”未知", en: "Rule “\(rule)”: unknown test “\(test)”")
        case .tooLarge(let maximum):
            BilingualText(zh: "规则文件超过 \(maximum / 1024) KB", en: "The rules file is larger than \(maximum / 1024) KB")
        case .tooMany(let maximum):
            BilingualText(zh: "规则不能超过 \(maximum) 条", en: "There can be at most \(maximum) rules")
        case .badID(let id):
            BilingualText(zh: "规则编号“\(id)”须为 1–40 个小写字母、数字或下划线",
                          en: "Rule id “\(id)” must be 1–40 lowercase letters, digits or underscores")
        }
    }
}

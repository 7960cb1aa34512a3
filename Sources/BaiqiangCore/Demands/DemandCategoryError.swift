/// Why a category file was refused, or a category code not found.
public typealias DemandCategoryError = DataFileError<DemandCategoryReason>

public enum DemandCategoryReason: YAMLFileReason {
    case malformedYAML(YAMLProblem)
    case missingField(String)
    /// Service codes go into URLs and Open311 documents: letters, digits, `-`, `_`, `.`.
    case invalidCode(String)
    case duplicateCode(String)
    case unknownUnit(String)
    case unknownMilestone(String)
    case nonPositiveAmount(Int)
    /// Every category needs a closure limit; response and solution default to it.
    case missingClosureLimit(String)
    case unknownCategory(String)

    public var text: BilingualText {
        switch self {
        case .malformedYAML(let problem):
            BilingualText(zh: "诉求类别文件格式不正确：\(problem.detail.zh)", en: "The category file is not valid: \(problem.detail.en)")
        case .missingField(let field):
            BilingualText(zh: "缺少字段 “\(field)”", en: "The field “\(field)” is missing")
        case .invalidCode(let code):
            BilingualText(zh: "类别代码 “\(code)” 只能包含字母、数字、“-”、“_”、“.”",
                          en: "The category code “\(code)” may only hold letters, digits, “-”, “_” and “.”")
        case .duplicateCode(let code):
            BilingualText(zh: "类别代码 “\(code)” 重复", en: "The category code “\(code)” is used twice")
        case .unknownUnit(let unit):
            BilingualText(zh: "未知的时限单位 “\(unit)”（可用：minutes、hours、working_days、calendar_days）",
                          en: "Unknown time-limit unit “\(unit)” (use minutes, hours, working_days or calendar_days)")
        case .unknownMilestone(let name):
            BilingualText(zh: "未知的时限节点 “\(name)”（可用：response、solution、closure）",
                          en: "Unknown milestone “\(name)” (use response, solution or closure)")
        case .nonPositiveAmount(let amount):
            BilingualText(zh: "时限必须大于 0，而不是 \(amount)", en: "A time limit must be above 0, not \(amount)")
        case .missingClosureLimit(let code):
            BilingualText(zh: "类别 “\(code)” 缺少办结时限", en: "The category “\(code)” has no closure limit")
        case .unknownCategory(let code):
            BilingualText(zh: "未知的诉求类别 “\(code)”", en: "Unknown demand category “\(code)”")
        }
    }
}

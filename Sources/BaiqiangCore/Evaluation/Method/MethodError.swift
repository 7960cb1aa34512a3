/// Why a method file cannot be used; `place` says where in the file, e.g. `groups[above].indicators[tax_per_mu]`.
public enum MethodError: BilingualError, Equatable, Sendable {
    case notFound(String)
    /// The file is not YAML of a method's shape: where (line, column) and why.
    case invalidDocument(YAMLProblem)
    case noGroups
    case unknownScale(String)
    case duplicateGroup(String)
    case emptyGroup(String)
    case unknownIndicator(place: String, id: String)
    case unknownMeasure(place: String, name: String)
    case duplicateIndicator(place: String)
    case weightNotPositive(place: String, weight: Double)
    case benchmarkNotPositive(place: String, value: Double)
    case capNotPositive(place: String, value: Double)
    case unknownDirection(place: String, value: String)
    case negativeLand(place: String, value: Double)
    case unknownMissingItemRule(String)
    case cutoffOutOfRange(class: String, value: Double)
    case cutoffsNotIncreasing(a: Double, b: Double, c: Double)
    case unknownFlag(place: String, name: String)
    case unknownClass(place: String, name: String)
    case ruleClassNotRated(place: String, name: String)
    case ruleWithoutCondition(place: String)
    case yearsNotPositive(place: String, value: Int)

    public var message: BilingualText {
        switch self {
        case .notFound(let name):
            BilingualText(zh: "找不到评价办法“\(name)”（既不是内置办法，也不是文件）",
                          en: "No evaluation method “\(name)” (neither a bundled method nor a file)")
        case .invalidDocument(let problem):
            BilingualText(zh: "评价办法文件格式错误，\(problem.message.zh)", en: "The method file is malformed, \(problem.message.en)")
        case .noGroups:
            BilingualText(zh: "评价办法没有定义任何评价组", en: "The method defines no groups")
        case .unknownScale(let scale):
            BilingualText(zh: "未知的评价组“\(scale)”（应为 above 或 below）",
                          en: "Unknown group “\(scale)” (expected above or below)")
        case .duplicateGroup(let scale):
            BilingualText(zh: "评价组“\(scale)”重复定义", en: "Group “\(scale)” is defined twice")
        case .emptyGroup(let scale):
            BilingualText(zh: "评价组“\(scale)”没有指标", en: "Group “\(scale)” has no indicators")
        case .unknownIndicator(let place, let id):
            BilingualText(zh: "\(place)：未知指标“\(id)”（请使用内置指标，或给出 numerator 和 denominator）",
                          en: "\(place): unknown indicator “\(id)” (use a catalogue indicator, or give numerator and denominator)")
        case .unknownMeasure(let place, let name):
            BilingualText(zh: "\(place)：未知数据项“\(name)”", en: "\(place): unknown measure “\(name)”")
        case .duplicateIndicator(let place):
            BilingualText(zh: "\(place)：指标重复", en: "\(place): indicator defined twice")
        case .weightNotPositive(let place, let weight):
            BilingualText(zh: "\(place)：权重必须大于 0，实际为 \(weight)",
                          en: "\(place): the weight must be positive, not \(weight)")
        case .benchmarkNotPositive(let place, let value):
            BilingualText(zh: "\(place)：基准值必须大于 0，实际为 \(value)",
                          en: "\(place): the benchmark must be positive, not \(value)")
        case .capNotPositive(let place, let value):
            BilingualText(zh: "\(place)：封顶倍数必须大于 0，实际为 \(value)",
                          en: "\(place): the cap must be positive, not \(value)")
        case .unknownDirection(let place, let value):
            BilingualText(zh: "\(place)：未知方向“\(value)”（应为 up 或 down）",
                          en: "\(place): unknown direction “\(value)” (expected up or down)")
        case .negativeLand(let place, let value):
            BilingualText(zh: "\(place)：最小用地面积不能为负数：\(value)",
                          en: "\(place): the minimum land must not be negative: \(value)")
        case .unknownMissingItemRule(let rule):
            BilingualText(zh: "未知的缺项规则“\(rule)”（应为 group_mean 或 zero）",
                          en: "Unknown missing-item rule “\(rule)” (expected group_mean or zero)")
        case .cutoffOutOfRange(let name, let value):
            BilingualText(zh: "\(name) 类分档比例必须在 0 到 1 之间，实际为 \(value)",
                          en: "The cut-off of class \(name) must lie between 0 and 1, not \(value)")
        case .cutoffsNotIncreasing(let a, let b, let c):
            BilingualText(zh: "分档比例必须递增（A < B < C），实际为 \(a)、\(b)、\(c)",
                          en: "Class cut-offs must increase (A < B < C), not \(a), \(b), \(c)")
        case .unknownFlag(let place, let name):
            BilingualText(zh: "\(place)：未知标记“\(name)”（应为 veto、utility 或 upgraded）",
                          en: "\(place): unknown flag “\(name)” (expected veto, utility or upgraded)")
        case .unknownClass(let place, let name):
            BilingualText(zh: "\(place)：未知类别“\(name)”", en: "\(place): unknown class “\(name)”")
        case .ruleClassNotRated(let place, let name):
            BilingualText(zh: "\(place)：调整规则只能涉及 A、B、C、D 类，不能是“\(name)”",
                          en: "\(place): a class rule can only involve A, B, C or D, not “\(name)”")
        case .ruleWithoutCondition(let place):
            BilingualText(zh: "\(place)：调整规则需要 flags 或 years_in_production_below 条件",
                          en: "\(place): a class rule needs flags or years_in_production_below")
        case .yearsNotPositive(let place, let value):
            BilingualText(zh: "\(place)：年限必须大于 0，实际为 \(value)",
                          en: "\(place): the number of years must be positive, not \(value)")
        }
    }
}

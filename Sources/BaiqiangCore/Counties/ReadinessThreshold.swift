/// A line a county measures itself against on the way to a top-100 list. The CAICT industrial
/// list publishes no entry line, so the lines a county starts with are the entry conditions a
/// GDP-based list states; the county edits them, each with its source, as lists change.
public struct ReadinessThreshold: Sendable, Hashable {
    public var indicator: RegionalIndicator
    /// In the indicator's unit.
    public var value: Double
    public var name: BilingualText
    public var citation: Citation

    public init(indicator: RegionalIndicator, value: Double, name: BilingualText, citation: Citation) {
        self.indicator = indicator
        self.value = value
        self.name = name
        self.citation = citation
    }

    /// What identifies a line: a second one of the same indicator and name replaces it.
    public struct Key: Sendable, Hashable {
        public var indicator: RegionalIndicator
        public var name: String
    }

    public var key: Key { Key(indicator: indicator, name: name.zh) }

    /// The entry conditions of CCID's (赛迪) 2024 top-100 counties list.
    public static let ccid2024: [ReadinessThreshold] = {
        let citation = Citation(publisher: "中新社", date: "2024-07-31")
        let name = BilingualText(zh: "赛迪百强县入围条件（2024）", en: "CCID top-100 counties entry condition (2024)")
        return [ReadinessThreshold(indicator: .gdp, value: 600, name: name, citation: citation),
                ReadinessThreshold(indicator: .generalBudgetRevenue, value: 20, name: name, citation: citation)]
    }()

    /// The year Heshan's party congress set for reaching the top-100 entry-level indicators.
    public static let heshanTargetYear = 2026

    /// The years a readiness page may aim at: a target before today's figures or beyond a
    /// planning horizon means nothing.
    public static let targetYears = 2000...2100

    public static let nameLength = 1...100

    /// Why this line cannot be stored; empty when it can. A line is a size to reach, so it is
    /// positive, and it needs a publisher like every figure.
    public static func problems(_ threshold: ReadinessThreshold) -> [RegionalFigureCheck.Problem] {
        var problems: [RegionalFigureCheck.Problem] = []
        if !(threshold.value.isFinite && threshold.value > 0 && threshold.value <= FieldLimits.maximumMagnitude) {
            problems.append(.init(field: "value", reason: BilingualText(zh: "门槛值须为正数", en: "the threshold must be a positive number")))
        }
        if !nameLength.contains(threshold.name.zh.trimmingCharacters(in: .whitespaces).count) {
            problems.append(.init(field: "name", reason: BilingualText(zh: "名称须为 1 至 100 个字", en: "the name must have 1 to 100 characters")))
        }
        if threshold.citation.publisher.trimmingCharacters(in: .whitespaces).isEmpty {
            problems.append(.init(field: "publisher", reason: BilingualText(
                zh: "请填写发布机构：没有来源的门槛不录入", en: "name the publisher: a threshold without a source is not recorded")))
        }
        return problems
    }
}

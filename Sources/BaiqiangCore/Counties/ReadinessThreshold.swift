/// A line a county measures itself against on the way to a top-100 list. The CAICT industrial
/// list publishes no entry line, so the shipped lines are the entry conditions a GDP-based list
/// states; a county adds reference counties' figures of its own choosing.
public struct ReadinessThreshold: Sendable, Hashable {
    public var indicator: RegionalIndicator
    /// In the indicator's unit.
    public var value: Double
    public var name: BilingualText
    public var citation: Citation

    /// The entry conditions of CCID's (赛迪) 2024 top-100 counties list.
    public static let ccid2024: [ReadinessThreshold] = {
        let citation = Citation(publisher: "中新社", date: "2024-07-31")
        let name = BilingualText(zh: "赛迪百强县入围条件（2024）", en: "CCID top-100 counties entry condition (2024)")
        return [ReadinessThreshold(indicator: .gdp, value: 600, name: name, citation: citation),
                ReadinessThreshold(indicator: .generalBudgetRevenue, value: 20, name: name, citation: citation)]
    }()

    /// The year Heshan's party congress set for reaching the top-100 entry-level indicators.
    public static let heshanTargetYear = 2026
}

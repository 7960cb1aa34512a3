/// The counts the plan's computed KPIs take from the enterprise registry (企业库指标), each
/// registered under the provider key the plan file names (`Resources/plans/heshan-2022.yaml`).
/// Thresholds are inclusive: a firm with exactly 100亿 revenue counts as a 百亿 firm.
public enum RegistryMetric: String, Sendable, Hashable, CaseIterable {
    /// 规模以上工业企业数: firms in the above-scale directory that year.
    case aboveScaleCount = "enterprises.above_scale_count"
    /// 百亿规模企业数: revenue ≥ 100亿元 (1,000,000万元).
    case revenueAtLeast100YiCount = "enterprises.revenue_at_least_100yi_count"
    /// 50亿规模企业数: revenue ≥ 50亿元 (500,000万元).
    case revenueAtLeast50YiCount = "enterprises.revenue_at_least_50yi_count"
    /// 税收超亿元企业数: tax paid ≥ 1亿元 (10,000万元).
    case taxAtLeast1YiCount = "enterprises.tax_at_least_1yi_count"

    /// The key a KPI names in its `provider` field.
    public var providerKey: String { rawValue }

    public init?(providerKey: String) { self.init(rawValue: providerKey) }

    public var name: BilingualText {
        switch self {
        case .aboveScaleCount: BilingualText(zh: "规模以上工业企业数", en: "Above-scale industrial firms")
        case .revenueAtLeast100YiCount: BilingualText(zh: "百亿规模企业数", en: "Firms with revenue ≥ 10 billion yuan")
        case .revenueAtLeast50YiCount: BilingualText(zh: "50亿规模企业数", en: "Firms with revenue ≥ 5 billion yuan")
        case .taxAtLeast1YiCount: BilingualText(zh: "税收超亿元企业数", en: "Firms paying ≥ 100 million yuan tax")
        }
    }

    /// Whether one firm's figures count towards this metric.
    public func counts(_ figures: EnterpriseYearFigures) -> Bool {
        counts(revenueWan: figures[.revenueWan], taxWan: figures[.taxWan], aboveScale: figures.aboveScale)
    }

    /// The same rule on bare values, for rows of any shape (database rows, imported files); a
    /// figure not reported (nil) never counts.
    public func counts(revenueWan: Double?, taxWan: Double?, aboveScale: Bool) -> Bool {
        switch self {
        case .aboveScaleCount: aboveScale
        case .revenueAtLeast100YiCount: (revenueWan ?? 0) >= RegistryMetrics.revenue100YiWan
        case .revenueAtLeast50YiCount: (revenueWan ?? 0) >= RegistryMetrics.revenue50YiWan
        case .taxAtLeast1YiCount: (taxWan ?? 0) >= RegistryMetrics.tax1YiWan
        }
    }

    /// The metric for `year`: the number of distinct firms whose figures of that year count.
    public func value(in year: Int, of figures: some Sequence<EnterpriseYearFigures>) -> Int {
        var firms = Set<String>()
        for row in figures where row.year == year && counts(row) { firms.insert(row.creditCode) }
        return firms.count
    }

    /// The metric for every year present in `figures`.
    public func valuesByYear(of figures: some Sequence<EnterpriseYearFigures>) -> [Int: Int] {
        var firmsByYear: [Int: Set<String>] = [:]
        for row in figures {
            // A year with figures but no firm counting is a zero, not a missing year.
            if firmsByYear[row.year] == nil { firmsByYear[row.year] = [] }
            if counts(row) { firmsByYear[row.year]!.insert(row.creditCode) }
        }
        return firmsByYear.mapValues(\.count)
    }

    /// Yearly values as KPI observations dated at each year's end (or `asOf` for a year still
    /// running), with `source` as their source note (e.g. "企业库 2025年报"). `provenance` says, per
    /// year, what the year's figures rest on (demo firms, real ones or both); a year missing there
    /// is factual.
    public func observations(_ valuesByYear: [Int: Int], asOf: PlanDate, source: String,
                             provenance: [Int: DataProvenance] = [:]) -> [KPIObservation] {
        valuesByYear.keys.sorted().compactMap { year in
            guard let yearEnd = PlanDate(year: year, month: 12, day: 31), let start = PlanDate(year: year, month: 1, day: 1),
                  start <= asOf else { return nil }
            return KPIObservation(value: Double(valuesByYear[year]!), date: min(yearEnd, asOf), source: source, enteredBy: "system",
                                  provenance: provenance[year] ?? .factual)
        }
    }
}

/// The thresholds of the registry metrics in 万元 (1亿 = 10,000万).
public enum RegistryMetrics {
    public static let revenue100YiWan: Double = 1_000_000
    public static let revenue50YiWan: Double = 500_000
    public static let tax1YiWan: Double = 10_000

    /// Every metric for `year`, keyed by provider key.
    public static func values(in year: Int, of figures: some Sequence<EnterpriseYearFigures>) -> [String: Int] {
        var sets = Dictionary(uniqueKeysWithValues: RegistryMetric.allCases.map { ($0, Set<String>()) })
        for row in figures where row.year == year {
            for metric in RegistryMetric.allCases where metric.counts(row) { sets[metric]!.insert(row.creditCode) }
        }
        return Dictionary(uniqueKeysWithValues: sets.map { ($0.key.providerKey, $0.value.count) })
    }
}

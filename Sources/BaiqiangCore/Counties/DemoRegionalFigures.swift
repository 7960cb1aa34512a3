/// Generated yearly figures for county-level units that have none published, so the comparison
/// of a demo prefecture has something to compare: deterministic by seed, every one flagged as
/// demo (演示数据) and without a citation, never a fact.
public enum DemoRegionalFigures {
    public static let indicators: [RegionalIndicator] = [.gdp, .industrialValueAdded, .generalBudgetRevenue, .taxRevenue, .fixedAssetInvestment]

    /// Figures for `units` for each year of `years`, value and growth.
    public static func figures(units: [String], years: ClosedRange<Int>, seed: UInt64) -> [RegionalFigure] {
        var result: [RegionalFigure] = []
        for (index, unit) in units.enumerated() {
            var rng = SplitMix64(seed: seed, index: UInt64(index), stream: 0x7265_6769_6F6E)
            func uniform(_ range: ClosedRange<Double>) -> Double {
                range.lowerBound + Double(rng.next() >> 11) / Double(1 << 53) * (range.upperBound - range.lowerBound)
            }
            var gdp = uniform(150...900)
            let shares: [RegionalIndicator: Double] = [.gdp: 1, .industrialValueAdded: uniform(0.3...0.5), .generalBudgetRevenue: uniform(0.04...0.08),
                                                       .taxRevenue: uniform(0.05...0.09), .fixedAssetInvestment: uniform(0.2...0.4)]
            for year in years {
                let growth = uniform(-2...9)
                gdp *= 1 + growth / 100
                for indicator in indicators {
                    guard let period = StatisticalPeriod(year: year), let share = shares[indicator] else { continue }
                    var figure = RegionalFigure(unitCode: unit, indicator: indicator, period: period, value: (gdp * share * 100).rounded() / 100,
                                                growthPercent: ((growth + uniform(-3...3)) * 10).rounded() / 10)
                    figure.isDemo = true
                    result.append(figure)
                }
            }
        }
        return result
    }
}

import BaiqiangCore

/// How far the account's county is from each readiness line, and the yearly growth that closes
/// the gap by the target year.
enum CountiesReadinessPage {
    struct Model {
        var unit: PrefectureProfile.Unit?
        var targetYear: Int
        var lines: [Line]
        var references: [ReferenceCounty] = ReferenceCounty.guangdong2022
    }

    struct Line {
        var threshold: ReadinessThreshold
        /// The county's latest whole-year figure of the indicator, if any.
        var latest: RegionalFigure?
        /// Whole-year values, oldest first.
        var history: [TopHundredReadiness.YearValue]
        var gap: TopHundredReadiness.Gap?
    }

    static func model(unit: PrefectureProfile.Unit?, figures: [RegionalFigure], thresholds: [ReadinessThreshold], targetYear: Int) -> Model {
        let lines = thresholds.map { threshold in
            let own = figures.filter { $0.indicator == threshold.indicator && $0.period.isWholeYear && $0.value != nil }
                .sorted { $0.period < $1.period }
            let latest = own.last
            let gap = latest.flatMap { figure in
                figure.value.flatMap { TopHundredReadiness.gap(current: $0, currentYear: figure.period.year, threshold: threshold.value,
                                                               targetYear: targetYear) }
            }
            return Line(threshold: threshold, latest: latest,
                        history: own.compactMap { figure in figure.value.map { TopHundredReadiness.YearValue(year: figure.period.year, value: $0) } },
                        gap: gap)
        }
        return Model(unit: unit, targetYear: targetYear, lines: lines)
    }
}

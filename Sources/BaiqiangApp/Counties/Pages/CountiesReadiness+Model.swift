import BaiqiangCore

/// How far the account's county is from each line it measures itself by — the readiness lines it
/// keeps and its reference counties' latest published figures — and the yearly growth that
/// closes each gap by the chosen year.
enum CountiesReadinessPage {
    struct Model {
        var unit: PrefectureProfile.Unit?
        var targetYear: Int
        var lines: [Line]
        var references: [ReferenceCounty] = []
        /// Whether the account keeps the lists (the link to them is shown only then).
        var canManage = false
    }

    /// One indicator: the county's history and every line to reach in it.
    struct Line {
        var indicator: RegionalIndicator
        /// The county's latest whole-year figure of the indicator, if any.
        var latest: RegionalFigure?
        /// Whole-year values, oldest first.
        var history: [TopHundredReadiness.YearValue]
        var targets: [Target]

        /// The highest line not reached yet: the path the chart draws.
        var steepest: Target? {
            targets.filter { $0.gap.map { !$0.isReached } ?? false }.max { $0.value < $1.value }
        }
    }

    /// A size to reach: a readiness line, or a reference county's latest figure.
    struct Target {
        var name: BilingualText
        var value: Double
        /// The year of a reference county's figure; nil for a line.
        var year: Int?
        var citation: Citation?
        var gap: TopHundredReadiness.Gap?
    }

    static func model(unit: PrefectureProfile.Unit?, figures: [RegionalFigure], thresholds: [ReadinessThreshold],
                      references: [ReferenceCounty] = [], targetYear: Int) -> Model {
        let indicators = RegionalIndicator.allCases.filter { indicator in
            thresholds.contains { $0.indicator == indicator } || references.contains { $0.latest(indicator) != nil }
        }
        let lines = indicators.map { indicator in
            let own = figures.filter { $0.indicator == indicator && $0.period.isWholeYear && $0.value != nil }.sorted { $0.period < $1.period }
            let latest = own.last
            func gap(to value: Double) -> TopHundredReadiness.Gap? {
                latest.flatMap { figure in
                    figure.value.flatMap { TopHundredReadiness.gap(current: $0, currentYear: figure.period.year, threshold: value, targetYear: targetYear) }
                }
            }
            let lineTargets = thresholds.filter { $0.indicator == indicator }.map { threshold in
                Target(name: threshold.name, value: threshold.value, citation: threshold.citation, gap: gap(to: threshold.value))
            }
            let countyTargets = references.compactMap { county -> Target? in
                guard let figure = county.latest(indicator), let value = figure.value else { return nil }
                return Target(name: county.name, value: value, year: figure.period.year, citation: figure.citation, gap: gap(to: value))
            }
            return Line(indicator: indicator, latest: latest,
                        history: own.compactMap { figure in figure.value.map { TopHundredReadiness.YearValue(year: figure.period.year, value: $0) } },
                        targets: lineTargets + countyTargets)
        }
        return Model(unit: unit, targetYear: targetYear, lines: lines, references: references)
    }
}

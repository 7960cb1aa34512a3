import BaiqiangCore

/// The prefecture's county-level units side by side for one indicator and period: value and
/// growth with their ranks, the share of the prefecture, and each unit's yearly history.
enum CountiesComparisonPage {
    enum Sort: String, CaseIterable {
        case value, growth, name
    }

    struct Model {
        var prefecture: PrefectureProfile
        var ownUnit: String
        var indicator: RegionalIndicator
        var period: StatisticalPeriod?
        /// Periods with any figure of the indicator, newest first.
        var periods: [StatisticalPeriod]
        var sort: Sort
        var rows: [Row]
        var prefectureTotal: PrefectureProfile.Figure?
    }

    struct Row {
        var unit: PrefectureProfile.Unit
        var figure: RegionalFigure?
        var valueRank: RegionalRanking.Rank?
        var growthRank: RegionalRanking.Rank?
        var share: Double?
        /// Whole-year values, oldest first, for the sparkline.
        var history: [Double]
    }

    /// The whole year most units have a value for, the newest of equals: a year one unit has
    /// reported so far would rank it first of one.
    static func defaultPeriod(_ figures: [RegionalFigure]) -> StatisticalPeriod? {
        let counts = Dictionary(grouping: figures.filter { $0.value != nil }, by: \.period).mapValues(\.count)
        let years = counts.filter { $0.key.isWholeYear }
        return (years.isEmpty ? counts : years).max { ($0.value, $0.key) < ($1.value, $1.key) }?.key
    }

    /// Builds the rows from the indicator's current figures, by Core's ranking.
    static func model(prefecture: PrefectureProfile, ownUnit: String, indicator: RegionalIndicator, period requested: StatisticalPeriod?,
                      sort: Sort, figures: [RegionalFigure]) -> Model {
        let periods = Array(Set(figures.map(\.period))).sorted(by: >)
        let period = requested ?? defaultPeriod(figures)
        let inPeriod = figures.filter { $0.period == period }
        let byValue = Dictionary(RegionalRanking.ranks(inPeriod, by: .value).map { ($0.unitCode, $0) }, uniquingKeysWith: { a, _ in a })
        let byGrowth = Dictionary(RegionalRanking.ranks(inPeriod, by: .growth).map { ($0.unitCode, $0) }, uniquingKeysWith: { a, _ in a })
        let total = period.flatMap { prefecture.total(indicator, $0) }
        var rows = prefecture.units.map { unit in
            Row(unit: unit, figure: inPeriod.first { $0.unitCode == unit.code }, valueRank: byValue[unit.code],
                growthRank: byGrowth[unit.code],
                share: RegionalRanking.share(of: unit.code, in: inPeriod, prefectureTotal: total?.value, unitCount: prefecture.units.count),
                history: figures.filter { $0.unitCode == unit.code && $0.period.isWholeYear }.sorted { $0.period < $1.period }
                    .compactMap(\.value))
        }
        rows.sort { a, b in
            switch sort {
            case .name: return a.unit.code < b.unit.code
            case .value: return (a.valueRank?.rank ?? .max, a.unit.code) < (b.valueRank?.rank ?? .max, b.unit.code)
            case .growth: return (a.growthRank?.rank ?? .max, a.unit.code) < (b.growthRank?.rank ?? .max, b.unit.code)
            }
        }
        return Model(prefecture: prefecture, ownUnit: ownUnit, indicator: indicator, period: period, periods: periods, sort: sort,
                     rows: rows, prefectureTotal: total)
    }
}

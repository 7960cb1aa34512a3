/// A plan KPI read from the prefecture's regional series: the county's rank among the
/// prefecture's units ("排名江门第一") or its share of the prefecture's total ("占江门总数的三分之一"),
/// one reading per period. A rank is stated only when every unit has the figure it is ranked by: a
/// rank among the units that happen to be recorded would claim first place for a county alone in
/// an empty table.
public enum RegionalKPIMeasure: Sendable, Hashable {
    case rank(RegionalIndicator, by: RegionalRanking.Measure)
    /// The share in percent.
    case share(RegionalIndicator)

    public static let keyPrefix = "counties."

    /// Every measure a plan can name.
    public static var all: [RegionalKPIMeasure] {
        RegionalIndicator.allCases.flatMap { [.rank($0, by: .value), .rank($0, by: .growth), .share($0)] }
    }

    /// The key a KPI's `provider` names, e.g. `counties.rank_by_growth.tax_revenue`.
    public var providerKey: String {
        switch self {
        case let .rank(indicator, by: measure): "\(Self.keyPrefix)rank_by_\(measure.rawValue).\(indicator.rawValue)"
        case let .share(indicator): "\(Self.keyPrefix)share.\(indicator.rawValue)"
        }
    }

    public var indicator: RegionalIndicator {
        switch self {
        case let .rank(indicator, _), let .share(indicator): indicator
        }
    }

    /// One reading: the period and the value for it.
    public struct Reading: Sendable, Hashable {
        public var period: StatisticalPeriod
        public var value: Double
        /// Whether generated figures went into it: a rank among demo figures is demo too.
        public var provenance: DataProvenance = .factual
    }

    /// The readings of `unit` from `figures` (this measure's indicator, the figures in force), for
    /// the periods over by `today`, oldest first. `units` are the prefecture's units; `total` gives
    /// the prefecture's published total for a period, if any.
    public func readings(unit: String, units: Set<String>, figures: [RegionalFigure], today: LocalDate,
                         total: (StatisticalPeriod) -> Double? = { _ in nil }) -> [Reading] {
        var byPeriod: [StatisticalPeriod: [RegionalFigure]] = [:]
        for figure in figures where figure.indicator == indicator && units.contains(figure.unitCode) && figure.period.isOver(on: today) {
            byPeriod[figure.period, default: []].append(figure)
        }
        return byPeriod.keys.sorted().compactMap { period in
            let members = byPeriod[period] ?? []
            let demo = members.filter(\.isDemo).count
            return value(unit: unit, units: units, figures: members, total: total(period)).map {
                Reading(period: period, value: $0, provenance: DataProvenance(demo: demo, real: members.count - demo))
            }
        }
    }

    private func value(unit: String, units: Set<String>, figures: [RegionalFigure], total: Double?) -> Double? {
        switch self {
        case let .rank(_, by: measure):
            let ranks = RegionalRanking.ranks(figures, by: measure)
            guard Set(ranks.map(\.unitCode)) == units else { return nil }
            return ranks.first { $0.unitCode == unit }.map { Double($0.rank) }
        case .share:
            guard let share = RegionalRanking.share(of: unit, in: figures, prefectureTotal: total, unitCount: units.count) else { return nil }
            return (share * 1000).rounded() / 10
        }
    }
}

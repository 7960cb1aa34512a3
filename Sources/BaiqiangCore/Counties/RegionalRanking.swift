/// Ranks of county-level units within their prefecture for one indicator and period, as bulletins
/// state them ("排名江门第一"): by value or by growth rate, the largest first, equal figures sharing
/// a rank and the next rank skipping (1, 2, 2, 4). A unit with no figure has no rank.
public enum RegionalRanking {
    public enum Measure: String, Sendable, Hashable, CaseIterable, Codable {
        case value
        case growth
    }

    public struct Rank: Sendable, Hashable {
        public var unitCode: String
        public var rank: Int
        /// How many units were ranked, for "第 2 / 7 名".
        public var of: Int
    }

    /// The ranks of `figures` (one indicator, one period) by `measure`.
    public static func ranks(_ figures: [RegionalFigure], by measure: Measure) -> [Rank] {
        let measured = figures.compactMap { figure -> (String, Double)? in
            let number = measure == .value ? figure.value : figure.growthPercent
            guard let number, number.isFinite else { return nil }
            return (figure.unitCode, number)
        }.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
        var ranks: [Rank] = []
        ranks.reserveCapacity(measured.count)
        for (index, (unit, number)) in measured.enumerated() {
            let rank = index > 0 && measured[index - 1].1 == number ? ranks[index - 1].rank : index + 1
            ranks.append(Rank(unitCode: unit, rank: rank, of: measured.count))
        }
        return ranks
    }

    /// Every unit's rank for every indicator and period present in `figures`, by `measure`.
    public static func allRanks(_ figures: [RegionalFigure], by measure: Measure) -> [RegionalFigure.Key: Rank] {
        var groups: [GroupKey: [RegionalFigure]] = [:]
        for figure in figures { groups[GroupKey(indicator: figure.indicator, period: figure.period), default: []].append(figure) }
        var result: [RegionalFigure.Key: Rank] = [:]
        result.reserveCapacity(figures.count)
        for (group, members) in groups {
            for rank in ranks(members, by: measure) {
                result[RegionalFigure.Key(unitCode: rank.unitCode, indicator: group.indicator, period: group.period)] = rank
            }
        }
        return result
    }

    /// A unit's share of the prefecture's total ("占江门总数的三分之一"), when the total is
    /// published or every unit's value is known; nil otherwise, since a partial sum would overstate it.
    public static func share(of unitCode: String, in figures: [RegionalFigure], prefectureTotal: Double?,
                             unitCount: Int) -> Double? {
        guard let own = figures.first(where: { $0.unitCode == unitCode })?.value else { return nil }
        let total: Double
        if let prefectureTotal {
            total = prefectureTotal
        } else {
            let values = figures.compactMap(\.value)
            guard values.count == unitCount else { return nil }
            total = values.reduce(0, +)
        }
        guard total > 0 else { return nil }
        return own / total
    }

    private struct GroupKey: Hashable {
        var indicator: RegionalIndicator
        var period: StatisticalPeriod
    }
}

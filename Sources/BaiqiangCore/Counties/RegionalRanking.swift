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

    /// The ranks of `figures` (one indicator, one period) by `measure`, best first.
    public static func ranks(_ figures: [RegionalFigure], by measure: Measure) -> [Rank] {
        var members = figures.indices.compactMap { index in number(of: figures[index], by: measure).map { Member(number: $0, index: index) } }
        var ranks: [Rank] = []
        ranks.reserveCapacity(members.count)
        rank(&members, figures: figures) { ranks.append($1) }
        return ranks
    }

    /// Every figure's rank among the figures of its indicator and period, by `measure`: element
    /// `i` is the rank of `figures[i]`, nil when it has no number to rank. An array alongside the
    /// figures rather than a table keyed by unit, indicator and period, since the whole country's
    /// figures (millions) are ranked at once and hashing a key per figure cost most of the time.
    public static func ranksAlongside(_ figures: [RegionalFigure], by measure: Measure) -> [Rank?] {
        var groupIndex: [GroupKey: Int] = [:]
        var groups: [[Member]] = []
        // Figures mostly arrive group by group, so the previous figure's group is tried first.
        var previous: (key: GroupKey, group: Int)? = nil
        for index in figures.indices {
            guard let number = number(of: figures[index], by: measure) else { continue }
            let key = GroupKey(indicator: figures[index].indicator, period: figures[index].period)
            let group: Int
            if let previous, previous.key == key {
                group = previous.group
            } else if let known = groupIndex[key] {
                group = known
            } else {
                group = groups.count
                groupIndex[key] = group
                groups.append([])
            }
            previous = (key, group)
            groups[group].append(Member(number: number, index: index))
        }
        var result = [Rank?](repeating: nil, count: figures.count)
        for var members in groups {
            rank(&members, figures: figures) { result[$0] = $1 }
        }
        return result
    }

    private struct Member {
        var number: Double
        var index: Int
    }

    private static func number(of figure: RegionalFigure, by measure: Measure) -> Double? {
        let number = measure == .value ? figure.value : figure.growthPercent
        guard let number, number.isFinite else { return nil }
        return number
    }

    /// Orders one group's `members` largest first (equal numbers by unit code, so the order of
    /// units sharing a rank does not depend on the input's) and ranks them: equal numbers share a
    /// rank, the next one skips.
    private static func rank(_ members: inout [Member], figures: [RegionalFigure], _ give: (Int, Rank) -> Void) {
        members.sort { a, b in
            a.number != b.number ? a.number > b.number : figures[a.index].unitCode < figures[b.index].unitCode
        }
        var rank = 0
        for position in members.indices {
            if position == 0 || members[position - 1].number != members[position].number { rank = position + 1 }
            let index = members[position].index
            give(index, Rank(unitCode: figures[index].unitCode, rank: rank, of: members.count))
        }
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

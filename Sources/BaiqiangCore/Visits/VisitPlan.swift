import Foundation

/// Which of a firm's linked leaders a visit plan speaks of.
public enum LeaderTier: String, Sendable, CaseIterable, Codable {
    case city, town

    public var label: BilingualText {
        switch self {
        case .city: BilingualText(zh: "市领导", en: "City leader")
        case .town: BilingualText(zh: "镇领导", en: "Town leader")
        }
    }
}

/// A county's visit plan (走访计划): how many days may pass between two visits to a linked firm,
/// per leader tier. Data, since each county sets its own (one a quarter is a common choice).
public struct VisitPlan: Sendable, Hashable {
    public var intervalDays: [LeaderTier: Int]

    /// Every tier within 1 to 3,660 days (ten years): a longer interval is no plan.
    public static let intervalRange: ClosedRange<Int> = 1...3_660
    /// Without a county's own plan: city and town leaders each visit every 90 days.
    public static let standard = VisitPlan(intervalDays: [.city: 90, .town: 90])

    public init(intervalDays: [LeaderTier: Int]) {
        self.intervalDays = intervalDays
    }

    /// Why a plan may not be set: each tier's interval outside `intervalRange`, named by tier.
    public static func issues(_ intervals: [LeaderTier: Int]) -> [LocatedIssue] {
        LeaderTier.allCases.compactMap { tier in
            guard let days = intervals[tier], !intervalRange.contains(days) else { return nil }
            return LocatedIssue(row: nil, column: "\(tier.rawValue)_interval_days", reason: BilingualText(
                zh: "须在 \(intervalRange.lowerBound) 到 \(intervalRange.upperBound) 天之间",
                en: "must be from \(intervalRange.lowerBound) to \(intervalRange.upperBound) days"))
        }
    }

    public func interval(_ tier: LeaderTier) -> Int {
        intervalDays[tier] ?? Self.standard.intervalDays[tier] ?? 90
    }

    /// Whether a firm is overdue for a visit by a leader of `tier`: never visited, or its last
    /// visit more than the interval ago. Exactly the interval is still on time.
    public func isOverdue(lastVisit: PlanDate?, tier: LeaderTier, today: PlanDate) -> Bool {
        guard let lastVisit else { return true }
        return lastVisit.days(until: today) > interval(tier)
    }
}

/// Visit coverage (走访覆盖率): the share of linked firms visited at least once this quarter.
public enum VisitCoverage {
    /// The first day of the quarter `day` falls in.
    public static func quarterStart(of day: PlanDate) -> PlanDate {
        PlanDate(year: day.year, month: (day.month - 1) / 3 * 3 + 1, day: 1)!
    }

    /// Visited firms over linked firms, in percent; nil with no linked firm (nothing to cover).
    public static func percent(visited: Int, linked: Int) -> Double? {
        guard linked > 0 else { return nil }
        return Double(min(visited, linked)) / Double(linked) * 100
    }

    /// A firm linked to one or two leaders, as coverage counts it: by id, with its town.
    public struct LinkedFirm: Sendable, Hashable {
        public var id: String
        public var town: String?
        public var cityLeader: String?
        public var townLeader: String?

        public init(id: String, town: String?, cityLeader: String?, townLeader: String?) {
            self.id = id
            self.town = town
            self.cityLeader = cityLeader
            self.townLeader = townLeader
        }
    }

    /// Linked firms and how many of them were visited.
    public struct Count: Sendable, Hashable {
        public var visited: Int
        public var linked: Int

        public init(visited: Int = 0, linked: Int = 0) {
            self.visited = visited
            self.linked = linked
        }

        public var percent: Double? { VisitCoverage.percent(visited: visited, linked: linked) }
    }

    /// Coverage of the whole county, per leader and per town.
    public struct Tally: Sendable, Hashable {
        public var total = Count()
        public var byLeader: [String: Count] = [:]
        public var byTown: [String: Count] = [:]

        public init() {}
    }

    /// The one rule for every coverage figure (the plan KPI, the visits page, the API): a linked
    /// firm is covered when it had at least one visit, by any leader, in the period. A firm
    /// with no leader is not linked and counts nowhere; a firm with both a city and a town
    /// leader counts once in the total and once for each leader; a firm without a town counts
    /// in no town.
    public static func tally(_ firms: [LinkedFirm], visited: Set<String>) -> Tally {
        var tally = Tally()
        for firm in firms {
            let leaders = Set([firm.cityLeader, firm.townLeader].compactMap { $0 })
            guard !leaders.isEmpty else { continue }
            let covered = visited.contains(firm.id) ? 1 : 0
            tally.total.linked += 1
            tally.total.visited += covered
            for leader in leaders {
                tally.byLeader[leader, default: Count()].linked += 1
                tally.byLeader[leader, default: Count()].visited += covered
            }
            if let town = firm.town {
                tally.byTown[town, default: Count()].linked += 1
                tally.byTown[town, default: Count()].visited += covered
            }
        }
        return tally
    }
}

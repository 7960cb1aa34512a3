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

/// The span a visit plan counts visits in: calendar months, quarters, half-years or years.
public enum VisitPeriod: String, Sendable, CaseIterable, Codable {
    case month, quarter
    case halfYear = "half_year"
    case year

    public var months: Int {
        switch self {
        case .month: 1
        case .quarter: 3
        case .halfYear: 6
        case .year: 12
        }
    }

    public var label: BilingualText {
        switch self {
        case .month: BilingualText(zh: "每月", en: "a month")
        case .quarter: BilingualText(zh: "每季度", en: "a quarter")
        case .halfYear: BilingualText(zh: "每半年", en: "a half-year")
        case .year: BilingualText(zh: "每年", en: "a year")
        }
    }

    /// The first day of the period `day` falls in (periods start in January).
    public func start(of day: PlanDate) -> PlanDate {
        PlanDate(year: day.year, month: (day.month - 1) / months * months + 1, day: 1)!
    }

    /// The last day of the period `day` falls in.
    public func end(of day: PlanDate) -> PlanDate {
        PlanDate(year: day.year, month: (day.month - 1) / months * months + 1, day: 1)!.adding(months: months).adding(days: -1)
    }

    /// The first day of the period before the one `day` falls in.
    public func previousStart(of day: PlanDate) -> PlanDate {
        start(of: day).adding(months: -months)
    }
}

extension PlanDate {
    /// The day `days` days later (or earlier).
    func adding(days: Int) -> PlanDate {
        // Civil-from-days (Howard Hinnant's algorithm), the inverse of `dayNumber`.
        let z = dayNumber + days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let d = dayOfYear - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return PlanDate(year: yearOfEra + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)!
    }
}

/// One tier's share of the plan: `visits` visits to each linked firm every `period`.
public struct VisitQuota: Sendable, Hashable, Codable {
    public var visits: Int
    public var period: VisitPeriod

    public init(visits: Int, period: VisitPeriod) {
        self.visits = visits
        self.period = period
    }

    /// The quota whose rhythm is nearest a former "at most `days` days between visits" setting:
    /// for each period the whole number of visits (1 to 12) whose spacing (the period's mean
    /// length over the visits) is nearest `days`, and of those the nearest, the shorter period
    /// on a tie. 90 days becomes 1 a quarter, 30 days 1 a month, 7 days 4 a month, 180 days 1 a
    /// half-year, 365 days (or more) 1 a year, 60 days 3 a half-year.
    public init(approximatingIntervalDays days: Int) {
        let days = Double(max(1, days))
        var best = VisitQuota(visits: 1, period: .quarter), bestGap = Double.infinity
        for period in VisitPeriod.allCases {
            let length = Double(period.months) * 365.2425 / 12
            let visits = min(VisitPlan.visitsRange.upperBound, max(VisitPlan.visitsRange.lowerBound, Int((length / days).rounded())))
            let gap = abs(length / Double(visits) - days)
            if gap < bestGap - 0.5 { best = VisitQuota(visits: visits, period: period); bestGap = gap }
        }
        self = best
    }
}

/// Where one linked firm stands against its tier's quota on a day (`VisitPlan.standing`).
public struct VisitStanding: Sendable, Hashable {
    public var quota: VisitQuota
    public var periodStart: PlanDate
    public var periodEnd: PlanDate
    /// Visits from the period's first day through the day asked about.
    public var visitsThisPeriod: Int
    /// Visits due by the day asked about, pro rata: ⌊visits × days elapsed ÷ days in the period⌋,
    /// the day itself counted as elapsed (so on the period's last day the whole quota is due).
    public var dueSoFar: Int
    /// Visits in the whole previous period.
    public var visitsPreviousPeriod: Int
    /// Fewer visits this period than are due so far.
    public var isBehind: Bool
    /// Behind, or the previous period ended short of its quota and no visit has been made since:
    /// a visit is owed now. A firm never visited is overdue.
    public var isOverdue: Bool
    /// The quota's visits still to make this period.
    public var remaining: Int { max(0, quota.visits - visitsThisPeriod) }
}

/// A county's visit plan (走访计划): per leader tier, how many visits each linked firm is due in
/// a period (for example one a quarter, the county's choice), as data. `standing` is the one rule
/// that judges a firm against it, for the leader's page, the visits page and the API.
public struct VisitPlan: Sendable, Hashable {
    public var quotas: [LeaderTier: VisitQuota]

    /// Visits per period: at least one (else no plan), at most twelve (one a month is the most a
    /// year asks, and a month's twelve is already every other working day).
    public static let visitsRange: ClosedRange<Int> = 1...12
    /// Without a county's own plan: city and town leaders each visit once a quarter.
    public static let standard = VisitPlan(quotas: [.city: VisitQuota(visits: 1, period: .quarter),
                                                    .town: VisitQuota(visits: 1, period: .quarter)])

    public init(quotas: [LeaderTier: VisitQuota]) {
        self.quotas = quotas
    }

    /// Why a plan may not be set: each tier's visits outside `visitsRange` or its period not one
    /// of `VisitPeriod`, named by the tier's field. `nil` parts of a tier are left as they are.
    public static func issues(visits: [LeaderTier: Int], periods: [LeaderTier: String]) -> [LocatedIssue] {
        var issues: [LocatedIssue] = []
        for tier in LeaderTier.allCases {
            if let count = visits[tier], !visitsRange.contains(count) {
                issues.append(LocatedIssue(row: nil, column: "\(tier.rawValue)_visits", reason: BilingualText(
                    zh: "须在 \(visitsRange.lowerBound) 到 \(visitsRange.upperBound) 次之间",
                    en: "must be from \(visitsRange.lowerBound) to \(visitsRange.upperBound) visits")))
            }
            if let text = periods[tier], VisitPeriod(rawValue: text) == nil {
                issues.append(LocatedIssue(row: nil, column: "\(tier.rawValue)_period", reason: BilingualText(
                    zh: "须为 month、quarter、half_year 或 year", en: "must be month, quarter, half_year or year")))
            }
        }
        return issues
    }

    public func quota(_ tier: LeaderTier) -> VisitQuota {
        quotas[tier] ?? Self.standard.quotas[tier] ?? VisitQuota(visits: 1, period: .quarter)
    }

    /// The first day whose visits `standing` may count for `tier` on `today`: the previous
    /// period's first day (a store reads visits from there).
    public func countsFrom(_ tier: LeaderTier, today: PlanDate) -> PlanDate {
        quota(tier).period.previousStart(of: today)
    }

    /// The one rule: a firm's standing for `tier` on `today`, from the days of its visits (by any
    /// leader, as coverage counts them; days after `today` and before the previous period are
    /// ignored).
    public func standing(visitDays: [PlanDate], tier: LeaderTier, today: PlanDate) -> VisitStanding {
        let quota = quota(tier)
        let start = quota.period.start(of: today), end = quota.period.end(of: today)
        let previous = quota.period.previousStart(of: today)
        let this = visitDays.filter { $0 >= start && $0 <= today }.count
        let before = visitDays.filter { $0 >= previous && $0 < start }.count
        let elapsed = start.days(until: today) + 1, length = start.days(until: end) + 1
        let dueSoFar = quota.visits * elapsed / length
        let behind = this < dueSoFar
        let overdue = behind || (before < quota.visits && this == 0)
        return VisitStanding(quota: quota, periodStart: start, periodEnd: end, visitsThisPeriod: this, dueSoFar: dueSoFar,
                             visitsPreviousPeriod: before, isBehind: behind, isOverdue: overdue)
    }
}

/// Visit coverage (走访覆盖率): the share of linked firms visited at least once this quarter.
public enum VisitCoverage {
    /// The first day of the quarter `day` falls in.
    public static func quarterStart(of day: PlanDate) -> PlanDate {
        VisitPeriod.quarter.start(of: day)
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

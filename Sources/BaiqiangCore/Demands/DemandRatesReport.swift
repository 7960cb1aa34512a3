import Foundation

/// One demand as the three-rates report reads it: the plain columns of its row.
public struct DemandReportRow: Sendable, Hashable {
    public var submittedAt: Date
    public var handler: HandlingUnit?
    public var record: DemandRecord

    public init(submittedAt: Date, handler: HandlingUnit?, record: DemandRecord) {
        self.submittedAt = submittedAt
        self.handler = handler
        self.record = record
    }
}

/// Whose trend the report draws: the county's, or one department's or town's.
public enum DemandRatesUnit: Sendable, Hashable {
    case county
    case department(String)
    case town(String)

    func contains(_ row: DemandReportRow) -> Bool {
        switch self {
        case .county: true
        case .department(let code): row.handler == .department(code)
        case .town(let code): row.record.townCode == code
        }
    }
}

/// The figures of one group (a department, a town, the county) for a month.
public struct DemandRatesFigures: Sendable, Hashable {
    public let code: String
    public let rates: ThreeRates
    public let count: Int
    /// Overdue at the moment the report is made.
    public let overdue: Int
    /// Mean working days from submission to resolution, over resolved demands; nil without any.
    public let averageWorkingDays: Double?
    /// 1-based rank among the groups beside it, per rate; none without a figure.
    public internal(set) var ranks: [DemandRateKind: Int] = [:]

    init(code: String, rows: [DemandReportRow], calendar: WorkingDayCalendar, now: Date) {
        let days = rows.compactMap { row in
            row.record.resolvedAt.map { calendar.workingDays(after: row.submittedAt, through: $0) }
        }
        self.code = code
        rates = ThreeRates(rows.map(\.record), asOf: now)
        count = rows.count
        overdue = rows.count(where: { $0.record.isOverdue(at: now) })
        averageWorkingDays = days.isEmpty ? nil : Double(days.reduce(0, +)) / Double(days.count)
    }
}

/// One month of a trend.
public struct DemandRatesTrendPoint: Sendable, Hashable {
    public let month: DemandMonth
    public let rates: ThreeRates
}

/// 三率 report of a month (Beijing's monthly ranking of departments, and of towns here): the
/// county's figures, each department's and town's with their ranks, and twelve months of trend.
public struct DemandRatesReport: Sendable, Hashable {
    public static let trendMonths = 12

    public let month: DemandMonth
    public let county: DemandRatesFigures
    /// Ranked: by satisfaction, then resolution, then response (the order enterprises feel them),
    /// a group without a figure after those with one, then by code.
    public let departments: [DemandRatesFigures]
    public let towns: [DemandRatesFigures]
    /// The trend unit's rates for each of the twelve months ending with `month`, months without
    /// demands included (their rates have no value).
    public let trend: [DemandRatesTrendPoint]

    /// The demands the report needs: those submitted in the twelve months ending with `month`.
    public static func window(endingWith month: DemandMonth) -> (from: Date, to: Date) {
        (month.adding(1 - trendMonths).span.from, month.span.to)
    }

    public init(_ rows: [DemandReportRow], month: DemandMonth, trendOf unit: DemandRatesUnit = .county,
                calendar: WorkingDayCalendar, now: Date) {
        let inMonth = rows.filter { DemandMonth($0.submittedAt) == month }
        func figures(_ groups: [String: [DemandReportRow]]) -> [DemandRatesFigures] {
            Self.ranked(groups.map { DemandRatesFigures(code: $0.key, rows: $0.value, calendar: calendar, now: now) })
        }
        self.month = month
        county = DemandRatesFigures(code: "*", rows: inMonth, calendar: calendar, now: now)
        departments = figures(Dictionary(grouping: inMonth.filter { $0.handler?.kind == .department }) { $0.handler!.code })
        towns = figures(Dictionary(grouping: inMonth.filter { $0.record.townCode != nil }) { $0.record.townCode! })
        trend = Self.trend(rows, endingWith: month, of: unit, now: now)
    }

    /// The unit's rates for each of the twelve months ending with `month`, as of `now`.
    public static func trend(_ rows: [DemandReportRow], endingWith month: DemandMonth, of unit: DemandRatesUnit = .county,
                             now: Date) -> [DemandRatesTrendPoint] {
        let byMonth = Dictionary(grouping: rows.filter(unit.contains)) { DemandMonth($0.submittedAt) }
        return (0..<trendMonths).map { offset in
            let point = month.adding(offset + 1 - trendMonths)
            return DemandRatesTrendPoint(month: point, rates: ThreeRates((byMonth[point] ?? []).map(\.record), asOf: now))
        }
    }

    /// Ranks each rate (higher first; equal rates share a rank and the next rank is skipped) and
    /// puts the groups in table order.
    static func ranked(_ groups: [DemandRatesFigures]) -> [DemandRatesFigures] {
        var groups = groups
        for kind in DemandRateKind.allCases {
            let values = groups.compactMap { $0.rates[kind].value }
            for index in groups.indices {
                guard let value = groups[index].rates[kind].value else { continue }
                groups[index].ranks[kind] = values.count(where: { $0 > value }) + 1
            }
        }
        let order: [DemandRateKind] = [.satisfaction, .resolution, .response]
        return groups.sorted { a, b in
            for kind in order {
                let x = a.rates[kind].value ?? -1, y = b.rates[kind].value ?? -1
                if x != y { return x > y }
            }
            return a.code < b.code
        }
    }
}

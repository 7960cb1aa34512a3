import BaiqiangCore
import Fluent
import BaiqiangHTML
import Vapor

/// The leaders' figures (三率): per handling department and per town for a month, with rankings
/// and each rate's formula (from Core, defined once), the overdue count, the average handling
/// time, and twelve months of trends as server-side SVG.
struct DemandRatesController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(SiteURL.demandRates.components, use: page)
    }

    /// Which month a demand counts in: the Beijing month it was submitted.
    struct Month: Hashable, Comparable, CustomStringConvertible {
        var year: Int
        var month: Int

        init(year: Int, month: Int) { self.year = year; self.month = month }
        init(_ date: Date) { let day = ShanghaiTime.day(of: date); self.init(year: day.year, month: day.month) }

        init?(_ text: String) {
            let parts = text.split(separator: "-")
            guard parts.count == 2, let y = Int(parts[0]), let m = Int(parts[1]), (1...12).contains(m), (2000...2100).contains(y) else { return nil }
            self.init(year: y, month: m)
        }

        var first: LocalDate { LocalDate(year: year, month: month, day: 1)! }
        func adding(_ months: Int) -> Month {
            let index = year * 12 + (month - 1) + months
            return Month(year: index / 12, month: index % 12 + 1)
        }
        var description: String { String(format: "%04d-%02d", year, month) }
        static func < (a: Month, b: Month) -> Bool { (a.year, a.month) < (b.year, b.month) }
    }

    /// The figures of one group (a department, a town, the county) for a month.
    struct Row {
        var code: String
        var rates: ThreeRates
        var count: Int
        var overdue: Int
        /// Mean working days from submission to resolution, over resolved demands.
        var averageWorkingDays: Double?
    }

    struct Figures {
        var county: Row
        var departments: [Row]
        var towns: [Row]
    }

    static func figures(_ demands: [(Demand, DemandState)], calendar: WorkingDayCalendar, now: Date) -> Figures {
        func row(_ code: String, _ items: [(Demand, DemandState)]) -> Row {
            let resolved = items.compactMap { pair in pair.1.resolvedAt.map { calendar.workingDays(after: pair.1.submittedAt, through: $0) } }
            return Row(code: code, rates: ThreeRates(items.map(\.1.record), asOf: now), count: items.count,
                       overdue: items.filter { $0.1.isOverdue(at: now) }.count,
                       averageWorkingDays: resolved.isEmpty ? nil : Double(resolved.reduce(0, +)) / Double(resolved.count))
        }
        let byDepartment = Dictionary(grouping: demands.filter { $0.1.handler?.kind == .department }) { $0.1.handler!.code }
        let byTown = Dictionary(grouping: demands.filter { $0.1.townCode != nil }) { $0.1.townCode! }
        return Figures(county: row("*", demands),
                       departments: byDepartment.map { row($0.key, $0.value) }.sorted { $0.code < $1.code },
                       towns: byTown.map { row($0.key, $0.value) }.sorted { $0.code < $1.code })
    }

    /// 1-based rank of each row by a rate (higher first; equal rates share a rank); rows without
    /// a figure have no rank.
    static func ranks(_ rows: [Row], by kind: DemandRateKind) -> [String: Int] {
        let valued = rows.compactMap { row in row.rates[kind].value.map { (row.code, $0) } }
        var result: [String: Int] = [:]
        for (code, value) in valued {
            result[code] = valued.filter { $0.1 > value }.count + 1
        }
        return result
    }

    @Sendable func page(_ request: Request) async throws -> HTML {
        let principal = try request.requirePrincipal()
        let service = DemandService(db: request.db, environment: request.appEnvironment)
        let actor = try await service.actor(for: principal)
        guard principal.role == .leader || actor.isCentre else { throw Abort(.forbidden) }
        let now = request.appEnvironment.nowToTheSecond
        let month = (try? request.query.get(String.self, at: "month")).flatMap(Month.init) ?? Month(now)
        let firstMonth = month.adding(-11)
        var filter = DemandService.Filter()
        filter.from = ShanghaiTime.instant(firstMonth.first)
        filter.to = ShanghaiTime.instant(month.adding(1).first).addingTimeInterval(-1)
        let rows = try await service.all(filter, principal: principal, actor: actor)
        let pairs = try rows.map { ($0, try $0.state) }
        let calendar = try await DemandService.calendar(on: request.db)
        let byMonth = Dictionary(grouping: pairs) { Month($0.1.submittedAt) }
        let figures = Self.figures(byMonth[month] ?? [], calendar: calendar, now: now)
        let overdueNow = try await service.all({ var f = DemandService.Filter(); f.overdue = true; return f }(), principal: principal, actor: actor)

        let english = request.language == .en
        let departmentNames = Dictionary(uniqueKeysWithValues: try await Department.query(on: request.db).all().map { ($0.code, english ? $0.nameEn : $0.nameZh) })
        let townNames = Dictionary(uniqueKeysWithValues: try await Town.query(on: request.db).all().map { ($0.code, english ? $0.nameEn : $0.nameZh) })

        // Trends: the three rates for each of the twelve months, of the county or of one unit
        // (`?department=` or `?town=`, linked from the tables).
        let department = (try? request.query.get(String.self, at: "department")).flatMap { $0.isEmpty ? nil : $0 }
        let town = (try? request.query.get(String.self, at: "town")).flatMap { $0.isEmpty ? nil : $0 }
        let trendPairs = pairs.filter { pair in
            (department == nil || (pair.1.handler?.kind == .department && pair.1.handler?.code == department))
                && (town == nil || pair.1.townCode == town)
        }
        let trendByMonth = Dictionary(grouping: trendPairs) { Month($0.1.submittedAt) }
        let trendUnit = department.map { departmentNames[$0] ?? $0 } ?? town.map { townNames[$0] ?? $0 } ?? request.t("demands.county")
        let months = (0..<12).map { firstMonth.adding($0) }
        let series: [TimeSeriesChart.Series] = DemandRateKind.allCases.enumerated().map { index, kind in
            let points: [(x: Double, y: Double)] = months.compactMap { m in
                guard let value = ThreeRates((trendByMonth[m] ?? []).map(\.1.record), asOf: now)[kind].value else { return nil }
                return (Double(m.first.dayNumber), value * 100)
            }
            return TimeSeriesChart.Series(label: request.t(kind.name), style: ["s-observed", "s-target", "s-forecast"][index],
                                          stroke: .solid, showsPoints: true, points: points)
        }
        let chart = TimeSeriesChart(title: request.t("demands.trend_title", ["unit": trendUnit]), series: series,
                                    xLabel: { PlanKPIParts.monthLabel(dayNumber: $0) }, yLabel: { "\(Int($0.rounded()))%" })

        return Layout.page(request, title: request.t("demands.rates"), active: .demands,
            .div(.class("page-head"),
                 .h1(.text(request.t("demands.rates_title", ["month": month.description]))),
                 .nav(.class("page-actions"),
                      .a(.class("button"), .href(SiteURL.demandRates.path + "?month=\(month.adding(-1))"), .text(request.t("demands.previous_month"))),
                      .a(.class("button"), .href(SiteURL.demandRates.path + "?month=\(month.adding(1))"), .text(request.t("demands.next_month"))),
                      .a(.class("button"), .href(SiteURL.demands.path + "?overdue=1"), .text(request.t("demands.overdue_list"))))),
            .h2(.text(request.t("demands.formulas"))),
            .ul(.class("formulas"), .forEach(DemandRateKind.allCases) { .li(.text(request.t($0.formula))) }),
            .dl(.class("facts"),
                .dt(.text(request.t("demands.count_month"))), .dd(.text(String(figures.county.count))),
                .dt(.text(request.t("demands.overdue_now"))), .dd(.a(.href(SiteURL.demands.path + "?overdue=1"), .text(String(overdueNow.count)))),
                .dt(.text(request.t("demands.average_time"))), .dd(.text(Self.days(figures.county.averageWorkingDays, request))),
                .forEach(DemandRateKind.allCases) { kind in
                    .group(.dt(.text(request.t(kind.name))), .dd(.text(Self.rate(figures.county.rates[kind]))))
                }),
            .h2(.text(request.t("demands.by_department"))),
            table(request, figures.departments, names: departmentNames, link: { "?month=\(month)&department=\($0)" }),
            .h2(.text(request.t("demands.by_town"))),
            table(request, figures.towns, names: townNames, link: { "?month=\(month)&town=\($0)" }),
            .h2(.text(request.t("demands.trend_title", ["unit": trendUnit]))),
            .div(.class("chart-box"), chart.svg(),
                 .ul(.class("legend"), .forEach(series) { s in .li(.span(.class("swatch \(s.style) solid")), .text(s.label)) }))
        )
    }

    func table(_ request: Request, _ rows: [Row], names: [String: String], link: (String) -> String) -> Node {
        guard !rows.isEmpty else { return .p(.class("muted"), .text(request.t("demands.none"))) }
        let ranks = Dictionary(uniqueKeysWithValues: DemandRateKind.allCases.map { ($0, Self.ranks(rows, by: $0)) })
        // Ranked by satisfaction, then resolution, then response: the order enterprises feel them.
        let ordered = rows.sorted { a, b in
            let keys: [DemandRateKind] = [.satisfaction, .resolution, .response]
            for kind in keys {
                let x = a.rates[kind].value ?? -1, y = b.rates[kind].value ?? -1
                if x != y { return x > y }
            }
            return a.code < b.code
        }
        return .table(.class("data rates"),
            .thead(.tr(.th(.text(request.t("demands.unit"))), .th(.text(request.t("demands.count"))),
                       .forEach(DemandRateKind.allCases) { .th(.text(request.t($0.name))) },
                       .th(.text(request.t("demands.overdue"))), .th(.text(request.t("demands.average_time"))))),
            .tbody(.forEach(ordered) { row in
                .tr(.td(.a(.href(SiteURL.demandRates.path + link(row.code)), .text(names[row.code].map { "\($0) (\(row.code))" } ?? row.code))),
                    .td(.class("num"), .text(String(row.count))),
                    .forEach(DemandRateKind.allCases) { kind in
                        .td(.class("num"), .text(Self.rate(row.rates[kind]) + (ranks[kind]?[row.code].map { " · #\($0)" } ?? "")))
                    },
                    .td(.class("num"), .text(String(row.overdue))),
                    .td(.class("num"), .text(Self.days(row.averageWorkingDays, request))))
            }))
    }

    /// "90.0% (18/20)", or "—" when nothing was counted.
    static func rate(_ rate: DemandRate) -> String {
        guard let value = rate.value else { return "—" }
        return String(format: "%.1f%% (%d/%d)", value * 100, rate.numerator, rate.denominator)
    }

    static func days(_ value: Double?, _ request: Request) -> String {
        value.map { request.t("demands.working_days", ["n": String(format: "%.1f", $0)]) } ?? "—"
    }
}

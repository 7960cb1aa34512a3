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

    @Sendable func page(_ request: Request) async throws -> HTML {
        let principal = try request.requirePrincipal()
        let service = DemandStore(db: request.db, environment: request.appEnvironment, county: request.countyCode)
        let actor = try await service.actor(for: principal)
        try Permissions(actor).require(.seeDemandRates)
        let now = request.appEnvironment.nowToTheSecond
        let month = (try? request.query.get(String.self, at: "month")).flatMap(DemandMonth.init) ?? DemandMonth(now)
        // Trends: the three rates for each of the twelve months, of the county or of one unit
        // (`?department=` or `?town=`, linked from the tables).
        let department = (try? request.query.get(String.self, at: "department")).flatMap { $0.isEmpty ? nil : $0 }
        let town = (try? request.query.get(String.self, at: "town")).flatMap { $0.isEmpty ? nil : $0 }
        let unit = department.map(DemandRatesUnit.department) ?? town.map(DemandRatesUnit.town) ?? .county
        let rows = try await service.reportRows(submittedIn: DemandRatesReport.window(endingWith: month), principal: principal, actor: actor)
        let calendar = try await CalendarStore.calendar(on: request.db)
        let report = DemandRatesReport(rows, month: month, trendOf: unit, calendar: calendar, now: now)
        let overdueQuery = service.query(for: principal, actor: actor)
        service.apply({ var f = DemandStore.Filter(); f.overdue = true; return f }(), to: overdueQuery, now: now)
        let overdueNow = try await overdueQuery.count()

        let english = request.language == .en
        let departmentNames = Dictionary(uniqueKeysWithValues: try await service.departments().map { ($0.code, english ? $0.nameEn : $0.nameZh) })
        let townNames = Dictionary(uniqueKeysWithValues: try await service.towns().map { ($0.code, english ? $0.nameEn : $0.nameZh) })

        let trendUnit = department.map { departmentNames[$0] ?? $0 } ?? town.map { townNames[$0] ?? $0 } ?? request.t("demands.county")
        let series: [TimeSeriesChart.Series] = DemandRateKind.allCases.enumerated().map { index, kind in
            let points: [(x: Double, y: Double)] = report.trend.compactMap { point in
                guard let value = point.rates[kind].value else { return nil }
                return (Double(point.month.first.dayNumber), value * 100)
            }
            return TimeSeriesChart.Series(label: request.t(kind.name), style: ["s-observed", "s-target", "s-forecast"][index],
                                          stroke: .solid, showsPoints: true, points: points)
        }
        let chart = TimeSeriesChart(title: request.t("demands.trend_title", ["unit": trendUnit]), series: series,
                                    xLabel: { AxisLabels.month(dayNumber: $0) }, yLabel: { "\(Int($0.rounded()))%" })

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
                .dt(.text(request.t("demands.count_month"))), .dd(.text(String(report.county.count))),
                .dt(.text(request.t("demands.overdue_now"))), .dd(.a(.href(SiteURL.demands.path + "?overdue=1"), .text(String(overdueNow)))),
                .dt(.text(request.t("demands.average_time"))), .dd(.text(Self.days(report.county.averageWorkingDays, request))),
                .forEach(DemandRateKind.allCases) { kind in
                    .group(.dt(.text(request.t(kind.name))), .dd(.text(Self.rate(report.county.rates[kind]))))
                }),
            .h2(.text(request.t("demands.by_department"))),
            table(request, report.departments, names: departmentNames, link: { "?month=\(month)&department=\($0)" }),
            .h2(.text(request.t("demands.by_town"))),
            table(request, report.towns, names: townNames, link: { "?month=\(month)&town=\($0)" }),
            .h2(.text(request.t("demands.trend_title", ["unit": trendUnit]))),
            .div(.class("chart-box"), chart.svg(),
                 .ul(.class("legend"), .forEach(series) { s in .li(.span(.class("swatch \(s.style) solid")), .text(s.label)) }))
        )
    }

    /// The groups in the report's order, each rate with its rank.
    func table(_ request: Request, _ rows: [DemandRatesFigures], names: [String: String], link: (String) -> String) -> Node {
        guard !rows.isEmpty else { return .p(.class("muted"), .text(request.t("demands.none"))) }
        return .table(.class("data rates"),
            .thead(.tr(.th(.text(request.t("demands.unit"))), .th(.text(request.t("demands.count"))),
                       .forEach(DemandRateKind.allCases) { .th(.text(request.t($0.name))) },
                       .th(.text(request.t("demands.overdue"))), .th(.text(request.t("demands.average_time"))))),
            .tbody(.forEach(rows) { row in
                .tr(.td(.a(.href(SiteURL.demandRates.path + link(row.code)), .text(names[row.code].map { "\($0) (\(row.code))" } ?? row.code))),
                    .td(.class("num"), .text(String(row.count))),
                    .forEach(DemandRateKind.allCases) { kind in
                        .td(.class("num"), .text(Self.rate(row.rates[kind]) + (row.ranks[kind].map { " · #\($0)" } ?? "")))
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

import BaiqiangCore
import Foundation
import BaiqiangHTML

extension DemandRatesPage {
    static func view(_ model: Model, _ context: PageContext) -> HTML {
        let month = model.month
        let report = model.report
        let english = context.language == .en
        let departmentNames = Dictionary(uniqueKeysWithValues: model.departments.map { ($0.code, english ? $0.nameEn : $0.nameZh) })
        let townNames = Dictionary(uniqueKeysWithValues: model.towns.map { ($0.code, english ? $0.nameEn : $0.nameZh) })
        let trendUnit = model.trendDepartment.map { departmentNames[$0] ?? $0 } ?? model.trendTown.map { townNames[$0] ?? $0 }
            ?? context.t("demands.county")
        let series: [TimeSeriesChart.Series] = DemandRateKind.allCases.enumerated().map { index, kind in
            let points: [(x: Double, y: Double)] = report.trend.compactMap { point in
                guard let value = point.rates[kind].value else { return nil }
                return (Double(point.month.first.dayNumber), value * 100)
            }
            return TimeSeriesChart.Series(label: context.t(kind.name), style: ["s-observed", "s-target", "s-forecast"][index],
                                          stroke: .solid, showsPoints: true, points: points)
        }
        let chart = TimeSeriesChart(title: context.t("demands.trend_title", ["unit": trendUnit]), series: series,
                                    xLabel: { AxisLabels.month(dayNumber: $0) }, yLabel: { "\(Int($0.rounded()))%" })

        return Layout.page(context, title: context.t("demands.rates"), active: .demands,
            .div(.class("page-head"),
                 .h1(.text(context.t("demands.rates_title", ["month": month.description]))),
                 .nav(.class("page-actions"),
                      .a(.class("button"), .href(SiteURL.demandRates.path + "?month=\(month.adding(-1))"), .text(context.t("demands.previous_month"))),
                      .a(.class("button"), .href(SiteURL.demandRates.path + "?month=\(month.adding(1))"), .text(context.t("demands.next_month"))),
                      .a(.class("button"), .href(SiteURL.demands.path + "?overdue=1"), .text(context.t("demands.overdue_list"))))),
            .h2(.text(context.t("demands.formulas"))),
            .ul(.class("formulas"), .forEach(DemandRateKind.allCases) { .li(.text(context.t($0.formula))) }),
            .dl(.class("facts"),
                .dt(.text(context.t("demands.count_month"))), .dd(.text(String(report.county.count))),
                .dt(.text(context.t("demands.overdue_now"))), .dd(.a(.href(SiteURL.demands.path + "?overdue=1"), .text(String(model.overdueNow)))),
                .dt(.text(context.t("demands.average_time"))), .dd(.text(days(report.county.averageWorkingDays, context))),
                .forEach(DemandRateKind.allCases) { kind in
                    .group(.dt(.text(context.t(kind.name))), .dd(.text(rate(report.county.rates[kind]))))
                }),
            .h2(.text(context.t("demands.by_department"))),
            table(report.departments, names: departmentNames, link: { "?month=\(month)&department=\($0)" }, context),
            .h2(.text(context.t("demands.by_town"))),
            table(report.towns, names: townNames, link: { "?month=\(month)&town=\($0)" }, context),
            .h2(.text(context.t("demands.trend_title", ["unit": trendUnit]))),
            .div(.class("chart-box"), chart.svg(),
                 .ul(.class("legend"), .forEach(series) { s in .li(.span(.class("swatch \(s.style) solid")), .text(s.label)) }))
        )
    }

    /// The groups in the report's order, each rate with its rank.
    static func table(_ rows: [DemandRatesFigures], names: [String: String], link: (String) -> String, _ context: PageContext) -> Node {
        guard !rows.isEmpty else { return .p(.class("muted"), .text(context.t("demands.none"))) }
        return .table(.class("data rates"),
            .thead(.tr(.th(.text(context.t("demands.unit"))), .th(.text(context.t("demands.count"))),
                       .forEach(DemandRateKind.allCases) { .th(.text(context.t($0.name))) },
                       .th(.text(context.t("demands.overdue"))), .th(.text(context.t("demands.average_time"))))),
            .tbody(.forEach(rows) { row in
                .tr(.td(.a(.href(SiteURL.demandRates.path + link(row.code)), .text(names[row.code].map { "\($0) (\(row.code))" } ?? row.code))),
                    .td(.class("num"), .text(String(row.count))),
                    .forEach(DemandRateKind.allCases) { kind in
                        .td(.class("num"), .text(rate(row.rates[kind]) + (row.ranks[kind].map { " · #\($0)" } ?? "")))
                    },
                    .td(.class("num"), .text(String(row.overdue))),
                    .td(.class("num"), .text(days(row.averageWorkingDays, context))))
            }))
    }

    /// "90.0% (18/20)", or "—" when nothing was counted.
    static func rate(_ rate: DemandRate) -> String {
        guard let value = rate.value else { return "—" }
        return String(format: "%.1f%% (%d/%d)", value * 100, rate.numerator, rate.denominator)
    }

    static func days(_ value: Double?, _ context: PageContext) -> String {
        value.map { context.t("demands.working_days", ["n": String(format: "%.1f", $0)]) } ?? "—"
    }
}

import BaiqiangCore
import BaiqiangHTML

extension CountyUnitPage {
    /// The unit's place in the prefecture over time, by value and by growth, first place at the
    /// top; drawn once there are two periods to join.
    static func rankChart(_ section: Section, _ context: PageContext) -> Node {
        let ordered = section.lines.sorted { $0.figure.period < $1.figure.period }
        func x(_ period: StatisticalPeriod) -> Double { Double(period.year) + Double(period.throughMonth) / 12 - 1.0 / 12 }
        let byValue = ordered.compactMap { line in line.valueRank.map { (x: x(line.figure.period), y: -Double($0.rank)) } }
        let byGrowth = ordered.compactMap { line in line.growthRank.map { (x: x(line.figure.period), y: -Double($0.rank)) } }
        guard byValue.count >= 2 || byGrowth.count >= 2 else { return .text("") }
        let chart = TimeSeriesChart(
            title: context.t("counties.rank_history"),
            series: [TimeSeriesChart.Series(label: context.t("counties.rank_by_value"), style: "s-observed", stroke: .solid,
                                            showsPoints: true, points: byValue),
                     TimeSeriesChart.Series(label: context.t("counties.rank_by_growth"), style: "s-forecast", stroke: .dashed,
                                            showsPoints: true, points: byGrowth)],
            height: 200,
            xLabel: { String(Int($0.rounded(.down))) }, yLabel: { String(Int(-$0.rounded())) },
            xTicks: Array(Set(ordered.map { Double($0.figure.period.year) + 11.0 / 12 })).sorted())
        // A rank among generated figures is generated too: the chart says so.
        let demo = section.lines.contains { $0.figure.isDemo }
        return .group(.h3(.text(context.t("counties.rank_history")),
                          .if(demo, .span(.class("badge badge-demo"), .text(context.t("common.demo"))))), chart.svg())
    }

    static func view(_ model: Model, _ context: PageContext) -> HTML {
        let name = context.t(model.unit.name)
        return Layout.page(context, title: name, active: .counties,
            .p(.a(.href(SiteURL.counties.path), .text("← " + context.t("nav.counties")))),
            .h1(.text(name), .span(.class("muted"), .text(" \(model.unit.code)"))),
            .if(model.sections.isEmpty, Layout.notice("info", context.t("counties.unit_no_figures"))),
            .if(model.sections.contains { $0.lines.contains { $0.figure.isDemo } }, Layout.notice("info", context.t("prefecture.demo_figures"))),
            .forEach(model.sections) { section in
                .section(
                    .h2(.text(CountiesText.heading(section.indicator, context))),
                    .table(.class("data"),
                        .thead(.tr(.th(.text(context.t("counties.period"))), .th(.class("num"), .text(context.t("counties.value"))),
                                   .th(.class("num"), .text(context.t("counties.rank_by_value"))),
                                   .th(.class("num"), .text(context.t("counties.growth"))),
                                   .th(.class("num"), .text(context.t("counties.rank_by_growth"))),
                                   .th(.text(context.t("counties.source"))))),
                        .tbody(.forEach(section.lines) { line in
                            .tr(.td(.text(context.t(line.figure.period.label)),
                                    .if(line.figure.correctionReason != nil,
                                        .span(.class("badge"), .text(context.t("counties.corrected"))))),
                                .td(.class("num"), .text(CountiesText.value(line.figure.value, section.indicator, context)), CountiesText.demo(line.figure, context)),
                                .td(.class("num"), .text(CountiesText.rank(line.valueRank, context))),
                                .td(.class("num"), .text(CountiesText.growth(line.figure.growthPercent))),
                                .td(.class("num"), .text(CountiesText.rank(line.growthRank, context))),
                                .td(line.figure.isDemo ? .text("") : CountiesText.citation(line.figure.citation, context)))
                        })),
                    rankChart(section, context))
            },
            .if(!model.retired.isEmpty, .section(
                .h2(.text(context.t("counties.retired"))),
                .table(.class("data"),
                    .thead(.tr(.th(.text(context.t("counties.indicator"))), .th(.text(context.t("counties.period"))),
                               .th(.class("num"), .text(context.t("counties.value"))),
                               .th(.class("num"), .text(context.t("counties.growth"))),
                               .th(.text(context.t("counties.recorded"))))),
                    .tbody(.forEach(model.retired) { retired in
                        .tr(.td(.text(context.t(retired.figure.indicator.name))), .td(.text(context.t(retired.figure.period.label))),
                            .td(.class("num"), .text(CountiesText.quantity(retired.figure.value, retired.figure.indicator, context))),
                            .td(.class("num"), .text(CountiesText.growth(retired.figure.growthPercent))),
                            .td(.text("\(retired.recordedBy) · \(ShanghaiDay.display(retired.recordedAt))")))
                    })))))
    }
}

import BaiqiangCore
import BaiqiangHTML

extension CountiesReadinessPage {
    static func view(_ model: Model, _ context: PageContext) -> HTML {
        let title = context.t("counties.readiness")
        return Layout.page(context, title: title, active: .counties,
            .p(.a(.href(SiteURL.counties.path), .text("← " + context.t("nav.counties")))),
            .h1(.text(title), .unwrap(model.unit, { .span(.class("muted"), .text(" · " + context.t($0.name))) })),
            .p(.class("muted"), .text(context.t("counties.readiness_intro", ["year": String(model.targetYear)]))),
            .forEach(model.lines) { line in
                .section(
                    .h2(.text("\(context.t(line.threshold.indicator.name)) ≥ \(NumberText.number(line.threshold.value)) \(context.t(line.threshold.indicator.unit))")),
                    .p(.class("muted"), .text(context.t(line.threshold.name) + " · "), CountiesText.citation(line.threshold.citation, context)),
                    .unwrap(line.latest, { latest in
                        .group(
                            .dl(.class("facts"),
                                .dt(.text(context.t("counties.latest"))),
                                .dd(.text("\(CountiesText.value(latest.value)) (\(context.t(latest.period.label)))  "),
                                    CountiesText.citation(latest.citation, context)),
                                .dt(.text(context.t("counties.shortfall"))),
                                .dd(.text(line.gap.map { $0.isReached ? context.t("counties.reached") : NumberText.number($0.shortfall) } ?? "—")),
                                .dt(.text(context.t("counties.needed_growth", ["year": String(model.targetYear)]))),
                                .dd(.text(line.gap?.neededGrowthPercent.map { NumberText.number($0) + "%" } ?? "—"))),
                            chart(line, context))
                    }, else: Layout.notice("info", context.t("counties.readiness_no_figure"))))
            })
    }

    /// The history and the needed path to the line, by year.
    static func chart(_ line: Line, _ context: PageContext) -> Node {
        func x(_ year: Int) -> Double { Double(year) }
        var series = [TimeSeriesChart.Series(label: context.t("counties.history"), style: "s-observed", stroke: .solid, showsPoints: true,
                                             points: line.history.map { (x: x($0.year), y: $0.value) })]
        if let gap = line.gap, !gap.path.isEmpty {
            series.append(TimeSeriesChart.Series(label: context.t("counties.needed_path"), style: "s-forecast", stroke: .dashed,
                                                 showsPoints: false, points: gap.path.map { (x: x($0.year), y: $0.value) }))
        }
        let years = Set(series.flatMap { $0.points.map(\.x) }).sorted()
        let chart = TimeSeriesChart(title: context.t(line.threshold.indicator.name), series: series,
                                    references: [TimeSeriesChart.ReferenceLine(label: context.t(line.threshold.name), style: "s-target",
                                                                               value: line.threshold.value)],
                                    xLabel: { String(Int($0.rounded())) }, yLabel: { NumberText.number($0) }, xTicks: years)
        return chart.svg()
    }
}

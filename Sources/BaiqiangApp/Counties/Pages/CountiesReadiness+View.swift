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
            },
            references(model, context))
    }

    /// The reference counties beside the lines: their published figures with sources, blank and
    /// said so where none is at hand.
    static func references(_ model: Model, _ context: PageContext) -> Node {
        .section(
            .h2(.text(context.t("prefecture.references"))),
            .table(.class("data"),
                .thead(.tr(.th(.text(context.t("counties.unit"))), .th(.text(context.t("prefecture.membership"))),
                           .forEach(model.lines) { .th(.class("num"), .text(context.t($0.threshold.indicator.name))) })),
                .tbody(.forEach(model.references) { county in
                    .tr(.td(.text(context.t(county.name))),
                        .td(.text(context.t(county.membership) + " · "), CountiesText.citation(county.membershipCitation, context)),
                        .forEach(model.lines) { line in
                            .td(.class("num"), .unwrap(county.latest(line.threshold.indicator), { figure in
                                .group(.text("\(CountiesText.value(figure.value)) (\(context.t(figure.period.label))) "),
                                       CountiesText.citation(figure.citation, context))
                            }, else: .text("—")))
                        })
                })),
            .if(model.references.contains { $0.figures.isEmpty },
                .p(.class("muted"), .text(context.t("prefecture.references_no_figures", [
                    "names": model.references.filter { $0.figures.isEmpty }.map { context.t($0.name) }.joined(separator: "、")])))))
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

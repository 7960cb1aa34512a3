import BaiqiangCore
import BaiqiangHTML

extension CountiesReadinessPage {
    static func view(_ model: Model, _ context: PageContext) -> HTML {
        let title = context.t("counties.readiness")
        return Layout.page(context, title: title, active: .counties,
            .p(.a(.href(SiteURL.counties.path), .text("← " + context.t("nav.counties")))),
            .div(.class("page-head"),
                 .h1(.text(title), .unwrap(model.unit, { .span(.class("muted"), .text(" · " + context.t($0.name))) })),
                 .if(model.canManage, .nav(.class("page-actions"),
                     .a(.class("button"), .href(SiteURL.countiesReferences.path), .text(context.t("references.manage")))))),
            .p(.class("muted"), .text(context.t("counties.readiness_intro", ["year": String(model.targetYear)]))),
            yearForm(model, context),
            .forEach(model.lines) { line in
                .section(
                    .h2(.text(CountiesText.heading(line.indicator, context))),
                    .unwrap(line.latest, { latest in
                        .dl(.class("facts"),
                            .dt(.text(context.t("counties.latest"))),
                            .dd(.text("\(CountiesText.quantity(latest.value, line.indicator, context)) (\(context.t(latest.period.label)))  "),
                                CountiesText.citation(latest.citation, context)))
                    }, else: Layout.notice("info", context.t("counties.readiness_no_figure"))),
                    targets(line, model, context),
                    .if(line.latest != nil, chart(line, context)))
            },
            references(model, context))
    }

    /// The year the gaps are to be closed by.
    static func yearForm(_ model: Model, _ context: PageContext) -> Node {
        .form(.method(.get), .action(SiteURL.countiesReadiness.path), .class("filters"),
              .label(.text(context.t("references.target_year")),
                     .input(.type(.number), .name("year"), .value(String(model.targetYear)),
                            .attribute(named: "min", value: String(ReadinessThreshold.targetYears.lowerBound)),
                            .attribute(named: "max", value: String(ReadinessThreshold.targetYears.upperBound)))),
              .button(.type(.submit), .text(context.t("common.filter"))))
    }

    /// Every line of the indicator: its size and source, the gap today and the growth needed.
    static func targets(_ line: Line, _ model: Model, _ context: PageContext) -> Node {
        .table(.class("data"),
            .thead(.tr(.th(.text(context.t("references.target"))), .th(.class("num"), .text(context.t("counties.value"))),
                       .th(.class("num"), .text(context.t("counties.shortfall"))),
                       .th(.class("num"), .text(context.t("counties.needed_growth", ["year": String(model.targetYear)]))),
                       .th(.text(context.t("counties.source"))))),
            .tbody(.forEach(line.targets) { target in
                .tr(.td(.text(context.t(target.name))),
                    .td(.class("num"), .text(CountiesText.value(target.value, line.indicator, context) + (target.year.map { " (\($0))" } ?? ""))),
                    .td(.class("num"), .text(target.gap.map {
                        $0.isReached ? context.t("counties.reached") : CountiesText.value($0.shortfall, line.indicator, context)
                    } ?? "—")),
                    .td(.class("num"), .text(target.gap?.neededGrowthPercent.map { NumberText.number($0) + "%" } ?? "—")),
                    .td(CountiesText.citation(target.citation, context)))
            }))
    }

    /// The reference counties on the county's list: their membership and latest figures with
    /// sources, blank and said so where none is recorded.
    static func references(_ model: Model, _ context: PageContext) -> Node {
        let indicators = model.lines.map(\.indicator)
        return .section(
            .h2(.text(context.t("prefecture.references"))),
            .if(model.references.isEmpty, .p(.class("muted"), .text(context.t("references.none")))),
            .if(!model.references.isEmpty, .table(.class("data"),
                .thead(.tr(.th(.text(context.t("counties.unit"))), .th(.text(context.t("prefecture.membership"))),
                           .forEach(indicators) { .th(.class("num"), .text(context.t($0.name))) })),
                .tbody(.forEach(model.references) { county in
                    .tr(.td(.text(context.t(county.name) + " · " + county.province)),
                        .td(.text(context.t(county.membership)),
                            .unwrap(county.membershipCitation, { .group(.text(" · "), CountiesText.citation($0, context)) })),
                        .forEach(indicators) { indicator in
                            .td(.class("num"), .unwrap(county.latest(indicator), { figure in
                                .group(.text("\(CountiesText.quantity(figure.value, indicator, context)) (\(context.t(figure.period.label))) "),
                                       CountiesText.citation(figure.citation, context))
                            }, else: .text("—")))
                        })
                }))),
            .if(model.references.contains { $0.figures.isEmpty },
                .p(.class("muted"), .text(context.t("prefecture.references_no_figures", [
                    "names": model.references.filter { $0.figures.isEmpty }.map { context.t($0.name) }.joined(separator: "、")])))))
    }

    /// The history, the needed path to the highest line not yet reached, and every line.
    static func chart(_ line: Line, _ context: PageContext) -> Node {
        func x(_ year: Int) -> Double { Double(year) }
        var series = [TimeSeriesChart.Series(label: context.t("counties.history"), style: "s-observed", stroke: .solid, showsPoints: true,
                                             points: line.history.map { (x: x($0.year), y: $0.value) })]
        if let gap = line.steepest?.gap, !gap.path.isEmpty {
            series.append(TimeSeriesChart.Series(label: context.t("counties.needed_path"), style: "s-forecast", stroke: .dashed,
                                                 showsPoints: false, points: gap.path.map { (x: x($0.year), y: $0.value) }))
        }
        let years = Set(series.flatMap { $0.points.map(\.x) }).sorted()
        let references = line.targets.map { target in
            TimeSeriesChart.ReferenceLine(label: context.t(target.name), style: "s-target", value: target.value)
        }
        let chart = TimeSeriesChart(title: context.t(line.indicator.name), series: series, references: references,
                                    xLabel: { String(Int($0.rounded())) },
                                    yLabel: { RegionalFigureText.number($0, line.indicator, context.language) }, xTicks: years)
        return chart.svg()
    }
}

import BaiqiangCore
import Foundation
import BaiqiangHTML

/// The pieces every plan view is made of — light, progress bar, KPI card, tree — so the
/// cockpit, the public page, the big screen and the report show the same thing the same way.
struct PlanComponents {
    let context: PageContext
    let snapshot: PlanSnapshot
    /// Links point at the public pages rather than the signed-in ones.
    var isPublic = false

    var language: BaiqiangCore.Language { context.language }

    func text(_ value: BilingualText) -> String { value.text(for: language) }

    /// "1,333.3 公顷", "5.61 billion yuan", "1 firm": as the page's language says it.
    func quantity(_ value: Double, unit: String) -> String {
        QuantityText.text(value, unit: unit, language: language)
    }

    func light(_ light: PlanLight) -> Node {
        .span(.class("light light-\(light.rawValue)"), .text(text(light.label)))
    }

    /// A bar filled to the progress, with a tick at the time-elapsed schedule (序时进度).
    func progressBar(progress: Double?, schedule: Double?, light: PlanLight) -> Node {
        .div(.class("progress"),
             .attribute(named: "role", value: "img"),
             .attribute(named: "aria-label", value: context.t("plan.progress_aria", [
                "progress": progress.map(NumberText.percent) ?? "—", "schedule": schedule.map(NumberText.percent) ?? "—"])),
             // Drawn as SVG: its geometry is markup, so no inline style is needed (the CSP forbids them).
             .svg(.attribute(named: "viewBox", value: "0 0 1000 10"),
                  .attribute(named: "preserveAspectRatio", value: "none"),
                  .attribute(named: "aria-hidden", value: "true"),
                  .unwrap(progress) { .rect(.class("progress-fill light-fill-\(light.rawValue)"),
                                            .attribute(named: "width", value: Self.permille($0)), .attribute(named: "height", value: "10")) },
                  .unwrap(schedule) { .rect(.class("progress-schedule"), .attribute(named: "x", value: Self.permille($0, tickWidth: 4)),
                                            .attribute(named: "width", value: "4"), .attribute(named: "height", value: "10")) }))
    }

    /// A share as a position on the bar's 0…1000 axis; a tick of some width stays inside the bar.
    private static func permille(_ share: Double, tickWidth: Int = 0) -> String {
        String(min(Int((min(max(share, 0), 1) * 1000).rounded()), 1000 - tickWidth))
    }

    func kpiLink(_ code: String) -> String {
        snapshot.path(isPublic ? SiteURL.publicKPI(code: code) : SiteURL.planKPI(code: code))
    }

    /// The card of one KPI: value, target, deadline, progress against schedule, light, forecast.
    /// A target's card, drawn once per snapshot, language and kind of page (its links differ).
    func card(_ row: KPIRow) -> Node {
        snapshot.drawn.part("card|\(row.kpi.code)|\(language.rawValue)|\(isPublic ? "public" : "inside")") { drawCard(row) }
    }

    private func drawCard(_ row: KPIRow) -> Node {
        if let review = snapshot.review?.kpis[row.kpi.code] { return PlanReviewParts.card(self, row: row, review: review) }
        let kpi = row.kpi, evaluation = row.evaluation
        let light = evaluation?.light ?? .grey
        return .article(
            .class("kpi-card light-border-\(light.rawValue)"),
            .div(.class("kpi-head"),
                 .a(.href(kpiLink(kpi.code)), .class("kpi-name"), .text(text(kpi.name))),
                 .if(!row.isMonitoring, self.light(light))),
            .div(.class("kpi-value"), valueNode(row)),
            sideBySide(row),
            .unwrap(kpi.target) { target in
                .div(.class("kpi-target"), .text(context.t("plan.target_by", [
                    "target": (target.strict ? context.t("plan.more_than") : "") + quantity(target.value, unit: kpi.unit),
                    "deadline": target.deadline?.description ?? "—"])))
            },
            .if(!row.isMonitoring, progressBar(progress: evaluation?.progress?.clamped, schedule: evaluation?.schedule, light: light)),
            .if(!row.isMonitoring, .div(.class("kpi-meta"),
                .span(.text(context.t("plan.progress") + " " + (evaluation?.progress.map { NumberText.percent($0.clamped) } ?? "—"))),
                .span(.text(context.t("plan.schedule") + " " + (evaluation?.schedule.map(NumberText.percent) ?? "—"))),
                .span(.text(context.t("plan.forecast") + " " + forecastText(row))))),
            .if(row.isMonitoring, .div(.class("kpi-meta"), .span(.text(context.t("plan.monitoring")))))
        )
    }

    func valueNode(_ row: KPIRow) -> Node {
        switch row.evaluation?.state {
        case .awaitingData?:
            return .span(.class("awaiting"), .text(context.t("plan.awaiting_data")))
        case .noData?, nil:
            return .span(.class("awaiting"), .text(context.t("plan.no_data")))
        case .evaluated?:
            guard let latest = row.evaluation?.latest else { return .span(.class("awaiting"), .text(context.t("plan.no_data"))) }
            return .group(.span(.class("number"), .text(quantity(latest.value, unit: row.kpi.unit))),
                          .span(.class("as-of"), .text(context.t("plan.as_of", ["date": latest.date.description]))),
                          provenanceBadge(latest.provenance))
        }
    }

    /// A KPI with both official reported figures and computed ones shows both, saying which one
    /// sets the light: the reported 800 ha beside what the disposals give.
    func sideBySide(_ row: KPIRow) -> Node {
        guard let figures = row.figures, figures.hasBoth else { return .empty }
        func line(_ key: String, _ figure: KPIObservation?, drives: Bool) -> Node {
            .unwrap(figure) { figure in
                .div(.class("kpi-figure"),
                     .text(context.t(key, ["value": quantity(figure.value, unit: row.kpi.unit), "date": figure.date.description])),
                     provenanceBadge(figure.provenance),
                     .if(drives, .span(.class("muted"), .text(" " + context.t("plan.sets_light")))))
            }
        }
        return .div(.class("kpi-figures"),
                    line("plan.reported_figure", figures.reported, drives: figures.lightFrom == .reported),
                    line("plan.computed_figure", figures.computed, drives: figures.lightFrom == .computed))
    }

    /// 演示数据 or 含演示数据 beside a figure that rests on demo records; nothing beside a fact.
    func provenanceBadge(_ provenance: DataProvenance) -> Node {
        .unwrap(provenance.label) { .span(.class("badge badge-demo"), .text(text($0))) }
    }

    func forecastText(_ row: KPIRow) -> String {
        switch row.evaluation?.forecast {
        case .projected(let value, let at, _)?:
            return context.t("plan.forecast_value", ["value": quantity(value, unit: row.kpi.unit), "date": at.description])
        default:
            return context.t("plan.insufficient_data")
        }
    }

    /// The plan as a tree with progress rolled up at every level.
    func tree() -> Node {
        .ol(.class("plan-tree"),
            .forEach(snapshot.document.areas) { area in
                .li(rollUpLine(area.name, snapshot.evaluation.areas[area.code], level: "area"),
                    .ol(.forEach(area.lines) { line in
                        .li(rollUpLine(line.name, snapshot.evaluation.lines[line.code], level: "line"),
                            .ul(.forEach(line.items) { item in
                                .li(rollUpLine(item.name, snapshot.evaluation.items[item.code], level: "item",
                                               owner: snapshot.departmentName(item.owner)),
                                    .if(!item.kpis.isEmpty, .ul(.class("tree-kpis"), .forEach(item.kpis) { kpi in
                                        .li(.a(.href(kpiLink(kpi.code)), .text(text(kpi.name))))
                                    })))
                            }))
                    }))
            })
    }

    func rollUpLine(_ name: BilingualText, _ rollUp: PlanRollUp?, level: String, owner: BilingualText? = nil) -> Node {
        .div(.class("tree-row tree-\(level)"),
             .span(.class("tree-name"), .text(text(name))),
             .unwrap(owner) { .span(.class("tree-owner"), .text(text($0))) },
             .unwrap(rollUp?.displayProgress) { progress in
                 // An ended plan shows how far it got, with no schedule to measure it against.
                 .group(progressBar(progress: progress, schedule: snapshot.review == nil ? rollUp?.schedule : nil,
                                    light: rollUp?.light ?? .grey),
                        .span(.class("tree-percent"), .text(NumberText.percent(progress))))
             })
    }
}

import BaiqiangCore
import Foundation
import BaiqiangHTML
import Vapor

/// A firm's page: identity, contacts, linked leaders, designations, ladder and listing stages,
/// yearly figures as a table and charts, monthly figures as a chart, and the links to the other
/// capabilities' records of the firm.
struct EnterpriseProfileView {
    let ui: EnterpriseUI
    let firm: Enterprise
    let figures: EnterpriseFiguresView
    let designations: [EnterpriseDesignation]
    /// The firm's results in the evaluation runs, newest first.
    let evaluations: [(EvaluationRun, EvaluationResultRecord)]

    var request: Request { ui.request }

    var node: Node {
        .group(
            .p(.a(.href(SiteURL.enterprises.path), .text("← " + request.t("nav.enterprises")))),
            .div(.class("page-head"),
                 .h1(.text(firm.name), .if(firm.isDemo, .span(.class("badge badge-demo"), .text(request.t("common.demo"))))),
                 .if(request.principal?.permissions.allows(.editEnterprise) == true,
                     .a(.class("button"), .href(SiteURL.enterpriseEdit(creditCode: firm.creditCode).path), .text(request.t("enterprises.edit"))))),
            .if(firm.namedInPlan == true, Layout.notice("info", request.t("enterprises.named_in_plan"))),
            .div(.class("kpi-detail"), identity, standing),
            .h2(.text(request.t("enterprises.yearly"))),
            yearlyCharts,
            yearlyTable,
            .h2(.text(request.t("enterprises.monthly"))),
            monthlyChart,
            .h2(.text(request.t("enterprises.evaluations"))),
            .if(evaluations.isEmpty, .p(.class("muted"), .text(request.t("common.no_rows")))),
            .ul(.class("plain"), .forEach(evaluations) { run, result in
                .li(.a(.href(SiteURL.evaluationFirm(id: run.id?.uuidString ?? "", code: result.creditCode).path),
                       .text(request.t("evaluation.run_title", ["year": String(run.year), "version": String(run.version)]))),
                    .text(" · "), .span(.class("class-badge class-\(result.evaluationClass)"), .text(result.evaluationClass)),
                    .text(result.score.map { String(format: " · %.2f", $0) } ?? ""))
            }),
            .h2(.text(request.t("enterprises.related"))),
            .ul(.li(.a(.href(SiteURL.demands.path + "?enterprise=" + firm.creditCode), .text(request.t("enterprises.related_demands_link")))),
                .li(.text(request.t("enterprises.related_land"))), .li(.text(request.t("enterprises.related_projects"))))
        )
    }

    var identity: Node {
        let english = request.language == .en
        return .dl(.class("facts"),
            .dt(.text(request.t("enterprises.credit_code"))), .dd(.code(.text(firm.creditCode))),
            .dt(.text(request.t("enterprises.town"))), .dd(.text(firm.town.map { english ? $0.nameEn : $0.nameZh } ?? "—")),
            .dt(.text(request.t("enterprises.industry"))), .dd(.text(ui.industryLabel(firm.industryCode))),
            .dt(.text(request.t("enterprises.address"))), .dd(.text(firm.address ?? "—")),
            .dt(.text(request.t("enterprises.start_year"))), .dd(.text(firm.startYear.map(String.init) ?? "—")),
            .dt(.text(request.t("enterprises.contact"))),
            .dd(.text([firm.contactName, firm.contactPhone].compactMap { $0 }.joined(separator: " ").nonEmptyOrDash)),
            .dt(.text(request.t("enterprises.city_leader"))), .dd(.text(firm.cityLeader ?? "—")),
            .dt(.text(request.t("enterprises.town_leader"))), .dd(.text(firm.townLeader ?? "—"))
        )
    }

    var standing: Node {
        let stage = firm.ladderStage.flatMap(LadderStage.init(rawValue:))
        let listing = firm.listingStage.flatMap(ListingStage.init(rawValue:))
        return .dl(.class("facts"),
            .dt(.text(request.t("enterprises.ladder_stage"))), .dd(.text(stage.map { ui.text($0.name) } ?? "—")),
            .dt(.text(request.t("enterprises.listing_stage"))),
            .dd(.text(listing.map { ui.text($0.name) + (firm.ticker.map { " (\($0))" } ?? "") } ?? "—")),
            .dt(.text(request.t("enterprises.designations"))),
            .dd(.if(designations.isEmpty, .text("—")),
                .ul(.class("plain"), .forEach(designations) { d in
                    .li(.text((DesignationKind(rawValue: d.kind).map { ui.text($0.name) } ?? d.kind) + " · \(d.year)"))
                }))
        )
    }

    var yearlyCharts: Node {
        guard !figures.yearly.isEmpty else { return .p(.class("muted"), .text(request.t("enterprises.no_figures"))) }
        let series: [TimeSeriesChart.Series] = [
            .init(label: request.t("enterprises.revenue"), style: "s-observed", stroke: .solid, showsPoints: true,
                  points: figures.yearly.compactMap { y in y.figures[.revenueWan].map { (Double(y.year), $0) } }),
            .init(label: request.t("enterprises.tax"), style: "s-forecast", stroke: .solid, showsPoints: true,
                  points: figures.yearly.compactMap { y in y.figures[.taxWan].map { (Double(y.year), $0) } }),
            .init(label: request.t("enterprises.value_added"), style: "s-path", stroke: .dashed, showsPoints: true,
                  points: figures.yearly.compactMap { y in y.figures[.valueAddedWan].map { (Double(y.year), $0) } }),
        ]
        let chart = TimeSeriesChart(title: request.t("enterprises.yearly"), series: series,
                                    xLabel: { String(Int($0.rounded())) }, yLabel: { NumberText.number($0) },
                                    xTicks: figures.yearly.map { Double($0.year) })
        return .div(.class("chart-box"), chart.svg(), legend(series))
    }

    var yearlyTable: Node {
        guard !figures.yearly.isEmpty else { return .empty }
        let columns = YearlyFigure.allCases
        return .table(.class("data"),
            .thead(.tr(.th(.text(request.t("enterprises.year"))), .forEach(columns) { .th(.text(ui.text($0.label))) },
                       .th(.text(request.t("enterprises.scale"))))),
            .tbody(.forEach(figures.yearly) { year in
                .tr(.td(.text(String(year.year))), .forEach(columns) { .td(.class("num"), .text(year.figures[$0].map(NumberText.number) ?? "—")) },
                    .td(.text(request.t(year.aboveScale ? "enterprises.above_scale" : "enterprises.below_scale"))))
            }))
    }

    var monthlyChart: Node {
        let recent = figures.monthly.suffix(24)
        guard !recent.isEmpty else { return .p(.class("muted"), .text(request.t("enterprises.no_figures"))) }
        let series: [TimeSeriesChart.Series] = [
            .init(label: request.t("enterprises.revenue"), style: "s-observed", stroke: .solid, showsPoints: true,
                  points: recent.compactMap { m in m.revenueWan.map { (Double(m.year * 12 + m.month - 1), $0) } }),
            .init(label: request.t("enterprises.tax"), style: "s-forecast", stroke: .solid, showsPoints: false,
                  points: recent.compactMap { m in m.taxWan.map { (Double(m.year * 12 + m.month - 1), $0) } }),
        ]
        let chart = TimeSeriesChart(title: request.t("enterprises.monthly"), series: series,
                                    xLabel: { let v = Int($0.rounded()); return String(format: "%d-%02d", v / 12, v % 12 + 1) },
                                    yLabel: { NumberText.number($0) },
                                    xTicks: recent.filter { $0.month % 3 == 1 }.map { Double($0.year * 12 + $0.month - 1) })
        return .div(.class("chart-box"), chart.svg(), legend(series))
    }

    func legend(_ series: [TimeSeriesChart.Series]) -> Node {
        .ul(.class("legend"), .forEach(series.filter { !$0.points.isEmpty }) { s in
            .li(.span(.class("swatch \(s.style) \(s.stroke.rawValue)")), .text(s.label + " (" + request.t("unit.wan_yuan") + ")"))
        })
    }
}

extension String {
    var nonEmptyOrDash: String { isEmpty ? "—" : self }
}

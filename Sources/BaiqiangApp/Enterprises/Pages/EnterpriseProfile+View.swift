import BaiqiangCore
import Foundation
import BaiqiangHTML

extension EnterpriseProfilePage {
    static func view(_ model: Model, _ context: PageContext) -> HTML {
        Layout.page(context, title: model.firm.name, active: .enterprises, Parts(model: model, context: context).node)
    }

    /// The page's sections, each a node of the same model and context.
    struct Parts {
        let model: Model
        let context: PageContext

        var ui: EnterpriseUI { EnterpriseUI(context: context) }

        var node: Node {
            .group(
                .p(.a(.href(SiteURL.enterprises.path), .text("← " + context.t("nav.enterprises")))),
                .div(.class("page-head"),
                     .h1(.text(model.firm.name), .if(model.firm.isDemo, .span(.class("badge badge-demo"), .text(context.t("common.demo"))))),
                     .if(context.principal?.permissions.allows(.editEnterprise) == true,
                         .a(.class("button"), .href(SiteURL.enterpriseEdit(creditCode: model.firm.creditCode).path), .text(context.t("enterprises.edit"))))),
                .if(model.firm.namedInPlan == true, Layout.notice("info", context.t("enterprises.named_in_plan"))),
                .div(.class("kpi-detail"), identity, standing),
                .h2(.text(context.t("enterprises.yearly"))),
                yearlyCharts,
                yearlyTable,
                .h2(.text(context.t("enterprises.monthly"))),
                monthlyChart,
                .h2(.text(context.t("enterprises.evaluations"))),
                .p(.class("muted"), .text(context.t("evaluation.published_only"))),
                .if(model.evaluations.isEmpty, .p(.class("muted"), .text(context.t("common.no_rows")))),
                .ul(.class("plain"), .forEach(model.evaluations) { run, result in
                    .li(.a(.href(SiteURL.evaluationFirm(id: run.id?.uuidString ?? "", code: result.creditCode).path),
                           .text(context.t("evaluation.run_title", ["year": String(run.year), "version": String(run.version)]))),
                        .text(" · "), .text(run.publishedAt.map { context.t("evaluation.status_published", ["date": ShanghaiDay.display($0)]) } ?? ""),
                        .text(" · "), .span(.class("class-badge class-\(result.evaluationClass)"), .text(result.evaluationClass)),
                        .text(result.score.map { String(format: " · %.2f", $0) } ?? ""))
                }),
                .h2(.text(context.t("enterprises.parcels"))),
                EnterpriseParcels.table(model.parcels, townNames: model.townNames, context),
                .h2(.text(context.t("enterprises.related"))),
                .ul(.li(.a(.href(SiteURL.demands.path + "?enterprise=" + model.firm.creditCode), .text(context.t("enterprises.related_demands_link")))))
            )
        }

        var identity: Node {
            let english = context.language == .en
            return .dl(.class("facts"),
                .dt(.text(context.t("enterprises.credit_code"))), .dd(.code(.text(model.firm.creditCode))),
                .dt(.text(context.t("enterprises.town"))), .dd(.text(model.firm.town.map { english ? $0.nameEn : $0.nameZh } ?? "—")),
                .dt(.text(context.t("enterprises.industry"))), .dd(.text(ui.industryLabel(model.firm.industryCode))),
                .dt(.text(context.t("enterprises.address"))), .dd(.text(model.firm.address ?? "—")),
                .dt(.text(context.t("enterprises.start_year"))), .dd(.text(model.firm.startYear.map(String.init) ?? "—")),
                .dt(.text(context.t("enterprises.contact"))),
                .dd(.text([model.firm.contactName, model.firm.contactPhone].compactMap { $0 }.joined(separator: " ").nonEmptyOrDash)),
                .dt(.text(context.t("enterprises.city_leader"))), .dd(LeaderSelect.shown(linked: model.firm.cityLeaderID, typed: model.firm.cityLeader, accounts: model.linkedLeaders)),
                .dt(.text(context.t("enterprises.town_leader"))), .dd(LeaderSelect.shown(linked: model.firm.townLeaderID, typed: model.firm.townLeader, accounts: model.linkedLeaders))
            )
        }

        var standing: Node {
            let stage = model.firm.ladderStage.flatMap(LadderStage.init(rawValue:))
            let listing = model.firm.listingStage.flatMap(ListingStage.init(rawValue:))
            return .dl(.class("facts"),
                .dt(.text(context.t("enterprises.ladder_stage"))), .dd(.text(stage.map { ui.text($0.name) } ?? "—")),
                .dt(.text(context.t("enterprises.listing_stage"))),
                .dd(.text(listing.map { stage in
                    let ticker = model.firm.ticker.flatMap { $0.isEmpty ? nil : $0 }
                        ?? (stage == .listed ? context.t("enterprises.ticker_missing") : nil)
                    return ui.text(stage.name) + (ticker.map { " (\($0))" } ?? "")
                } ?? "—")),
                .dt(.text(context.t("enterprises.designations"))),
                .dd(.if(model.designations.isEmpty, .text("—")),
                    .ul(.class("plain"), .forEach(model.designations) { d in
                        .li(.text((DesignationKind(rawValue: d.kind).map { ui.text($0.name) } ?? d.kind) + " · \(d.year)"))
                    }))
            )
        }

        var yearlyCharts: Node {
            guard !model.figures.yearly.isEmpty else { return .p(.class("muted"), .text(context.t("enterprises.no_figures"))) }
            let series: [TimeSeriesChart.Series] = [
                .init(label: context.t("enterprises.revenue"), style: "s-observed", stroke: .solid, showsPoints: true,
                      points: model.figures.yearly.compactMap { y in y.figures[.revenueWan].map { (Double(y.year), $0) } }),
                .init(label: context.t("enterprises.tax"), style: "s-forecast", stroke: .solid, showsPoints: true,
                      points: model.figures.yearly.compactMap { y in y.figures[.taxWan].map { (Double(y.year), $0) } }),
                .init(label: context.t("enterprises.value_added"), style: "s-path", stroke: .dashed, showsPoints: true,
                      points: model.figures.yearly.compactMap { y in y.figures[.valueAddedWan].map { (Double(y.year), $0) } }),
            ]
            let chart = TimeSeriesChart(title: context.t("enterprises.yearly"), series: series,
                                        xLabel: { String(Int($0.rounded())) }, yLabel: { YearlyFigureText.number($0, .revenueWan, context.language) },
                                        xTicks: model.figures.yearly.map { Double($0.year) })
            return .div(.class("chart-box"), chart.svg(), legend(series))
        }

        var yearlyTable: Node {
            guard !model.figures.yearly.isEmpty else { return .empty }
            let columns = YearlyFigure.allCases
            return .table(.class("data"),
                .thead(.tr(.th(.text(context.t("enterprises.year"))), .forEach(columns) { .th(.text(YearlyFigureText.label($0, context.language))) },
                           .th(.text(context.t("enterprises.scale"))))),
                .tbody(.forEach(model.figures.yearly) { year in
                    .tr(.td(.text(String(year.year))), .forEach(columns) { column in
                        .td(.class("num"), .text(year.figures[column].map { YearlyFigureText.number($0, column, context.language) } ?? "—"))
                    },
                        .td(.text(context.t(year.aboveScale ? "enterprises.above_scale" : "enterprises.below_scale"))))
                }))
        }

        var monthlyChart: Node {
            let recent = model.figures.monthly.suffix(24)
            guard !recent.isEmpty else { return .p(.class("muted"), .text(context.t("enterprises.no_figures"))) }
            let series: [TimeSeriesChart.Series] = [
                .init(label: context.t("enterprises.revenue"), style: "s-observed", stroke: .solid, showsPoints: true,
                      points: recent.compactMap { m in m.revenueWan.map { (Double(m.year * 12 + m.month - 1), $0) } }),
                .init(label: context.t("enterprises.tax"), style: "s-forecast", stroke: .solid, showsPoints: false,
                      points: recent.compactMap { m in m.taxWan.map { (Double(m.year * 12 + m.month - 1), $0) } }),
            ]
            let chart = TimeSeriesChart(title: context.t("enterprises.monthly"), series: series,
                                        xLabel: { let v = Int($0.rounded()); return String(format: "%d-%02d", v / 12, v % 12 + 1) },
                                        yLabel: { YearlyFigureText.number($0, .revenueWan, context.language) },
                                        xTicks: recent.filter { $0.month % 3 == 1 }.map { Double($0.year * 12 + $0.month - 1) })
            return .div(.class("chart-box"), chart.svg(), legend(series))
        }

        func legend(_ series: [TimeSeriesChart.Series]) -> Node {
            .ul(.class("legend"), .forEach(series.filter { !$0.points.isEmpty }) { s in
                .li(.span(.class("swatch \(s.style) \(s.stroke.rawValue)")), .text(s.label + " (" + YearlyFigureText.moneyUnit(context.language) + ")"))
            })
        }
    }
}

extension String {
    var nonEmptyOrDash: String { isEmpty ? "—" : self }
}

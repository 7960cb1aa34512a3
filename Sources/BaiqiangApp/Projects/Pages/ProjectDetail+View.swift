import BaiqiangCore
import BaiqiangHTML
import Foundation

extension ProjectDetailPage {
    static func view(_ model: Model, _ context: PageContext) -> HTML {
        let record = model.record
        return Layout.page(context, title: model.name, active: .projects,
            .p(.a(.href(SiteURL.projects.path), .text("← " + context.t("nav.projects")))),
            .h1(.text(model.name), ProjectText.demo(model.isDemo, context)),
            .if(model.isDemo, Layout.notice("warning", context.t("projects.demo_notice"))),
            .unwrap(model.error) { Layout.notice("error", $0) },
            .if(model.mayMove, .p(.a(.class("button"), .href(SiteURL.projectEdit(id: model.id.uuidString).path), .text(context.t("projects.edit"))))),
            .dl(.class("facts"),
                .dt(.text(context.t("projects.stage"))), .dd(.text("\(context.t(model.history.current.label)) · \(model.history.currentSince)")),
                .dt(.text(context.t("projects.light"))), .dd(ProjectText.light(model.assessment.light, context)),
                .dt(.text(context.t("projects.investor"))), .dd(.text(model.investor ?? "—")),
                .dt(.text(context.t("projects.investment"))), .dd(.text(ProjectText.yi(record.investmentYi, context))),
                .dt(.text(context.t("projects.funds_in_place"))), .dd(.text(ProjectText.yi(record.fundsInPlaceYi, context))),
                .dt(.text(context.t("projects.tier"))),
                .dd(.text(record.tier.isTenYiProject ? context.t("projects.ten_yi") : "—")),
                .dt(.text(context.t("projects.channel"))), .dd(.text(record.channel.map { context.t($0.label) } ?? "—")),
                .dt(.text(context.t("projects.town"))), .dd(.text(model.townName ?? "—")),
                .dt(.text(context.t("projects.leader"))), .dd(.unwrap(model.leaderAccount, { account in
                    .a(.href(SiteURL.leader(username: account.username).path), .text(account.displayName))
                }, else: .text(record.linkedLeader ?? "—"))),
                .dt(.text(context.t("projects.lead_department"))), .dd(.text(record.leadDepartmentCode ?? "—")),
                .dt(.text(context.t("projects.chain"))), .dd(chainLink(record, context)),
                .dt(.text(context.t("projects.firm"))),
                .dd(.unwrap(model.firm, { .a(.href(SiteURL.enterprise(creditCode: $0.creditCode).path), .text($0.name)) }, else: .text("—"))),
                .dt(.text(context.t("projects.parcels"))),
                .dd(.if(model.parcels.isEmpty, .text("—"), else: .group(model.parcels.map { number in
                    .a(.class("parcel"), .href(SiteURL.landParcel(number: number).path), .text(number + " "))
                })))),
            .h2(.text(context.t("projects.light_why"))),
            .table(.class("data"),
                .thead(.tr(.th(.text(context.t("projects.light_part"))), .th(.text(context.t("projects.light"))), .th(.text(context.t("projects.why"))))),
                .tbody(.forEach(model.assessment.parts) { part in
                    .tr(.td(.text(context.t(part.name))), .td(ProjectText.light(part.light, context)), .td(.text(context.t(part.why))))
                })),
            .p(.class("muted source"), .text(context.t("projects.light_rule"))),
            .h2(.text(context.t("projects.milestones"))),
            .if(model.assessment.milestones.isEmpty, .p(.class("muted"), .text(context.t("projects.no_milestones")))),
            .if(!model.assessment.milestones.isEmpty, .group(
                timeline(model, context),
                .table(.class("data"),
                    .thead(.tr(.th(.text(context.t("projects.stage"))), .th(.text(context.t("projects.planned"))),
                               .th(.text(context.t("projects.actual"))), .th(.text(context.t("projects.milestone_state"))))),
                    .tbody(.forEach(model.assessment.milestones) { item in
                        .tr(.td(.text(context.t(item.milestone.stage.label))), .td(.text(item.milestone.planned.description)),
                            .td(.text(item.milestone.actual?.description ?? "—")), .td(.text(context.t(item.state.label))))
                    })))),
            .h2(.text(context.t("projects.investment_curve", ["year": String(model.year)]))),
            investmentCurve(model, context),
            .h2(.text(context.t("projects.history"))),
            .table(.class("data"),
                .thead(.tr(.th(.text(context.t("projects.date"))), .th(.text(context.t("projects.stage"))), .th(.text(context.t("projects.reason"))))),
                .tbody(.forEach(model.history.changes) { change in
                    .tr(.td(.text(change.date.description)),
                        .td(.text((change.from.map { context.t($0.label) + " → " } ?? "") + context.t(change.to.label))),
                        .td(.text(change.reason ?? "—")))
                })),
            .if(model.mayMove && model.history.current != .terminated, moveForm(model, context)),
            .if(model.mayMove && ProjectAssessment.startDay(model.history) != nil, statisticsEntryForm(model, context)),
            .if(!model.sources.isEmpty, .group(
                .h2(.text(context.t("projects.sources"))),
                .ul(.class("sources"), .forEach(model.sources) { source in
                    .li(.text(source.fact), .div(.class("source"), .text(source.source)))
                }))))
    }

    static func chainLink(_ record: ProjectRecord, _ context: PageContext) -> Node {
        guard let chain = record.chainCode else { return .text("—") }
        return .group(.a(.href(SiteURL.chain(code: chain).path), .text(chain)), .text(record.chainNode.map { " · \($0)" } ?? ""))
    }

    static func moveForm(_ model: Model, _ context: PageContext) -> Node {
        .section(.class("panel"),
            .h2(.text(context.t("projects.move"))),
            .form(.method(.post), .action(SiteURL.projectStage(id: model.id.uuidString).path), .class("stacked"),
                  Layout.csrfField(context),
                  .label(.text(context.t("projects.to_stage")),
                         .select(.name("stage"), .forEach(ProjectListPage.columns.filter { $0 != model.history.current }) { stage in
                             FormNodes.option(stage.rawValue, context.t(stage.label), selected: stage == model.history.current.next)
                         })),
                  .label(.text(context.t("projects.date")), .input(.type(.date), .name("date"), .value(model.today.description), .required(true))),
                  .label(.text(context.t("projects.reason")),
                         .textarea(.name("reason"), .maxlength(TextFieldKind.note.maximumLength))),
                  .p(.class("muted"), .text(context.t("projects.reason_hint"))),
                  .button(.type(.submit), .class("primary"), .text(context.t("projects.move_submit")))))
    }

    static func statisticsEntryForm(_ model: Model, _ context: PageContext) -> Node {
        .section(.class("panel"),
            .h2(.text(context.t("projects.statistics_entry"))),
            .p(.text(model.statisticsEntry.map { context.t("projects.statistics_entry_on", ["date": $0.description]) }
                     ?? context.t("projects.statistics_entry_none"))),
            .form(.method(.post), .action(SiteURL.projectStatisticsEntry(id: model.id.uuidString).path), .class("stacked"),
                  Layout.csrfField(context),
                  .label(.text(context.t("projects.date")),
                         .input(.type(.date), .name("date"), .value((model.statisticsEntry ?? model.today).description), .required(true))),
                  .button(.type(.submit), .class("primary"), .text(context.t("projects.statistics_entry_submit")))))
    }

    /// Each milestone on one time axis: the planned day hollow, the actual day filled, today a line.
    static func timeline(_ model: Model, _ context: PageContext) -> Node {
        let items = model.assessment.milestones
        let dates = items.flatMap { [$0.milestone.planned] + ($0.milestone.actual.map { [$0] } ?? []) }
            + [model.today] + model.history.changes.map(\.date)
        let earliest = dates.min() ?? model.today, latest = dates.max() ?? model.today
        let first = Double(earliest.dayNumber) - 30, last = Double(latest.dayNumber) + 30
        let width = 760.0, left = 100.0, right = 24.0, row = 30.0
        let height = Double(items.count) * row + 40
        func x(_ day: Int) -> Double { left + (Double(day) - first) / max(last - first, 1) * (width - left - right) }
        var content: [Node] = []
        for (index, item) in items.enumerated() {
            let y = Double(index) * row + 20
            let label = context.t(item.milestone.stage.label)
            content.append(.svgText(.class("axis"), .x(left - 8), .y(y), .textAnchor("end"), .middleBaseline(), .text(label)))
            content.append(.line(.class("grid"), .x1(left), .x2(width - right), .y1(y), .y2(y)))
            content.append(.circle(.class("planned"), .attribute(named: "cx", value: SVGText.number(x(item.milestone.planned.dayNumber))),
                                   .attribute(named: "cy", value: SVGText.number(y)), .attribute(named: "r", value: "6"),
                                   .attribute(named: "fill", value: "none"), .attribute(named: "stroke", value: "#1f5f99"),
                                   .svgTitle("\(label) \(context.t("projects.planned")) \(item.milestone.planned)")))
            if let actual = item.milestone.actual {
                content.append(.circle(.class("actual"), .attribute(named: "cx", value: SVGText.number(x(actual.dayNumber))),
                                       .attribute(named: "cy", value: SVGText.number(y)), .attribute(named: "r", value: "5"),
                                       .attribute(named: "fill", value: "#2e7d32"),
                                       .svgTitle("\(label) \(context.t("projects.actual")) \(actual)")))
            }
        }
        let todayX = x(model.today.dayNumber)
        content.append(.line(.class("ref today"), .x1(todayX), .x2(todayX), .y1(4), .y2(height - 20),
                             .attribute(named: "stroke", value: "#c62828"), .svgTitle(context.t("projects.today"))))
        content.append(.svgText(.class("axis"), .x(left), .y(height - 6), .text(earliest.description)))
        content.append(.svgText(.class("axis"), .x(width - right), .y(height - 6), .textAnchor("end"),
                                .text(latest.description)))
        return .chart(class: "chart timeline", width: width, height: height, title: context.t("projects.timeline"), content)
    }

    /// Completed investment this year as a share of the year's plan, month by month, against the
    /// time-elapsed schedule (months gone over twelve).
    static func investmentCurve(_ model: Model, _ context: PageContext) -> Node {
        guard let investment = model.investment, let planned = investment.plannedYi, planned > 0 else {
            return .p(.class("muted"), .text(context.t("projects.no_investment")))
        }
        let lastMonth = model.year < model.today.year ? 12 : max(model.today.month - 1, 0)
        let months = Array(0...12)
        let schedule = months.map { (x: Double($0), y: Double($0) / 12 * 100) }
        let done = months.filter { $0 <= lastMonth }.map { (x: Double($0), y: investment.completed(through: $0) / planned * 100) }
        let chart = TimeSeriesChart(
            title: context.t("projects.investment_curve", ["year": String(model.year)]),
            series: [
                .init(label: context.t("projects.schedule"), style: "s-path", stroke: .dashed, showsPoints: false, points: schedule),
                .init(label: context.t("projects.completed"), style: "s-observed", stroke: .solid, showsPoints: true, points: done),
            ],
            xLabel: { String(Int($0)) }, yLabel: { "\(SVGText.number($0))%" }, xTicks: [0, 3, 6, 9, 12])
        return .group(chart.svg(), .p(.class("muted"), .text(context.t("projects.planned_this_year", ["amount": ProjectText.yi(planned, context)]))))
    }
}

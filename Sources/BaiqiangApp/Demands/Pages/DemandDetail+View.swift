import BaiqiangCore
import Foundation
import BaiqiangHTML

extension DemandDetailPage {
    static func view(_ model: Model, _ context: PageContext) -> HTML {
        let ui = DemandUI(context: context)
        let demand = model.demand
        let state = model.state
        let overdue = Set(state.overdueMilestones(at: model.now))
        return Layout.page(context, title: demand.trackingNumber, active: .demands,
            .div(.class("page-head"),
                 .h1(.text(context.t("demands.demand_title", ["number": demand.trackingNumber]))),
                 .nav(.class("page-actions"), .a(.class("button"), .href(SiteURL.demands.path), .text(context.t("demands.back"))))),
            .unwrap(model.notice) { Layout.notice("success", $0) },
            .unwrap(model.error) { Layout.notice("error", $0) },
            .dl(.class("facts"),
                .dt(.text(context.t("demands.tracking_number"))), .dd(.text(demand.trackingNumber)),
                .dt(.text(context.t("demands.category"))), .dd(.text(ui.categoryName(state.categoryCode))),
                .dt(.text(context.t("demands.status"))), .dd(.text(ui.text(state.status.label))),
                .dt(.text(context.t("demands.enterprise"))), .dd(.text(state.enterpriseCode)),
                .dt(.text(context.t("demands.town"))), .dd(.text(state.townCode.map { model.units.name(of: .town($0), context) } ?? "—")),
                .dt(.text(context.t("demands.handler"))), .dd(.text(state.handler.map { model.units.name(of: $0, context) } ?? "—")),
                .dt(.text(context.t("demands.submitted_at"))), .dd(.text(DemandUI.time(state.submittedAt))),
                .unwrap(state.satisfaction) { .group(.dt(.text(context.t("demands.satisfaction"))), .dd(.text(ui.text($0.label)))) },
                .unwrap(state.escalatedTo) { .group(.dt(.text(context.t("demands.escalated_to"))), .dd(.text($0))) },
                .unwrap(demand.address) { .group(.dt(.text(context.t("demands.address"))), .dd(.text($0))) }),
            .h2(.text(context.t("demands.description"))),
            .p(.class("demand-text pre-wrap"), .text(demand.text)),
            .h2(.text(context.t("demands.deadlines"))),
            .table(.class("data"),
                .thead(.tr(.th(.text(context.t("demands.milestone"))), .th(.text(context.t("demands.limit"))),
                           .th(.text(context.t("demands.deadline"))), .th(.text(context.t("demands.reached"))))),
                .tbody(.forEach(DemandMilestone.allCases) { milestone in
                    let reached = state.record.reachedAt(milestone)
                    let limit = context.environment.reference.demandCategories.category(state.categoryCode)?.limit(for: milestone)
                    return .tr(.td(.text(ui.text(milestone.label))),
                               .td(.text(limit.map { ui.text($0.label) } ?? "—")),
                               .td(.text(DemandUI.time(state.deadlines[milestone]))),
                               .td(.text(reached.map(DemandUI.time) ?? "—"),
                                   .if(overdue.contains(milestone), .span(.class("badge light-red"), .text(" " + context.t("demands.overdue")))),
                                   .if(state.record.wasLate(milestone), .span(.class("badge"), .text(" " + context.t("demands.late"))))))
                })),
            .if(!model.guessedYears.isEmpty, Layout.notice("info", context.t("demands.fallback_years",
                ["years": model.guessedYears.map(String.init).joined(separator: ", ")]))),
            .unwrap(state.pendingExtension) { pending in
                Layout.notice("info", context.t("demands.extension_pending", ["until": DemandUI.time(pending.until), "reason": pending.reason]))
            },
            .h2(.text(context.t("demands.steps"))),
            .table(.class("data"),
                .thead(.tr(.th(.text(context.t("demands.when"))), .th(.text(context.t("demands.action"))),
                           .th(.text(context.t("demands.who"))), .th(.text(context.t("demands.status"))), .th(.text(context.t("demands.note"))))),
                .tbody(.forEach(model.events) { event in
                    .tr(.td(.text(DemandUI.time(event.at))),
                        .td(.text(DemandActionKind(rawValue: event.action).map { ui.text($0.label) } ?? context.t("demands.submitted"))),
                        .td(.text("\(event.actor) (\(event.actorRole))")),
                        .td(.text(DemandStatus(rawValue: event.statusAfter).map { ui.text($0.label) } ?? event.statusAfter)),
                        .td(.class("pre-wrap"), .text(event.note ?? "")))
                })),
            .if(!model.attachments.isEmpty, .group(
                .h2(.text(context.t("demands.attachments"))),
                .ul(.forEach(model.attachments) { file in
                    .li(.a(.href(SiteURL.demandAttachment(number: demand.trackingNumber, id: file.id?.uuidString ?? "").path),
                           .text(file.fileName)), .text(" (\(file.size / 1024 + 1) KB)"))
                }))),
            .if(!model.actions.isEmpty, .h2(.text(context.t("demands.actions")))),
            .div(.class("demand-actions"), .forEach(model.actions) { actionForm($0, model, context) })
        )
    }
}

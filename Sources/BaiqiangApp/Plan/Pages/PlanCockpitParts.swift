import BaiqiangCore
import BaiqiangHTML

/// Cockpit sections: the count of KPIs per light, the area filter and the milestone table.
enum PlanCockpitParts {
    static func lightSummary(_ ui: PlanComponents, rows: [KPIRow]) -> Node {
        let judged = rows.filter { !$0.isMonitoring }
        let counts = Dictionary(grouping: judged) { $0.evaluation?.light ?? .grey }.mapValues(\.count)
        return .div(.class("light-summary"),
                    .forEach(PlanLight.allCases) { light in
                        .div(.class("light-count light-border-\(light.rawValue)"),
                             .span(.class("count"), .text(String(counts[light] ?? 0))),
                             ui.light(light))
                    })
    }

    static func areaFilter(_ ui: PlanComponents, selected: String?) -> Node {
        .nav(.class("tabs"),
             .a(.href(ui.snapshot.path(.plan)), .text(ui.context.t("common.all")), .if(selected == nil || selected == "", .class("active"))),
             .forEach(ui.snapshot.document.areas) { area in
                 .a(.href(ui.snapshot.path(.plan) + (ui.snapshot.selection == nil ? "?" : "&") + "area=" + area.code), .text(ui.text(area.name).prefix(14) + (ui.text(area.name).count > 14 ? "…" : "")),
                    .attribute(named: "title", value: ui.text(area.name)),
                    .if(selected == area.code, .class("active")))
             })
    }

    /// Milestones with planned and actual dates, status and light; owners (or admins) may record
    /// the completion date where `editable`.
    static func milestones(_ ui: PlanComponents, items: [PlanItem], editable: Bool = true) -> Node {
        let context = ui.context
        let rows = items.flatMap { item in item.milestones.map { (item, $0) } }
        guard !rows.isEmpty else { return .p(.class("muted"), .text(context.t("plan.no_milestones"))) }
        return .table(.class("data"),
            .thead(.tr(.th(.text(context.t("plan.milestone"))), .th(.text(context.t("plan.planned"))),
                       .th(.text(context.t("plan.actual"))), .th(.text(context.t("plan.owner"))),
                       .th(.text(context.t("plan.status"))), .th(.text(context.t("plan.light"))))),
            .tbody(.forEach(rows) { item, milestone in
                let evaluation = ui.snapshot.evaluation.milestones[milestone.code]
                let owner = milestone.owner ?? item.owner
                let canEdit = editable && !ui.isPublic && context.principal?.permissions.allows(.writePlan(owner: owner)) == true
                return .tr(
                    .td(.text(ui.text(milestone.name)), .unwrap(milestone.source) { .div(.class("source"), .text($0)) }),
                    .td(.text(milestone.planned.description)),
                    .td(.if(canEdit,
                            .form(.method(.post), .action(ui.snapshot.path(.planMilestone(code: milestone.code))), .class("inline"),
                                  Layout.csrfField(context),
                                  .input(.type(.date), .name("actual"), .value(milestone.actual?.description ?? "")),
                                  .button(.type(.submit), .text(context.t("common.save")))),
                            else: .text(milestone.actual?.description ?? "—"))),
                    .td(.text(ui.snapshot.departmentName(owner).map(ui.text) ?? "—")),
                    .td(.text(evaluation.map { ui.text($0.status.label) } ?? "—"),
                        .if((evaluation?.daysLate ?? 0) > 0, .span(.class("muted"), .text(" " + context.t("plan.days_late", ["days": String(evaluation?.daysLate ?? 0)]))))),
                    .td(ui.light(evaluation?.light ?? .grey))
                )
            })
        )
    }
}

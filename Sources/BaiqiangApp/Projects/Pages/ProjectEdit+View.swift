import BaiqiangCore
import BaiqiangHTML
import Foundation

extension ProjectEditPage {
    static func view(_ model: Model, _ context: PageContext) -> HTML {
        let form = model.form
        let text = { (key: String, label: String, value: String, kind: TextFieldKind, required: Bool) -> Node in
            .label(.text(context.t(label)), .input(.type(.text), .name(key), .value(value), .maxlength(kind), .required(required)))
        }
        let number = { (key: String, label: String, value: String) -> Node in
            .label(.text(context.t(label)), .input(.type(.text), .name(key), .value(value), .maxlength(.code),
                                                 .attribute(named: "inputmode", value: "decimal")))
        }
        let select = { (key: String, label: String, choices: [Choice], selected: String) -> Node in
            .label(.text(context.t(label)),
                   .select(.attribute(named: "name", value: key), FormNodes.option("", "—", selected: selected.isEmpty),
                           .forEach(choices) { FormNodes.option($0.value, context.t($0.name), selected: $0.value == selected) }))
        }
        return Layout.page(context, title: context.t("projects.edit") + " · " + model.name, active: .projects,
            .p(.a(.href(SiteURL.project(id: model.id.uuidString).path), .text("← " + model.name))),
            .h1(.text(context.t("projects.edit") + " · " + model.name)),
            .p(.class("muted"), .text(context.t("projects.edit_hint"))),
            .if(!model.issues.isEmpty, .div(.class("notice notice-error"), .attribute(named: "role", value: "alert"),
                .p(.text(context.t("projects.edit_refused"))), .ul(.forEach(model.issues) { .li(.text($0)) }))),
            .form(.method(.post), .action(SiteURL.projectEdit(id: model.id.uuidString).path), .class("stacked"),
                Layout.csrfField(context),
                text("name", "projects.real_name", form.name, .name, true),
                text("codename", "projects.codename", form.codename, .name, true),
                number("year", "projects.year", form.year),
                text("investor", "projects.investor", form.investor, .name, false),
                number("investment_yi", "projects.investment_yi", form.investmentYi),
                number("funds_in_place_yi", "projects.funds_in_place_yi", form.fundsInPlaceYi),
                number("investor_revenue_yi", "projects.investor_revenue_yi", form.investorRevenueYi),
                text("credit_code", "projects.credit_code", form.creditCode, .code, false),
                select("channel", "projects.channel",
                       ProjectChannel.allCases.map { Choice(value: $0.rawValue, name: $0.label) }, form.channel),
                .label(.text(context.t("projects.chain_node")),
                       .select(.attribute(named: "name", value: "chain_node"), FormNodes.option("", "—", selected: form.chainNode.isEmpty),
                               .forEach(model.chains) { chain in
                                   .element(named: "optgroup", nodes: [
                                       .attribute(named: "label", value: context.t(chain.name)),
                                       .forEach(chain.nodes) { FormNodes.option($0.value, context.t($0.name), selected: $0.value == form.chainNode) },
                                   ])
                               })),
                LeaderSelect.node("leader_account", label: context.t("projects.leader"), linked: model.linkedLeaderID,
                                  typed: model.typedLeader, leaders: model.leaders, context: context),
                select("lead_department", "projects.lead_department", model.departments, form.leadDepartment),
                select("town", "projects.town", model.towns, form.town),
                .label(.input(.type(.checkbox), .name("is_key"), .value("1"), .checked(form.isKey)),
                       .text(" " + context.t("projects.is_key"))),
                .element(named: "fieldset", nodes: [
                    .element(named: "legend", text: context.t("projects.planned_dates")),
                    .forEach(ProjectForm.plannedStages) { stage in
                        .label(.text(context.t(stage.label)),
                               .input(.type(.date), .name(ProjectForm.plannedField(stage)), .value(form.planned[stage] ?? "")))
                    }]),
                .button(.type(.submit), .class("primary"), .text(context.t("common.save")))))
    }
}

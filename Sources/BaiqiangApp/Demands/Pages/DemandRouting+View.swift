import BaiqiangCore
import BaiqiangHTML

extension DemandRoutingPage {
    static func view(_ model: Model, _ context: PageContext) -> HTML {
        let english = context.language == .en
        let categories = context.environment.reference.demandCategories
        let units = model.units
        let categoryOptions: [Node] = categories.categories.map { FormNodes.option($0.code, context.t($0.name)) }
        let townOptions: [Node] = [FormNodes.option("", context.t("demands.any_town"))]
            + model.towns.map { FormNodes.option($0.code, english ? $0.nameEn : $0.nameZh) }
        let rows: [Node] = model.rules.map { rule in
            .tr(.td(.text(categories.category(rule.categoryCode).map { context.t($0.name) } ?? rule.categoryCode)),
                .td(.text(rule.townCode == DemandRoutingRule.anyTown ? context.t("demands.any_town") : units.name(of: .town(rule.townCode), context))),
                .td(.text(rule.unit.map { units.name(of: $0, context) } ?? rule.handlerCode)),
                .td(removeForm(rule, context)))
        }
        return Layout.page(context, title: context.t("demands.routing"), active: .demands,
            .h1(.text(context.t("demands.routing"))),
            .p(.class("muted"), .text(context.t("demands.routing_intro"))),
            .unwrap(model.error) { Layout.notice("error", $0) },
            .unwrap(model.confirmation) { confirmForm($0, units: units, context) },
            .table(.class("data"),
                   .thead(.tr(.th(.text(context.t("demands.category"))), .th(.text(context.t("demands.town"))),
                              .th(.text(context.t("demands.handler"))), .th())),
                   .tbody(.group(rows))),
            .form(.method(.post), .action(SiteURL.demandRouting.path), .class("stacked"),
                  Layout.csrfField(context),
                  .label(.text(context.t("demands.category")), .select(.attribute(named: "name", value: "category"), .group(categoryOptions))),
                  .label(.text(context.t("demands.town")), .select(.attribute(named: "name", value: "town"), .group(townOptions))),
                  units.node(context),
                  .button(.type(.submit), .class("primary"), .text(context.t("demands.save_rule"))))
        )
    }

    /// Asks before a rule replaces another: what goes where now, what would, and a button that
    /// sends the same rule again with the replacement confirmed.
    static func confirmForm(_ pending: Confirmation, units: HandlingUnitPicker, _ context: PageContext) -> Node {
        .div(.class("notice notice-warning"), .attribute(named: "role", value: "alert"),
             .p(.text(context.t("demands.routing_replace_question", [
                 "existing": units.name(of: pending.existing, context), "proposed": units.name(of: pending.proposed, context)]))),
             .form(.method(.post), .action(SiteURL.demandRouting.path), .class("inline"),
                   Layout.csrfField(context),
                   .input(.type(.hidden), .name("category"), .value(pending.category)),
                   .input(.type(.hidden), .name("town"), .value(pending.town)),
                   .input(.type(.hidden), .name("handler"), .value(pending.proposed.pickerValue)),
                   .input(.type(.hidden), .name("confirm_replace"), .value("yes")),
                   .button(.type(.submit), .class("primary"), .text(context.t("demands.routing_replace_confirm")))),
             .a(.class("button"), .href(SiteURL.demandRouting.path), .text(context.t("demands.routing_replace_cancel"))))
    }

    /// One rule's delete button: the rule's own fields, posted back with `remove=delete`.
    static func removeForm(_ rule: DemandRoutingRule, _ context: PageContext) -> Node {
        .form(.method(.post), .action(SiteURL.demandRouting.path), .class("inline"),
              Layout.csrfField(context),
              .input(.type(.hidden), .name("category"), .value(rule.categoryCode)),
              .input(.type(.hidden), .name("town"), .value(rule.townCode == DemandRoutingRule.anyTown ? "" : rule.townCode)),
              .input(.type(.hidden), .name("handler_kind"), .value(rule.handlerKind)),
              .input(.type(.hidden), .name("handler_code"), .value(rule.handlerCode)),
              .input(.type(.hidden), .name("remove"), .value("delete")),
              .button(.type(.submit), .class("link-button"), .text(context.t("demands.delete"))))
    }
}

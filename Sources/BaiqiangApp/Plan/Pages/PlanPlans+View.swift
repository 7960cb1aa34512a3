import BaiqiangCore
import BaiqiangHTML

extension PlanPlansPage {
    static func view(_ model: Model, _ context: PageContext) -> HTML {
        Layout.page(context, title: context.t("plan_periods.title"), active: .plan,
            .p(.a(.href(SiteURL.plan.path), .text("← " + context.t("nav.plan")))),
            .h1(.text(context.t("plan_periods.title"))),
            .unwrap(model.error) { Layout.notice("error", $0) },
            .table(.class("data"),
                .thead(.tr(.th(.text(context.t("plan_periods.plan"))), .th(.text(context.t("plan_periods.period"))),
                           .th(.text(context.t("plan_periods.state"))), .th(.text(context.t("plan_periods.published"))),
                           .if(model.mayManage, .th(.text(context.t("plan_periods.actions")))))),
                .tbody(.forEach(model.plans) { plan in
                    .tr(.td(.a(.href(SiteURL.plan.path + "?plan=" + PlanSnapshot.queryValue(plan.code)),
                               .text(plan.title.text(for: context.language))),
                            .div(.class("muted"), .code(.text(plan.code)))),
                        .td(.text(PlanPicker.periodText(plan.period))),
                        .td(.text(context.t(model.stateKey(plan)))),
                        .td(.text(context.t(plan.isPublished ? "plan_periods.yes" : "plan_periods.no"))),
                        .if(model.mayManage, .td(actions(plan, context))))
                })),
            .if(model.mayManage, .p(.class("muted"), .text(context.t("plan_periods.next_intro"))))
        )
    }

    static func actions(_ plan: PlanSummary, _ context: PageContext) -> Node {
        .group(
            .if(!plan.isCurrent,
                .form(.method(.post), .action(SiteURL.planPlanCurrent(code: plan.code).path), .class("inline"),
                      Layout.csrfField(context),
                      .button(.type(.submit), .text(context.t("plan_periods.make_current"))))),
            .form(.method(.post), .action(SiteURL.planPlanPublication(code: plan.code).path), .class("inline"),
                  Layout.csrfField(context),
                  .input(.type(.hidden), .name("published"), .value(plan.isPublished ? "0" : "1")),
                  .button(.type(.submit), .text(context.t(plan.isPublished ? "plan_periods.unpublish" : "plan_periods.publish")))),
            .details(.summary(.text(context.t("plan_periods.start_next"))),
                .form(.method(.post), .action(SiteURL.planPlanNext(code: plan.code).path), .class("stacked"),
                      Layout.csrfField(context),
                      .label(.text(context.t("plan_periods.code")),
                             .input(.type(.text), .name("code"), .required(true), .attribute(named: "maxlength", value: "64"),
                                    .attribute(named: "pattern", value: "[a-z0-9][a-z0-9-]*"))),
                      .label(.text(context.t("plan_periods.title_zh")),
                             .input(.type(.text), .name("title_zh"), .required(true),
                                    .attribute(named: "maxlength", value: String(TextFieldKind.name.maximumLength)))),
                      .label(.text(context.t("plan_periods.title_en")),
                             .input(.type(.text), .name("title_en"),
                                    .attribute(named: "maxlength", value: String(TextFieldKind.name.maximumLength)))),
                      .label(.text(context.t("plan_periods.start")), .input(.type(.date), .name("start"), .required(true))),
                      .label(.text(context.t("plan_periods.end")), .input(.type(.date), .name("end"), .required(true))),
                      .label(.input(.type(.checkbox), .name("keep_targets"), .value("1"), .attribute(named: "checked", value: "checked")),
                             .text(" " + context.t("plan_periods.keep_targets"))),
                      .button(.type(.submit), .class("primary"), .text(context.t("plan_periods.start_next_submit")))))
        )
    }
}

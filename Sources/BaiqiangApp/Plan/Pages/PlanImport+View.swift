import BaiqiangCore
import BaiqiangHTML

extension PlanImportPage {
    static func view(_ model: Model, _ context: PageContext) -> HTML {
        Layout.page(context, title: context.t("plan.import"), active: .plan,
            .h1(.text(context.t("plan.import"))),
            .p(.text(context.t("plan.import_intro"))),
            ImportTemplateController.links([(kind: "plan", label: nil)], context),
            .unwrap(model.notice) { Layout.notice("success", $0) },
            .if(!model.issues.isEmpty, .div(.class("notice notice-error"), .attribute(named: "role", value: "alert"),
                .p(.text(context.t("plan.import_failed", ["count": String(model.total ?? model.issues.count)]))),
                .ul(.forEach(model.issues) { .li(.text($0)) }))),
            .form(.method(.post), .enctype(.multipartData), .class("stacked"),
                  .action(SiteURL.planImport.path), Layout.csrfField(context),
                  .label(.text(context.t("plan.import_file")),
                         .input(.type(.file), .name("file"), .required(true), .attribute(named: "accept", value: ".yaml,.yml,.csv,.xlsx"))),
                  .button(.type(.submit), .class("primary"), .text(context.t("plan.import_submit"))))
        )
    }
}

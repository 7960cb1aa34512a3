import BaiqiangCore
import BaiqiangHTML
import Foundation

extension ChainNewPage {
    static func view(_ model: Model, _ context: PageContext) -> HTML {
        let form = model.form
        return Layout.page(context, title: context.t("chains.new"), active: .chains,
            .p(.a(.href(SiteURL.chains.path), .text("← " + context.t("nav.chains")))),
            .h1(.text(context.t("chains.new"))),
            .p(.class("muted"), .text(context.t("chains.new_hint"))),
            ChainText.issues(model.issues, context),
            .form(.method(.post), .action(SiteURL.chainNew.path), .class("stacked"),
                  Layout.csrfField(context),
                  .label(.text(context.t("chains.code")),
                         .input(.type(.text), .name("code"), .value(form.code), .maxlength(.code), .required(true),
                                .attribute(named: "pattern", value: "[A-Za-z0-9-]+"))),
                  .label(.text(context.t("chains.name_zh")),
                         .input(.type(.text), .name("name_zh"), .value(form.nameZh), .maxlength(.name), .required(true))),
                  .label(.text(context.t("chains.name_en")),
                         .input(.type(.text), .name("name_en"), .value(form.nameEn), .maxlength(.name))),
                  .label(.text(context.t("chains.chief")),
                         .input(.type(.text), .name("chief"), .value(form.chief ?? ""), .maxlength(.contact))),
                  .label(.text(context.t("chains.lead_department")),
                         .select(.attribute(named: "name", value: "lead_department"),
                                 FormNodes.option("", "—", selected: form.leadDepartmentCode == nil),
                                 .forEach(model.departments) { department in
                                     FormNodes.option(department.code, context.t(department.name),
                                                      selected: department.code == form.leadDepartmentCode)
                                 })),
                  .p(.class("muted"), .text(context.t("chains.nodes_hint"))),
                  .forEach(ChainSegment.allCases) { segment in
                      .label(.text(context.t("chains.nodes_of", ["segment": context.t(segment.label)])),
                             .textarea(.name(ChainForm.field(of: segment)), .class("code"), .attribute(named: "rows", value: "5"),
                                       .maxlength(ChainForm.maximumBytes), .text(form.nodes[segment] ?? "")))
                  },
                  .label(.text(context.t("chains.edges")),
                         .textarea(.name(ChainForm.edgesField), .class("code"), .attribute(named: "rows", value: "5"),
                                   .maxlength(ChainForm.maximumBytes), .text(form.edges))),
                  .p(.class("muted"), .text(context.t("chains.edges_hint"))),
                  .button(.type(.submit), .class("primary"), .text(context.t("chains.create")))))
    }
}

import BaiqiangCore
import BaiqiangHTML
import Foundation

extension ChainEditPage {
    static func view(_ model: Model, _ context: PageContext) -> HTML {
        Layout.page(context, title: context.t("chains.edit") + " · " + context.t(model.name), active: .chains,
            .p(.a(.href(SiteURL.chain(code: model.code).path), .text("← " + context.t(model.name)))),
            .h1(.text(context.t("chains.edit") + " · " + context.t(model.name))),
            .p(.class("muted"), .text(context.t("chains.edit_hint"))),
            ChainText.issues(model.issues, context),
            .form(.method(.post), .action(SiteURL.chainEdit(code: model.code).path), .class("stacked"),
                  Layout.csrfField(context),
                  .label(.text(context.t("chains.definition")),
                         .textarea(.name("definition"), .class("code"), .attribute(named: "rows", value: "30"),
                                   .maxlength(ChainLimits.maximumFileBytes), .required(true), .text(model.definition))),
                  .button(.type(.submit), .class("primary"), .text(context.t("chains.save")))))
    }
}

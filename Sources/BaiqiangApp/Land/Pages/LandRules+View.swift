import BaiqiangCore
import BaiqiangHTML

extension LandRulesPage {
    static func view(_ model: Model, _ context: PageContext) -> HTML {
        Layout.page(context, title: context.t("land.rules.title"), active: .land,
            .p(.a(.href(SiteURL.land.path), .text("← " + context.t("nav.land")))),
            .div(.class("page-head"), .h1(.text(context.t("land.rules.title"))),
                 .nav(.class("page-actions"),
                      .a(.class("button"), .href(SiteURL.landRulesFile.path), .text(context.t("land.rules.download"))))),
            .p(.class("muted"), .text(context.t("land.rules.intro"))),
            .unwrap(model.notice) { Layout.notice("success", $0) },
            .p(.text(model.version.map { context.t("land.rules.in_force_version", ["version": String($0)]) }
                     ?? context.t("land.rules.in_force_shipped"))),
            rulesTable(model.rules, context),
            .if(model.mayKeep, form(model, context)),
            versions(model, context))
    }

    static func rulesTable(_ rules: [LowEfficiencyRule], _ context: PageContext) -> Node {
        .if(rules.isEmpty, Layout.notice("info", context.t("land.rules.none")),
            else: .table(.class("data"),
                .thead(.tr(.th(.text(context.t("land.rules.id"))), .th(.text(context.t("land.rule"))),
                           .th(.text(context.t("land.rules.test"))), .th(.text(context.t("land.consequence"))),
                           .th(.text(context.t("land.source"))))),
                .tbody(.forEach(rules) { rule in
                    .tr(.td(.code(.text(rule.id))), .td(.text(context.t(rule.name))), .td(.text(test(rule.test, context))),
                        .td(.text(rule.consequence.map { context.t($0) } ?? "—")),
                        .td(.text(rule.source ?? context.t("land.county_choice"))))
                })))
    }

    /// What a rule checks, with its number, in words.
    static func test(_ test: LowEfficiencyRule.Test, _ context: PageContext) -> String {
        switch test {
        case .holderClassD: context.t("land.rules.test_class_d")
        case .taxPerMuBelow(let threshold): context.t("land.rules.test_tax", ["threshold": NumberText.number(threshold)])
        case .plotRatioBelow(let minimum): context.t("land.rules.test_plot_ratio", ["minimum": NumberText.number(minimum)])
        case .idle(let years): context.t("land.rules.test_idle", ["n": String(years)])
        case .approvedNotSupplied(let years): context.t("land.rules.test_not_supplied", ["n": String(years)])
        case .standardLandUnmet: context.t("land.rules.test_standard_land")
        }
    }

    static func form(_ model: Model, _ context: PageContext) -> Node {
        .group(
            .h2(.text(context.t("land.rules.change"))),
            .p(.class("muted"), .text(context.t("land.rules.change_hint"))),
            .unwrap(model.error) { Layout.notice("error", $0) },
            .form(.method(.post), .action(SiteURL.landRules.path), .class("stacked"),
                  Layout.csrfField(context),
                  .label(.text(context.t("land.rules.file")),
                         .textarea(.name("yaml"), .class("code"), .attribute(named: "rows", value: "24"),
                                   .maxlength(LowEfficiencyRules.maximumFileBytes), .required(true), .text(model.yaml))),
                  reasonField(model.reason, context),
                  .button(.type(.submit), .class("primary"), .text(context.t("land.rules.save")))),
            .if(model.version != nil,
                .form(.method(.post), .action(SiteURL.landRulesRestore.path), .class("stacked"),
                      Layout.csrfField(context),
                      .p(.class("muted"), .text(context.t("land.rules.restore_hint"))),
                      reasonField("", context),
                      .button(.type(.submit), .text(context.t("land.rules.restore"))))))
    }

    static func reasonField(_ value: String, _ context: PageContext) -> Node {
        .label(.text(context.t("land.rules.reason")),
               .input(.type(.text), .name("reason"), .value(value), .maxlength(.name), .required(true)))
    }

    static func versions(_ model: Model, _ context: PageContext) -> Node {
        .if(!model.versions.isEmpty, .group(
            .h2(.text(context.t("land.rules.versions"))),
            .table(.class("data"),
                .thead(.tr(.th(.class("num"), .text(context.t("land.rules.version"))), .th(.text(context.t("land.rules.saved_by"))),
                           .th(.text(context.t("land.rules.reason"))), .th(.text(context.t("land.rules.file"))))),
                .tbody(.forEach(model.versions) { version in
                    .tr(.td(.class("num"), .text(String(version.version))),
                        .td(.text("\(version.recordedBy) · \(ShanghaiDay.display(version.recordedAt))")),
                        .td(.text(version.reason)),
                        .td(.a(.href(SiteURL.landRulesFile.path + "?version=\(version.version)"), .text(context.t("land.rules.download")))))
                }))))
    }
}

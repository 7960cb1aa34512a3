import BaiqiangCore
import BaiqiangHTML
import Foundation

extension ChainListPage {
    static func view(_ model: Model, _ context: PageContext) -> HTML {
        Layout.page(context, title: context.t("nav.chains"), active: .chains,
            .h1(.text(context.t("nav.chains"))),
            .p(.class("muted"), .text(context.t("chains.intro"))),
            .if(model.anyDemo, Layout.notice("warning", context.t("chains.demo_notice"))),
            .unwrap(model.notice) { Layout.notice("success", $0) },
            ChainText.issues(model.issues, context),
            .if(model.rows.isEmpty, Layout.notice("info", context.t("chains.none"))),
            .if(!model.rows.isEmpty, table(model, context)),
            .if(model.mayImport, .p(.a(.class("button"), .href(SiteURL.chainNew.path), .text(context.t("chains.new"))))),
            .if(model.mayImport, importForm(context)))
    }

    static func table(_ model: Model, _ context: PageContext) -> Node {
        .table(.class("data"),
            .thead(.tr(.th(.text(context.t("chains.name"))), .th(.text(context.t("chains.chief"))),
                       .th(.text(context.t("chains.lead_department"))), .th(.class("num"), .text(context.t("chains.nodes"))),
                       .th(.class("num"), .text(context.t("chains.firms"))), .th(.class("num"), .text(context.t("chains.projects"))),
                       .th(.class("num"), .text(context.t("chains.gap_fill"))), .th(.class("num"), .text(context.t("chains.gap_strengthen"))))),
            .tbody(.forEach(model.rows) { row in
                .tr(.td(.a(.href(SiteURL.chain(code: row.code).path), .text(context.t(row.name)))),
                    .td(.text(row.chief ?? context.t("chains.not_named"))),
                    .td(.text(row.leadDepartment ?? context.t("chains.not_named"))),
                    .td(.class("num"), .text(String(row.nodes))), .td(.class("num"), .text(String(row.firms))),
                    .td(.class("num"), .text(String(row.projects))), .td(.class("num"), .text(String(row.gaps))),
                    .td(.class("num"), .text(String(row.thin))))
            }))
    }

    static func importForm(_ context: PageContext) -> Node {
        .section(.class("panel"),
            .h2(.text(context.t("chains.import"))),
            .p(.class("muted"), .text(context.t("chains.import_hint"))),
            .form(.method(.post), .enctype(.multipartData), .class("stacked"),
                  .action(SiteURL.chainImport.path), Layout.csrfField(context),
                  .label(.text(context.t("chains.import_file")),
                         .input(.type(.file), .name("file"), .required(true), .attribute(named: "accept", value: ".yaml,.yml"))),
                  .button(.type(.submit), .class("primary"), .text(context.t("chains.import_submit")))))
    }
}

/// How the chain pages say amounts, strengths, refusals and the demo label.
enum ChainText {
    static func wan(_ value: Double?, _ context: PageContext) -> String {
        value.map { "\(NumberText.number($0)) \(context.t("chains.wan"))" } ?? context.t("chains.no_output")
    }

    static func demo(_ isDemo: Bool, _ context: PageContext) -> Node {
        .if(isDemo, .span(.class("badge badge-demo"), .text(context.t("common.demo"))))
    }

    static func strength(_ strength: ChainNodeStrength?, _ context: PageContext) -> Node {
        guard let strength else { return .text("—") }
        return .span(.class("badge strength-\(strength.rawValue)"), .text(context.t(strength.label)))
    }

    static func issues(_ issues: [String], _ context: PageContext) -> Node {
        .if(!issues.isEmpty, .div(.class("notice notice-error"), .attribute(named: "role", value: "alert"),
            .p(.text(context.t("chains.refused"))),
            .ul(.forEach(issues) { .li(.text($0)) })))
    }
}

import BaiqiangCore
import BaiqiangHTML
import Foundation

extension ChainDetailPage {
    static func view(_ model: Model, _ context: PageContext) -> HTML {
        let chain = model.chain
        return Layout.page(context, title: context.t(chain.name), active: .chains,
            .p(.class("no-print"), .a(.href(SiteURL.chains.path), .text("← " + context.t("nav.chains")))),
            .div(.class("page-head"), .h1(.text(context.t(chain.name))),
                 .if(model.mayEdit, .nav(.class("page-actions no-print"),
                     .a(.class("button"), .href(SiteURL.chainEdit(code: chain.code).path), .text(context.t("chains.edit")))))),
            .if(model.map.anyDemo, Layout.notice("warning", context.t("chains.demo_notice"))),
            .if(model.isPartial, Layout.notice("info", context.t("chains.partial"))),
            .unwrap(model.notice) { Layout.notice("success", $0) },
            ChainText.issues(model.issues, context),
            facts(model, context),
            ChainMapChart.svg(model.map, context),
            .p(.class("muted"), .text(context.t("chains.map_legend"))),
            gaps(model, context),
            nodes(model, context),
            .if(model.mayEdit, placeForm(model, context)))
    }

    static func facts(_ model: Model, _ context: PageContext) -> Node {
        let chain = model.chain
        return .dl(.class("facts"),
            .dt(.text(context.t("chains.chief"))), .dd(.text(chain.chief ?? context.t("chains.not_named"))),
            .dt(.text(context.t("chains.lead_department"))), .dd(.text(chain.leadDepartmentCode ?? context.t("chains.not_named"))),
            .dt(.text(context.t("chains.source"))), .dd(.class("source"), .text(chain.source ?? context.t("chains.no_source"))),
            .dt(.text(context.t("chains.firms"))), .dd(.text(String(model.map.firmCount))),
            .dt(.text(context.t("chains.projects"))), .dd(.text(String(model.map.projectCount))))
    }

    static func gaps(_ model: Model, _ context: PageContext) -> Node {
        .section(
            .h2(.text(context.t("chains.gaps"))),
            .p(.class("muted"), .text(context.t("chains.gaps_intro",
                ["share": NumberText.percent(model.chain.gapRule.dominantFirmShareOver)]))),
            .forEach(ChainGapKind.allCases) { kind in
                let codes = kind.nodes(in: model.map.analysis)
                return .section(.class("gap-list"),
                    .h3(.text(context.t(kind.label)), .span(.class("count"), .text(" \(codes.count)"))),
                    .if(codes.isEmpty, .p(.class("muted"), .text(context.t("chains.no_gaps")))),
                    .ul(.forEach(codes) { code in gapItem(model, kind: kind, code: code, context) }))
            })
    }

    static func gapItem(_ model: Model, kind: ChainGapKind, code: String, _ context: PageContext) -> Node {
        let name = model.chain.node(code).map { context.t($0.name) } ?? code
        let thin = model.map.analysis.strengthen.first { $0.nodeCode == code }
        let detail: String = thin.map { node in
            context.t("chains.thin_detail", ["share": NumberText.percent(node.share), "firm": firmName(model, node.dominantFirm)])
        } ?? ""
        return .li(.text(name), .if(!detail.isEmpty, .span(.class("muted"), .text(" · " + detail))),
                   .if(model.mayLead, leadForm(model, kind: kind, code: code, context)))
    }

    static func firmName(_ model: Model, _ creditCode: String) -> String {
        model.map.firmsByNode.values.lazy.flatMap { $0 }.first { $0.creditCode == creditCode }?.name ?? creditCode
    }

    static func leadForm(_ model: Model, kind: ChainGapKind, code: String, _ context: PageContext) -> Node {
        .form(.method(.post), .action(SiteURL.chainLeads(code: model.chain.code).path), .class("inline no-print"),
              Layout.csrfField(context),
              .input(.type(.hidden), .name("node"), .value(code)),
              .input(.type(.hidden), .name("kind"), .value(kind.rawValue)),
              .button(.type(.submit), .text(context.t("chains.make_lead"))))
    }

    static func nodes(_ model: Model, _ context: PageContext) -> Node {
        .section(
            .h2(.text(context.t("chains.nodes"))),
            .table(.class("data"),
                .thead(.tr(.th(.text(context.t("chains.segment"))), .th(.text(context.t("chains.node"))),
                           .th(.text(context.t("chains.strength"))), .th(.text(context.t("chains.local_firms"))),
                           .th(.class("num"), .text(context.t("chains.output"))), .th(.text(context.t("chains.pipeline"))))),
                .tbody(.forEach(model.chain.nodes) { node in nodeRow(model, node, context) })))
    }

    static func nodeRow(_ model: Model, _ node: ChainNode, _ context: PageContext) -> Node {
        let firms = model.map.firmsByNode[node.code] ?? []
        let projects = model.map.projectsByNode[node.code] ?? []
        let firmList: Node = .ul(.class("plain"), .forEach(firms) { firm in
            .li(.a(.href(SiteURL.enterprise(creditCode: firm.creditCode).path), .text(firm.name)),
                ChainText.demo(firm.isDemo, context),
                .if(firm.byHand, .span(.class("badge"), .text(context.t("chains.by_hand")))),
                .span(.class("muted"), .text(" " + (firm.townCode.map { model.townNames[$0] ?? $0 } ?? "—") + " · "
                    + ChainText.wan(firm.outputWanYuan, context) + (firm.year.map { " (\($0))" } ?? ""))))
        })
        let projectList: Node = .ul(.class("plain"), .forEach(projects) { project in
            .li(.a(.href(SiteURL.project(id: project.id.uuidString).path), .text(project.name)),
                ChainText.demo(project.isDemo, context),
                .span(.class("muted"), .text(" " + context.t(project.stage.label))))
        })
        return .tr(.td(.text(context.t(node.segment.label))),
                   .td(.text(context.t(node.name)), .div(.class("muted"), .text(node.industryCodes.map { code in
                       IndustryNames.name(of: code, in: context.environment).map { "\(code) \(context.t($0))" } ?? code
                   }.joined(separator: "; ")))),
                   .td(ChainText.strength(model.map.strength[node.code], context)),
                   .td(.if(firms.isEmpty, .text("—"), else: firmList)),
                   .td(.class("num"), .text(ChainText.wan(model.map.output(of: node.code), context))),
                   .td(.if(projects.isEmpty, .text("—"), else: projectList)))
    }

    static func placeForm(_ model: Model, _ context: PageContext) -> Node {
        .section(.class("panel no-print"),
            .h2(.text(context.t("chains.place"))),
            .p(.class("muted"), .text(context.t("chains.place_hint"))),
            .form(.method(.post), .action(SiteURL.chainFirms(code: model.chain.code).path), .class("stacked"),
                  Layout.csrfField(context),
                  .label(.text(context.t("chains.node")),
                         .select(.name("node"), .forEach(model.chain.nodes) { node in FormNodes.option(node.code, context.t(node.name)) })),
                  .label(.text(context.t("chains.credit_code")),
                         .input(.type(.text), .name("credit_code"), .required(true), .maxlength(TextFieldKind.code.maximumLength))),
                  .label(.text(context.t("chains.place_action")),
                         .select(.name("action"),
                                 FormNodes.option("add", context.t("chains.place_add"), selected: true),
                                 FormNodes.option("remove", context.t("chains.place_remove")))),
                  .button(.type(.submit), .class("primary"), .text(context.t("chains.place_submit")))))
    }
}

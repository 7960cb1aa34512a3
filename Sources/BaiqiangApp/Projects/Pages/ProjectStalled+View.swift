import BaiqiangCore
import BaiqiangHTML
import Foundation

extension ProjectStalledPage {
    static func view(_ model: Model, _ context: PageContext) -> HTML {
        Layout.page(context, title: context.t("projects.stalled"), active: .projects,
            .p(.a(.href(SiteURL.projects.path), .text("← " + context.t("nav.projects")))),
            .h1(.text(context.t("projects.stalled"))),
            .p(.class("muted"), .text(context.t("projects.stalled_intro"))),
            .if(model.anyDemo, Layout.notice("warning", context.t("projects.demo_notice"))),
            .forEach(model.lists) { list in
                .section(
                    .h2(.text(context.t(list.list.label)), .span(.class("count"), .text(" \(list.rows.count)"))),
                    .if(list.rows.isEmpty, .p(.class("muted"), .text(context.t("projects.stalled_none")))),
                    .if(!list.rows.isEmpty, .table(.class("data"),
                        .thead(.tr(.th(.text(context.t("projects.name"))), .th(.text(context.t("projects.stage"))),
                                   .th(.class("num"), .text(context.t("projects.days_stalled"))), .th(.text(context.t("projects.leader"))))),
                        .tbody(.forEach(list.rows) { row in
                            .tr(.td(.a(.href(SiteURL.project(id: row.id.uuidString).path), .text(row.name)), ProjectText.demo(row.isDemo, context)),
                                .td(.text(context.t(row.entry.stage.label))),
                                .td(.class("num"), .text(String(row.entry.daysStalled))),
                                .td(.text(row.entry.linkedLeader ?? "—")))
                        }))))
            })
    }
}

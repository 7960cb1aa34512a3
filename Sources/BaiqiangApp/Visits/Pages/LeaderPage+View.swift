import BaiqiangCore
import BaiqiangHTML
import Foundation

extension LeaderPage {
    static func view(_ model: Model, _ context: PageContext) -> HTML {
        Layout.page(context, title: context.t("leaders.title", ["name": model.displayName]), active: nil,
            .h1(.text(context.t("leaders.title", ["name": model.displayName]))),
            .if(model.anyDemo, Layout.notice("warning", context.t("leaders.demo_notice"))),
            .h2(.text(context.t("leaders.firms", ["count": String(model.firmsTotal)]))),
            .if(model.firms.isEmpty, .p(.class("muted"), .text(context.t("leaders.no_firms")))),
            .if(!model.firms.isEmpty, .table(.class("data"),
                .thead(.tr(.th(.text(context.t("leaders.firm"))), .th(.text(context.t("leaders.link"))),
                           .th(.text(context.t("leaders.class", ["year": model.evaluationYear.map(String.init) ?? "—"]))),
                           .th(.class("num"), .text(context.t("leaders.output"))))),
                .tbody(.forEach(model.firms) { firm in
                    .tr(.td(.a(.href(SiteURL.enterprise(creditCode: firm.creditCode).path), .text(firm.name)),
                            ProjectText.demo(firm.isDemo, context),
                            .unwrap(firm.town) { .span(.class("muted"), .text(" · " + $0)) }),
                        .td(.text(linkText(firm, context))),
                        .td(.text(firm.evaluationClass ?? "—")),
                        .td(.class("num"), .text(firm.outputWan.map { value in
                            "\(NumberText.number(value)) \(context.t("leaders.wan"))" + (firm.outputYear.map { " (\($0))" } ?? "")
                        } ?? "—")))
                }))),
            pager(model, list: "firms", page: model.firmsPage, count: model.firmsPageCount, context),
            .h2(.text(context.t("leaders.projects", ["count": String(model.projectsTotal)]))),
            .if(model.projects.isEmpty, .p(.class("muted"), .text(context.t("leaders.no_projects")))),
            .if(!model.projects.isEmpty, .table(.class("data"),
                .thead(.tr(.th(.text(context.t("leaders.project"))), .th(.text(context.t("projects.stage"))),
                           .th(.text(context.t("projects.light"))))),
                .tbody(.forEach(model.projects) { project in
                    .tr(.td(.a(.href(SiteURL.project(id: project.id.uuidString).path), .text(project.name)),
                            ProjectText.demo(project.isDemo, context)),
                        .td(.text(context.t(project.stage.label))),
                        .td(ProjectText.light(project.light, context)))
                }))),
            pager(model, list: "projects", page: model.projectsPage, count: model.projectsPageCount, context)
        )
    }

    static func linkText(_ firm: FirmRow, _ context: PageContext) -> String {
        [firm.asCityLeader ? context.t("leaders.as_city") : nil, firm.asTownLeader ? context.t("leaders.as_town") : nil]
            .compactMap { $0 }.joined(separator: " · ")
    }

    /// Previous and next links for one list, keeping the other list's page.
    static func pager(_ model: Model, list: String, page: Int, count: Int, _ context: PageContext) -> Node {
        func link(_ to: Int) -> String {
            let firms = list == "firms" ? to : model.firmsPage, projects = list == "projects" ? to : model.projectsPage
            var components = URLComponents()
            components.path = SiteURL.leader(username: model.username).path
            components.queryItems = [URLQueryItem(name: "firms_page", value: String(firms)),
                                     URLQueryItem(name: "projects_page", value: String(projects))]
            return components.string ?? components.path
        }
        return .if(count > 1, .nav(.class("pagination"),
            .if(page > 1, .a(.href(link(page - 1)), .text(context.t("projects.previous")))),
            .span(.text(" \(page) / \(count) ")),
            .if(page < count, .a(.href(link(page + 1)), .text(context.t("projects.next"))))))
    }
}

import BaiqiangCore
import BaiqiangHTML
import Foundation

extension LeaderPage {
    static func view(_ model: Model, _ context: PageContext) -> HTML {
        Layout.page(context, title: context.t("leaders.title", ["name": model.displayName]), active: nil,
            .h1(.text(context.t("leaders.title", ["name": model.displayName]))),
            .p(.a(.href(SiteURL.visits.path), .text(context.t("visits.overview")))),
            .if(model.anyDemo, Layout.notice("warning", context.t("leaders.demo_notice"))),
            .unwrap(model.error) { Layout.notice("error", $0) },
            .h2(.text(context.t("leaders.firms", ["count": String(model.firmsTotal)]))),
            .if(model.firms.isEmpty, .p(.class("muted"), .text(context.t("leaders.no_firms")))),
            .if(!model.firms.isEmpty, .table(.class("data"),
                .thead(.tr(.th(.text(context.t("leaders.firm"))), .th(.text(context.t("leaders.link"))),
                           .th(.text(context.t("leaders.class", ["year": model.evaluationYear.map(String.init) ?? "—"]))),
                           .th(.class("num"), .text(context.t("leaders.output"))),
                           .th(.text(context.t("visits.last"))), .th(.text(context.t("visits.flags"))),
                           .th(.class("num"), .text(context.t("visits.open_demands"))))),
                .tbody(.forEach(model.firms) { firm in
                    .tr(.td(.a(.href(SiteURL.enterprise(creditCode: firm.creditCode).path), .text(firm.name)),
                            ProjectText.demo(firm.isDemo, context),
                            .unwrap(firm.town) { .span(.class("muted"), .text(" · " + $0)) }),
                        .td(.text(linkText(firm, context))),
                        .td(.text(firm.evaluationClass ?? "—")),
                        .td(.class("num"), .text(firm.outputWan.map { value in
                            "\(NumberText.number(value)) \(context.t("leaders.wan"))" + (firm.outputYear.map { " (\($0))" } ?? "")
                        } ?? "—")),
                        .td(.text(firm.lastVisit?.description ?? context.t("visits.never")),
                            .if(firm.overdue, .span(.class("badge light-red"), .text(context.t("visits.overdue")))),
                            .unwrap(firm.visitsThisPeriod) { standing in
                                .div(.class("muted"), .text(context.t("visits.this_period", [
                                    "visits": String(standing.count), "due": String(standing.quota.visits),
                                    "period": context.t(standing.quota.period.label)])))
                            }),
                        .td(.text(firm.flags.isEmpty ? "—" : firm.flags.map { context.t($0.label) }.joined(separator: "、"))),
                        .td(.class("num"), .text(String(firm.openDemands))))
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
            pager(model, list: "projects", page: model.projectsPage, count: model.projectsPageCount, context),
            .if(model.mayRecord && !model.firms.isEmpty, recordForm(model, context)),
            .h2(.text(context.t("visits.recent"))),
            .if(model.recentVisits.isEmpty, .p(.class("muted"), .text(context.t("visits.none")))),
            .if(!model.recentVisits.isEmpty, .table(.class("data"),
                .thead(.tr(.th(.text(context.t("visits.date"))), .th(.text(context.t("leaders.firm"))),
                           .th(.text(context.t("visits.flags"))), .th(.text(context.t("visits.firm_said"))),
                           .th(.text(context.t("visits.demand"))))),
                .tbody(.forEach(model.recentVisits) { visit in
                    .tr(.td(.text(visit.date)),
                        .td(.text(visit.firmName), ProjectText.demo(visit.isDemo, context)),
                        .td(.text(visit.flags.isEmpty ? "—" : visit.flags.map { context.t($0.label) }.joined(separator: "、"))),
                        .td(.text(visit.firmSaid ?? "—")),
                        .td(.unwrap(visit.demandNumber, { number in
                            .a(.href(SiteURL.demand(number: number).path), .text(number))
                        }, else: .if(model.mayRecord, demandForm(visit, model, context), else: .text("—")))))
                })))
        )
    }

    /// Recording a visit to one of the firms on this page (usable on a phone: one column).
    static func recordForm(_ model: Model, _ context: PageContext) -> Node {
        .form(.method(.post), .action(SiteURL.leaderVisits(username: model.username).path), .class("stacked"),
            Layout.csrfField(context),
            .h2(.text(context.t("visits.record"))),
            .label(.text(context.t("leaders.firm")),
                   .select(.attribute(named: "name", value: "credit_code"),
                           .forEach(model.firms) { firm in FormNodes.option(firm.creditCode, firm.name) })),
            .label(.text(context.t("visits.date")),
                   .input(.type(.date), .name("date"), .value(model.today), .min(VisitLimits.earliestDateText), .max(model.today), .required(true))),
            .label(.text(context.t("visits.participants")),
                   .input(.type(.text), .name("participants"), .maxlength(VisitLimits.participantsLength))),
            .label(.text(context.t("visits.firm_said")),
                   .textarea(.name("firm_said"), .maxlength(VisitLimits.firmSaidLength))),
            .fieldset(.legend(.text(context.t("visits.flags"))),
                      .forEach(RiskFlag.allCases) { flag in
                          .label(.input(.type(.checkbox), .name("flag_\(flag.rawValue)"), .value("1")), .text(context.t(flag.label)))
                      }),
            .button(.type(.submit), .class("primary"), .text(context.t("visits.save"))))
    }

    /// Turning a problem heard on the visit into a demand, in one step.
    static func demandForm(_ visit: VisitRow, _ model: Model, _ context: PageContext) -> Node {
        .form(.method(.post), .action(SiteURL.visitDemand(id: visit.id.uuidString).path), .class("stacked"),
            Layout.csrfField(context),
            .label(.text(context.t("visits.category")),
                   .select(.attribute(named: "name", value: "category"),
                           .forEach(model.categories) { category in FormNodes.option(category.code, context.t(category.name)) })),
            .label(.text(context.t("visits.problem")),
                   .textarea(.name("description"), .maxlength(TextFieldKind.demandText.maximumLength), .required(true))),
            .button(.type(.submit), .text(context.t("visits.to_demand"))))
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

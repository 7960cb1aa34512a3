import BaiqiangCore
import BaiqiangHTML
import Foundation

/// The campaign form and the grid workers page, one column for a phone first.
extension GridPages {
    static func campaignForm(_ model: CampaignFormModel, _ context: PageContext) -> HTML {
        let values = model.values
        let title = context.t(model.editing == nil ? "grid.campaign_new" : "grid.campaign_edit")
        let action = model.editing.map { SiteURL.gridCampaign(code: $0).path } ?? SiteURL.gridCampaigns.path
        func count(_ key: String, _ name: String, _ value: String) -> Node {
            .label(.text(context.t(key)),
                   .input(.type(.number), .name(name), .min("0"), .max(String(GridCampaignTargets.maximum)),
                          .attribute(named: "step", value: "1"), .attribute(named: "inputmode", value: "numeric"), .value(value)))
        }
        return Layout.page(context, title: title, active: .grid,
            .h1(.text(title)),
            .unwrap(model.error) { Layout.notice("error", $0) },
            .form(.method(.post), .action(action), .class("stacked"),
                Layout.csrfField(context),
                .if(model.editing == nil,
                    .label(.text(context.t("grid.campaign_code")),
                           .input(.type(.text), .name("code"), .maxlength(.code), .required(true), .value(values.code),
                                  .attribute(named: "pattern", value: "[A-Za-z0-9_\\-]+"))),
                    else: .p(.text(context.t("grid.campaign_code") + " " + values.code))),
                .label(.text(context.t("grid.name_zh")),
                       .input(.type(.text), .name("name_zh"), .maxlength(.name), .required(true), .value(values.nameZh))),
                .label(.text(context.t("grid.name_en")),
                       .input(.type(.text), .name("name_en"), .maxlength(.name), .value(values.nameEn))),
                .fieldset(.legend(.text(context.t("grid.towns"))),
                          .if(model.mayCoverCounty, .p(.class("hint"), .text(context.t("grid.towns_hint")))),
                          .forEach(model.towns) { town in
                              .label(.input(.type(.checkbox), .name("towns"), .value(town.code), .if(values.towns.contains(town.code), .checked(true))),
                                     .text(context.t(town.name)))
                          }),
                .fieldset(.legend(.text(context.t("grid.categories"))),
                          .p(.class("hint"), .text(context.t("grid.categories_hint"))),
                          .forEach(model.categories) { category in
                              .label(.input(.type(.checkbox), .name("categories"), .value(category.code),
                                            .if(values.categories.contains(category.code), .checked(true))),
                                     .text(context.t(category.name)))
                          }),
                .label(.text(context.t("grid.start")), .input(.type(.date), .name("start"), .required(true), .value(values.start))),
                .label(.text(context.t("grid.end")), .input(.type(.date), .name("end"), .required(true), .value(values.end))),
                count("grid.target_sites", "sites_checked", values.sitesChecked),
                count("grid.target_found", "hazards_found", values.hazardsFound),
                count("grid.target_fixed", "hazards_fixed", values.hazardsFixed),
                .button(.type(.submit), .class("primary"), .text(context.t("grid.save")))))
    }

    static func workers(_ model: WorkersModel, _ context: PageContext) -> HTML {
        func value(_ key: String) -> String { model.values[key] ?? "" }
        func teamSelect(_ selected: GridTeam?) -> Node {
            .label(.text(context.t("grid.team")),
                   .select(.attribute(named: "name", value: "team"), .required(true),
                           .forEach(GridTeam.allCases) { FormNodes.option($0.rawValue, context.t($0.label), selected: $0 == selected) }))
        }
        func gridSelect(_ selected: String) -> Node {
            .label(.text(context.t("grid.grid")),
                   .select(.attribute(named: "name", value: "grid"), .required(true),
                           .forEach(model.grids) { FormNodes.option($0.code, $0.name, selected: $0.code == selected) }))
        }
        return Layout.page(context, title: context.t("grid.workers"), active: .grid,
            .h1(.text(context.t("grid.workers"))),
            .if(model.anyDemo, Layout.notice("warning", context.t("grid.demo_notice"))),
            .unwrap(model.error) { Layout.notice("error", $0) },
            .if(model.workers.isEmpty, .p(.class("muted"), .text(context.t("grid.no_workers")))),
            .ul(.class("plain cards"),
                .forEach(model.workers) { worker in
                    .li(.class("card"),
                        .strong(.text(worker.name)), .text(" (\(worker.username)) "), demoMark(worker.isDemo, context),
                        .div(.class("muted"), .text("\(worker.gridName) · " + (worker.team.map { context.t($0.label) } ?? "—"))),
                        .details(.summary(.text(context.t("grid.move"))),
                                 .form(.method(.post), .action(SiteURL.gridWorkers.path), .class("stacked"),
                                       Layout.csrfField(context),
                                       .input(.type(.hidden), .name("username"), .value(worker.username)),
                                       gridSelect(worker.gridCode), teamSelect(worker.team),
                                       .button(.type(.submit), .text(context.t("grid.move"))))),
                        .form(.method(.post), .action(SiteURL.gridWorkerUnbind.path), .class("inline"),
                              Layout.csrfField(context),
                              .input(.type(.hidden), .name("username"), .value(worker.username)),
                              .button(.type(.submit), .text(context.t("grid.unbind")))))
                }),
            .h2(.text(context.t("grid.bind"))),
            .if(model.grids.isEmpty, .p(.class("muted"), .text(context.t("grid.no_grids")))),
            .if(!model.grids.isEmpty && model.searchable,
                .form(.method(.get), .action(SiteURL.gridWorkers.path), .class("inline"),
                      .label(.text(context.t("grid.worker_search")),
                             .input(.type(.search), .name("q"), .maxlength(.name), .value(model.search))),
                      .button(.type(.submit), .text(context.t("grid.search"))))),
            .if(!model.grids.isEmpty && model.matched > model.candidates.count,
                .p(.class("hint"), .text(context.t("grid.worker_search_more", ["shown": String(model.candidates.count),
                                                                                "matched": String(model.matched)])))),
            .if(!model.grids.isEmpty && model.candidates.isEmpty,
                .p(.class("muted"), .text(context.t(model.search.isEmpty ? "grid.no_candidates" : "grid.no_candidates_found")))),
            .if(!model.grids.isEmpty && !model.candidates.isEmpty, .form(.method(.post), .action(SiteURL.gridWorkers.path), .class("stacked"),
                Layout.csrfField(context),
                .label(.text(context.t("grid.username")),
                       .select(.attribute(named: "name", value: "username"), .required(true),
                               .forEach(model.candidates) { candidate in
                                   let unit = candidate.town.map { context.t($0) } ?? context.t("grid.unbound")
                                   return FormNodes.option(candidate.username, "\(candidate.name) · \(unit) (\(candidate.username))",
                                                           selected: candidate.username == value("username"))
                               })),
                gridSelect(value("grid")), teamSelect(GridTeam(rawValue: value("team"))),
                .button(.type(.submit), .class("primary"), .text(context.t("grid.bind"))))))
    }
}

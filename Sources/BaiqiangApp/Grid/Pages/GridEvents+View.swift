import BaiqiangCore
import BaiqiangHTML
import Foundation

/// The grid pages, made for a phone first: one column, cards rather than wide tables.
extension GridPages {
    static func demoMark(_ isDemo: Bool, _ context: PageContext) -> Node {
        .if(isDemo, .span(.class("badge demo"), .text(context.t("grid.demo"))))
    }

    static func list(_ model: ListModel, _ context: PageContext) -> HTML {
        Layout.page(context, title: context.t("grid.title"), active: .grid,
            .h1(.text(context.t(model.heading))),
            .if(model.anyDemo, Layout.notice("warning", context.t("grid.demo_notice"))),
            .p(.if(model.mayReport, .a(.class("button primary"), .href(SiteURL.gridEventNew.path), .text(context.t("grid.report")))),
               .text(" "),
               .a(.href(SiteURL.gridCampaigns.path), .text(context.t("grid.campaigns"))),
               .if(model.mayBindWorkers, .group(.text(" "), .a(.href(SiteURL.gridWorkers.path), .text(context.t("grid.workers")))))),
            .form(.method(.get), .action(SiteURL.grid.path), .class("inline"),
                  .label(.text(context.t("grid.status")),
                         .select(.attribute(named: "name", value: "status"),
                                 FormNodes.option("", context.t("grid.all"), selected: model.statusFilter == nil),
                                 .forEach(DemandStatus.allCases) { status in
                                     FormNodes.option(status.rawValue, context.t(GridEvents.label(status)), selected: status == model.statusFilter)
                                 })),
                  .button(.type(.submit), .text(context.t("grid.filter")))),
            .if(model.events.isEmpty, .p(.class("muted"), .text(context.t("grid.no_events")))),
            .ul(.class("plain cards"),
                .forEach(model.events) { event in
                    .li(.class("card"),
                        .a(.href(SiteURL.gridEvent(id: event.id.uuidString).path), .strong(.text(context.t(event.category)))),
                        demoMark(event.isDemo, context),
                        .div(.span(.class("badge"), .text(context.t(GridEvents.label(event.status)))),
                             .if(event.overdue, .span(.class("badge light-red"), .text(context.t("grid.overdue"))))),
                        .div(.class("muted"), .text("\(event.gridName) · \(event.place)")),
                        .div(.class("muted"), .text(context.t("grid.reported_at") + " " + DemandUI.time(event.reportedAt))))
                }),
            .unwrap(model.nextCursor) { cursor in
                var components = URLComponents()
                components.path = SiteURL.grid.path
                components.queryItems = [URLQueryItem(name: "cursor", value: cursor)]
                    + (model.statusFilter.map { [URLQueryItem(name: "status", value: $0.rawValue)] } ?? [])
                return .nav(.class("pagination"), .a(.href(components.string ?? components.path), .text(context.t("grid.more"))))
            })
    }

    static func new(_ model: NewModel, _ context: PageContext) -> HTML {
        func value(_ key: String) -> String { model.values[key] ?? "" }
        return Layout.page(context, title: context.t("grid.report"), active: .grid,
            .h1(.text(context.t("grid.report"))),
            .unwrap(model.error) { Layout.notice("error", $0) },
            .if(model.grids.isEmpty, .p(.class("muted"), .text(context.t("grid.no_grids")))),
            .if(!model.grids.isEmpty, .form(.method(.post), .action(SiteURL.grid.path), .class("stacked"),
                Layout.csrfField(context),
                .label(.text(context.t("grid.grid")),
                       .select(.attribute(named: "name", value: "grid"), .required(true),
                               .forEach(model.grids) { FormNodes.option($0.code, $0.name, selected: $0.code == value("grid")) })),
                .label(.text(context.t("grid.category")),
                       .select(.attribute(named: "name", value: "category"), .required(true),
                               .forEach(model.categories) { FormNodes.option($0.code, context.t($0.name), selected: $0.code == value("category")) })),
                .label(.text(context.t("grid.description")),
                       .textarea(.name("description"), .maxlength(.demandText), .required(true), .attribute(named: "rows", value: "4"), .text(value("description")))),
                .label(.text(context.t("grid.address")),
                       .input(.type(.text), .name("address"), .maxlength(.address), .value(value("address")))),
                .p(.class("hint"), .text(context.t("grid.point_hint"))),
                .label(.text(context.t("grid.latitude")),
                       .input(.type(.number), .name("latitude"), .attribute(named: "step", value: "any"), .min("-90"), .max("90"),
                              .attribute(named: "inputmode", value: "decimal"), .value(value("latitude")))),
                .label(.text(context.t("grid.longitude")),
                       .input(.type(.number), .name("longitude"), .attribute(named: "step", value: "any"), .min("-180"), .max("180"),
                              .attribute(named: "inputmode", value: "decimal"), .value(value("longitude")))),
                .label(.input(.type(.checkbox), .name("hazard_found"), .value("1"), .if(value("hazard_found") != "0", .checked(true))),
                       .text(context.t("grid.hazard_found"))),
                .button(.type(.submit), .class("primary"), .text(context.t("grid.submit"))))))
    }

    static func detail(_ model: DetailModel, _ context: PageContext) -> HTML {
        let event = model.event
        return Layout.page(context, title: context.t(event.category), active: .grid,
            .h1(.text(context.t(event.category)), demoMark(event.isDemo, context)),
            .if(event.isDemo, Layout.notice("warning", context.t("grid.demo_notice"))),
            .unwrap(model.error) { Layout.notice("error", $0) },
            .dl(.class("facts"),
                .dt(.text(context.t("grid.status"))), .dd(.text(context.t(GridEvents.label(event.status))),
                                                         .if(event.overdue, .span(.class("badge light-red"), .text(context.t("grid.overdue"))))),
                .dt(.text(context.t("grid.grid"))), .dd(.text(event.gridName)),
                .dt(.text(context.t("grid.place"))), .dd(.text(event.place)),
                .dt(.text(context.t("grid.reported_by"))), .dd(.text("\(model.reporterName) · \(DemandUI.time(event.reportedAt))")),
                .dt(.text(context.t("grid.deadline"))), .dd(.text(DemandUI.time(event.closureDeadline))),
                .dt(.text(context.t("grid.hazard"))), .dd(.text(context.t(model.hazardFound ? "grid.yes" : "grid.no"))),
                .unwrap(model.handler) { .group(.dt(.text(context.t("grid.handler"))), .dd(.text($0))) }),
            .p(.text(model.description)),
            photos(model, context),
            .h2(.text(context.t("grid.steps"))),
            .ol(.forEach(model.steps) { step in
                .li(.strong(.text(context.t(step.action))), .text(" · \(step.actorName) · \(DemandUI.time(step.at))"),
                    .unwrap(step.note) { .div(.class("muted"), .text($0)) })
            }),
            .if(!model.actions.isEmpty, .h2(.text(context.t("grid.actions")))),
            .forEach(model.actions) { actionForm($0, model, context) })
    }

    /// The event's photos, one column on a phone, and the form to add one while there is room.
    static func photos(_ model: DetailModel, _ context: PageContext) -> Node {
        let eventID = model.event.id.uuidString
        return .group(
            .h2(.text(context.t("grid.photos"))),
            .if(model.photos.isEmpty, .p(.class("muted"), .text(context.t("grid.no_photos")))),
            .ul(.class("plain cards photos"),
                .forEach(model.photos) { photo in
                    let path = SiteURL.gridEventPhoto(id: eventID, photo: photo.id.uuidString).path
                    return .li(.class("card"),
                               .a(.href(path), .img(.src(path), .alt(photo.fileName), .attribute(named: "loading", value: "lazy"))),
                               .div(.class("muted"), .text("\(photo.uploadedBy) · \(DemandUI.time(photo.uploadedAt)) "),
                                    demoMark(photo.isDemo, context)))
                }),
            .if(model.mayAddPhoto && model.photos.count < GridEventPhotos.maximumPerEvent,
                .form(.method(.post), .enctype(.multipartData), .action(SiteURL.gridEventPhotos(id: eventID).path), .class("stacked"),
                      Layout.csrfField(context),
                      .label(.text(context.t("grid.photo_add", ["count": String(GridEventPhotos.maximumPerEvent)])),
                             .input(.type(.file), .name("photo"), .attribute(named: "accept", value: "image/jpeg,image/png"), .required(true))),
                      .button(.type(.submit), .text(context.t("grid.photo_upload"))))))
    }

    static func actionForm(_ action: DemandActionKind, _ model: DetailModel, _ context: PageContext) -> Node {
        let path = SiteURL.gridEventSteps(id: model.event.id.uuidString).path
        func note(required: Bool) -> Node {
            .label(.text(context.t(required ? "grid.note_required" : "grid.note_optional")),
                   .textarea(.name("note"), .maxlength(.note), .attribute(named: "rows", value: "3"), .if(required, .required(true)), .text("")))
        }
        let picker = HandlingUnitPicker(departments: model.departments, towns: model.towns)
        let fields: Node = switch action {
        case .assign: picker.node(context)
        case .reassign: .group(picker.node(context, excluding: model.currentHandler), note(required: true))
        case .returnToCentre, .respond, .resolve, .closeUnsatisfied: note(required: true)
        case .returnVisit:
            .group(.label(.text(context.t("grid.verdict")),
                          .select(.attribute(named: "name", value: "satisfaction"),
                                  FormNodes.option(Satisfaction.satisfied.rawValue, context.t("grid.verified")),
                                  FormNodes.option(Satisfaction.unsatisfied.rawValue, context.t("grid.not_verified")))),
                   note(required: false))
        default: note(required: false)
        }
        return .form(.method(.post), .action(path), .class("stacked"),
                     Layout.csrfField(context),
                     .input(.type(.hidden), .name("action"), .value(action.rawValue)),
                     fields,
                     .button(.type(.submit), .class("primary"), .text(context.t(GridEvents.label(action)))))
    }

    static func campaigns(_ model: CampaignsModel, _ context: PageContext) -> HTML {
        Layout.page(context, title: context.t("grid.campaigns"), active: .grid,
            .h1(.text(context.t("grid.campaigns"))),
            .if(model.mayCreate, .p(.a(.class("button primary"), .href(SiteURL.gridCampaignNew.path), .text(context.t("grid.campaign_new"))))),
            .if(model.anyDemo, Layout.notice("warning", context.t("grid.demo_notice"))),
            .if(model.campaigns.isEmpty, .p(.class("muted"), .text(context.t("grid.no_campaigns")))),
            .ul(.class("plain cards"),
                .forEach(model.campaigns) { campaign in
                    .li(.class("card"),
                        .a(.href(SiteURL.gridCampaign(code: campaign.code).path), .strong(.text(context.t(campaign.name)))),
                        demoMark(campaign.isDemo, context),
                        .div(.class("muted"), .text("\(campaign.start) – \(campaign.end)")),
                        .div(.text(context.t("grid.progress_line", [
                            "sites": String(campaign.counts.sitesChecked), "found": String(campaign.counts.hazardsFound),
                            "fixed": String(campaign.counts.hazardsFixed)]))))
                }))
    }

    static func campaign(_ model: CampaignModel, _ context: PageContext) -> HTML {
        let campaign = model.campaign
        func row(_ key: String, _ count: Int, _ target: Int) -> Node {
            let share = target > 0 ? min(1, Double(count) / Double(target)) : 0
            return .tr(.td(.text(context.t(key))), .td(.class("num"), .text(String(count))), .td(.class("num"), .text(String(target))),
                       .td(.progress(.attribute(named: "max", value: "100"),
                                                              .attribute(named: "value", value: String(Int((share * 100).rounded())))),
                           .text(target > 0 ? " \(Int((Double(count) / Double(target) * 100).rounded()))%" : " —")))
        }
        return Layout.page(context, title: context.t(campaign.name), active: .grid,
            .h1(.text(context.t(campaign.name)), demoMark(campaign.isDemo, context)),
            .if(campaign.isDemo, Layout.notice("warning", context.t("grid.demo_notice"))),
            .if(model.mayEdit, .p(.a(.class("button"), .href(SiteURL.gridCampaignEdit(code: campaign.code).path), .text(context.t("grid.campaign_edit"))))),
            .dl(.class("facts"),
                .dt(.text(context.t("grid.period"))), .dd(.text("\(campaign.start) – \(campaign.end)")),
                .dt(.text(context.t("grid.towns"))), .dd(.text(campaign.towns.isEmpty ? context.t("grid.all") : campaign.towns.joined(separator: "、"))),
                .dt(.text(context.t("grid.categories"))),
                .dd(.text(campaign.categories.isEmpty ? context.t("grid.all") : campaign.categories.map { context.t($0) }.joined(separator: "、")))),
            .if(!model.countyWide, .p(.class("hint"), .text(context.t("grid.counts_within_reach")))),
            .table(.class("data"),
                .thead(.tr(.th(.text(context.t("grid.measure"))), .th(.class("num"), .text(context.t("grid.count"))),
                           .th(.class("num"), .text(context.t("grid.target"))), .th(.text(context.t("grid.share"))))),
                .tbody(row("grid.sites_checked", campaign.counts.sitesChecked, campaign.targets.sitesChecked),
                       row("grid.hazards_found", campaign.counts.hazardsFound, campaign.targets.hazardsFound),
                       row("grid.hazards_fixed", campaign.counts.hazardsFixed, campaign.targets.hazardsFixed))),
            .p(.text(context.t("grid.fix_rate") + " " + (campaign.counts.fixRate.map { "\(Int(($0 * 100).rounded()))%" } ?? "—"))))
    }
}

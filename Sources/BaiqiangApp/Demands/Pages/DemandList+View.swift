import BaiqiangCore
import Foundation
import BaiqiangHTML

extension DemandListPage {
    static func view(_ model: Model, _ context: PageContext) -> HTML {
        let ui = DemandUI(context: context)
        let permissions = Permissions(model.actor)
        let query = DemandUI.query(model.filter.queryItems)
        let heading: String = switch context.principal?.role {
        case .enterprise?: context.t("demands.mine")
        case .department? where !model.actor.isDemandCentre: context.t("demands.department_queue")
        case .town?: context.t("demands.town_queue")
        default: context.t("demands.queue")
        }
        return Layout.page(context, title: context.t("nav.demands"), active: .demands,
            .div(.class("page-head"),
                 .h1(.text(heading)),
                 .nav(.class("page-actions"),
                      .if(permissions.allows(.submitDemand), .a(.class("button"), .href(SiteURL.demandNew.path), .text(context.t("demands.new")))),
                      .a(.class("button"), .href(SiteURL.demands.path + "?overdue=1"), .text(context.t("demands.overdue_list"))),
                      .if(permissions.allows(.seeDemandRates), .a(.class("button"), .href(SiteURL.demandRates.path), .text(context.t("demands.rates")))),
                      .if(permissions.allows(.routeDemands), .a(.class("button"), .href(SiteURL.demandRouting.path), .text(context.t("demands.routing")))),
                      .if(permissions.allows(.configure), .a(.class("button"), .href(SiteURL.adminCalendar.path), .text(context.t("calendar.title")))),
                      .a(.class("button"), .href(SiteURL.demandExport(format: "csv").path + query), .text(context.t("demands.export_csv"))),
                      .a(.class("button"), .href(SiteURL.demandExport(format: "xlsx").path + query), .text(context.t("demands.export_xlsx"))),
                      .a(.class("button"), .href(SiteURL.demandExport(format: "csv").path + (query.isEmpty ? "?" : query + "&") + "headers=machine"),
                         .attribute(named: "title", value: context.t("export.machine_headers_hint")),
                         .text(context.t("export.machine_headers"))))),
            .unwrap(model.error) { Layout.notice("error", $0) },
            filterForm(model, context),
            .if(model.demands.isEmpty, .p(.class("muted"), .text(context.t("demands.none")))),
            .if(!model.demands.isEmpty, .table(.class("data"),
                .thead(.tr(.th(.text(context.t("demands.tracking_number"))), .th(.text(context.t("demands.subject"))),
                           .th(.text(context.t("demands.category"))),
                           .th(.text(context.t("demands.status"))), .th(.text(context.t("demands.enterprise"))),
                           .th(.text(context.t("demands.handler"))), .th(.text(context.t("demands.submitted_at"))),
                           .th(.text(context.t("demands.closure_deadline"))))),
                .tbody(.forEach(model.demands) { demand in
                    let overdue = (try? demand.state.isOverdue(at: model.now)) ?? false
                    return .tr(
                        .td(.a(.href(SiteURL.demand(number: demand.trackingNumber).path), .text(demand.trackingNumber))),
                        .td(.text(subject(demand.text))),
                        .td(.text(ui.categoryName(demand.categoryCode))),
                        .td(.text(ui.statusLabel(demand.status))),
                        .td(.text(model.enterpriseNames[demand.enterpriseCode] ?? demand.enterpriseCode)),
                        .td(.text(demand.handler.map { model.units.name(of: $0, context) } ?? "—")),
                        .td(.text(DemandUI.time(demand.submittedAt))),
                        .td(.text(DemandUI.time(demand.closureDeadline)),
                            .if(overdue, .span(.class("badge light-red"), .text(" " + context.t("demands.overdue"))))))
                }))),
            .unwrap(model.next) { next in
                .p(.a(.href(SiteURL.demands.path + DemandUI.query(model.filter.queryItems + [URLQueryItem(name: "cursor", value: next)])),
                      .text(context.t("demands.next_page"))))
            }
        )
    }

    static func filterForm(_ model: Model, _ context: PageContext) -> Node {
        let ui = DemandUI(context: context)
        let filter = model.filter
        let english = context.language == .en
        let chosenUnit = filter.handler.flatMap(HandlingUnit.init(pickerValue:))
        return .form(.method(.get), .action(SiteURL.demands.path), .class("filters"),
            .label(.text(context.t("demands.keyword")),
                   .input(.type(.search), .name("q"), .value(filter.keyword ?? ""), .maxlength(.code),
                          .attribute(named: "placeholder", value: context.t("demands.keyword_hint")))),
            .label(.text(context.t("demands.status")),
                   .select(.attribute(named: "name", value: "status"),
                           FormNodes.option("", context.t("common.all")),
                           .forEach(DemandStatus.allCases) { FormNodes.option($0.rawValue, ui.text($0.label), selected: filter.status == $0.rawValue) })),
            .label(.text(context.t("demands.category")),
                   .select(.attribute(named: "name", value: "category"),
                           FormNodes.option("", context.t("common.all")),
                           .forEach(context.environment.reference.demandCategories.categories) { FormNodes.option($0.code, ui.text($0.name), selected: filter.category == $0.code) })),
            .label(.text(context.t("demands.town")),
                   .select(.attribute(named: "name", value: "town"),
                           FormNodes.option("", context.t("common.all")),
                           .forEach(model.towns) { FormNodes.option($0.code, english ? $0.nameEn : $0.nameZh, selected: filter.town == $0.code) })),
            .label(.text(context.t("demands.handler")),
                   .select(.attribute(named: "name", value: "handler"),
                           FormNodes.option("", context.t("common.all")),
                           .optgroup(.attribute(named: "label", value: context.t("demands.kind_department")),
                                     .forEach(model.departments) { FormNodes.option(HandlingUnit.department($0.code).pickerValue, english ? $0.nameEn : $0.nameZh,
                                                                                    selected: chosenUnit == .department($0.code)) }),
                           .optgroup(.attribute(named: "label", value: context.t("demands.kind_town")),
                                     .forEach(model.towns) { FormNodes.option(HandlingUnit.town($0.code).pickerValue, english ? $0.nameEn : $0.nameZh,
                                                                              selected: chosenUnit == .town($0.code)) }))),
            .label(.text(context.t("demands.from")), .input(.type(.date), .name("from"), .value(filter.from.map { ShanghaiTime.day(of: $0).description } ?? ""))),
            .label(.text(context.t("demands.to")), .input(.type(.date), .name("to"), .value(filter.to.map { ShanghaiTime.day(of: $0).description } ?? ""))),
            .label(.input(.type(.checkbox), .name("overdue"), .value("1"), .checked(filter.overdue)),
                   .text(context.t("demands.overdue_only"))),
            .button(.type(.submit), .text(context.t("demands.filter"))))
    }
}

import BaiqiangCore
import Fluent
import BaiqiangHTML
import Vapor

/// One demand's page: the text (escaped), every deadline and whether it was met, every step,
/// the attachments, and a form for each action the account may take now.
struct DemandDetailView {
    var context: DemandPagesController.Context
    var demand: Demand

    func render(notice: String?, error: String?, status: HTTPStatus) async throws -> Response {
        let request = context.request
        let state = try demand.state
        let now = request.appEnvironment.nowToTheSecond
        let actions = try await context.service.workflow().availableActions(for: context.actor, on: state, at: now)
        let events = try await context.service.events(of: demand)
        let attachments = try await context.service.attachments(of: demand)
        let overdue = Set(state.overdueMilestones(at: now))
        let units = actions.contains(.assign) ? try await handlingUnits() : []
        let leader = actions.contains(.escalate) ? try await context.service.linkedLeader(of: demand) : nil
        let calendar = try await CalendarStore.calendar(on: request.db)
        let guessedYears = Set(DemandMilestone.allCases.map { ShanghaiTime.day(of: state.deadlines[$0]).year })
            .filter { !calendar.hasData(for: $0) }.sorted()
        let html = Layout.page(request, title: demand.trackingNumber, active: .demands,
            .div(.class("page-head"),
                 .h1(.text(request.t("demands.demand_title", ["number": demand.trackingNumber]))),
                 .nav(.class("page-actions"), .a(.class("button"), .href(SiteURL.demands.path), .text(request.t("demands.back"))))),
            .unwrap(notice) { Layout.notice("success", $0) },
            .unwrap(error) { Layout.notice("error", $0) },
            .dl(.class("facts"),
                .dt(.text(request.t("demands.tracking_number"))), .dd(.text(demand.trackingNumber)),
                .dt(.text(request.t("demands.category"))), .dd(.text(context.categoryName(state.categoryCode))),
                .dt(.text(request.t("demands.status"))), .dd(.text(context.text(state.status.label))),
                .dt(.text(request.t("demands.enterprise"))), .dd(.text(state.enterpriseCode)),
                .dt(.text(request.t("demands.town"))), .dd(.text(state.townCode ?? "—")),
                .dt(.text(request.t("demands.handler"))), .dd(.text(state.handler.map { "\($0.kind.rawValue): \($0.code)" } ?? "—")),
                .dt(.text(request.t("demands.submitted_at"))), .dd(.text(DemandPagesController.time(state.submittedAt))),
                .unwrap(state.satisfaction) { .group(.dt(.text(request.t("demands.satisfaction"))), .dd(.text(context.text($0.label)))) },
                .unwrap(state.escalatedTo) { .group(.dt(.text(request.t("demands.escalated_to"))), .dd(.text($0))) },
                .unwrap(demand.address) { .group(.dt(.text(request.t("demands.address"))), .dd(.text($0))) }),
            .h2(.text(request.t("demands.description"))),
            .p(.class("demand-text pre-wrap"), .text(demand.text)),
            .h2(.text(request.t("demands.deadlines"))),
            .table(.class("data"),
                .thead(.tr(.th(.text(request.t("demands.milestone"))), .th(.text(request.t("demands.limit"))),
                           .th(.text(request.t("demands.deadline"))), .th(.text(request.t("demands.reached"))))),
                .tbody(.forEach(DemandMilestone.allCases) { milestone in
                    let reached = state.record.reachedAt(milestone)
                    let limit = request.appEnvironment.reference.demandCategories.category(state.categoryCode)?.limit(for: milestone)
                    return .tr(.td(.text(context.text(milestone.label))),
                               .td(.text(limit.map { context.text($0.label) } ?? "—")),
                               .td(.text(DemandPagesController.time(state.deadlines[milestone]))),
                               .td(.text(reached.map(DemandPagesController.time) ?? "—"),
                                   .if(overdue.contains(milestone), .span(.class("badge light-red"), .text(" " + request.t("demands.overdue")))),
                                   .if(state.record.wasLate(milestone), .span(.class("badge"), .text(" " + request.t("demands.late"))))))
                })),
            .if(!guessedYears.isEmpty, Layout.notice("info", request.t("demands.fallback_years",
                ["years": guessedYears.map(String.init).joined(separator: ", ")]))),
            .unwrap(state.pendingExtension) { pending in
                Layout.notice("info", request.t("demands.extension_pending", ["until": DemandPagesController.time(pending.until), "reason": pending.reason]))
            },
            .h2(.text(request.t("demands.steps"))),
            .table(.class("data"),
                .thead(.tr(.th(.text(request.t("demands.when"))), .th(.text(request.t("demands.action"))),
                           .th(.text(request.t("demands.who"))), .th(.text(request.t("demands.status"))), .th(.text(request.t("demands.note"))))),
                .tbody(.forEach(events) { event in
                    .tr(.td(.text(DemandPagesController.time(event.at))),
                        .td(.text(DemandActionKind(rawValue: event.action).map { context.text($0.label) } ?? request.t("demands.submitted"))),
                        .td(.text("\(event.actor) (\(event.actorRole))")),
                        .td(.text(DemandStatus(rawValue: event.statusAfter).map { context.text($0.label) } ?? event.statusAfter)),
                        .td(.class("pre-wrap"), .text(event.note ?? "")))
                })),
            .if(!attachments.isEmpty, .group(
                .h2(.text(request.t("demands.attachments"))),
                .ul(.forEach(attachments) { file in
                    .li(.a(.href(SiteURL.demandAttachment(number: demand.trackingNumber, id: file.id?.uuidString ?? "").path),
                           .text(file.fileName)), .text(" (\(file.size / 1024 + 1) KB)"))
                }))),
            .if(!actions.isEmpty, .h2(.text(request.t("demands.actions")))),
            .div(.class("demand-actions"), .forEach(actions) { form(for: $0, units: units, leader: leader) })
        )
        return try await HTMLPage(status: status, html: html).encodeResponse(for: request)
    }

    /// Departments and towns a demand can be assigned to.
    func handlingUnits() async throws -> [(kind: String, code: String, name: String)] {
        let english = context.request.language == .en
        let departments = try await context.service.departments()
            .map { (kind: "department", code: $0.code, name: english ? $0.nameEn : $0.nameZh) }
        let towns = try await context.service.towns()
            .map { (kind: "town", code: $0.code, name: english ? $0.nameEn : $0.nameZh) }
        return departments + towns
    }

    func form(for action: DemandActionKind, units: [(kind: String, code: String, name: String)], leader: String?) -> Node {
        let request = context.request
        let path = SiteURL.demandTransitions(number: demand.trackingNumber).path
        func note(required: Bool) -> Node {
            .label(.text(request.t(required ? "demands.note_required" : "demands.note_optional")),
                   .textarea(.name("note"), .maxlength(.note), .attribute(named: "rows", value: "3"), .if(required, .required(true)), .text("")))
        }
        let fields: Node = switch action {
        case .assign:
            .group(.label(.text(request.t("demands.handler")),
                          .select(.attribute(named: "name", value: "handler_code"),
                                  .forEach(units) { FormNodes.option($0.code, "\($0.name) (\($0.code))") })),
                   .label(.text(request.t("demands.handler_kind")),
                          .select(.attribute(named: "name", value: "handler_kind"),
                                  FormNodes.option("department", request.t("demands.kind_department")),
                                  FormNodes.option("town", request.t("demands.kind_town")))))
        case .returnToCentre, .respond, .proposeSolution, .resolve, .closeUnsatisfied, .refuseExtension:
            note(required: true)
        case .returnVisit:
            .group(.label(.text(request.t("demands.satisfaction")),
                          .select(.attribute(named: "name", value: "satisfaction"),
                                  .forEach(Satisfaction.allCases) { FormNodes.option($0.rawValue, context.text($0.label)) })),
                   note(required: false))
        case .requestExtension:
            .group(.label(.text(request.t("demands.extension_until")), .input(.type(.date), .name("until"), .required(true))),
                   note(required: true))
        case .escalate:
            .group(.label(.text(request.t("demands.leader")), .input(.type(.text), .name("leader"), .maxlength(.contact), .value(leader ?? ""), .required(true))),
                   .if(leader == nil, .p(.class("hint"), .text(request.t("demands.leader_hint")))),
                   note(required: false))
        case .redo, .urge:
            note(required: false)
        case .accept, .approveExtension:
            .group()
        }
        return .group(
            .form(.method(.post), .action(path), .class("stacked"),
                  Layout.csrfField(request),
                  .input(.type(.hidden), .name("action"), .value(action.rawValue)),
                  fields,
                  .button(.type(.submit), .class("primary"), .text(context.text(action.label)))),
            .if(action == .assign,
                .form(.method(.post), .action(path), .class("inline"),
                      Layout.csrfField(request),
                      .input(.type(.hidden), .name("action"), .value(DemandTransitionInput.autoRoute)),
                      .button(.type(.submit), .text(request.t("demands.auto_route")))))
        )
    }
}

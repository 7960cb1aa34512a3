import BaiqiangCore
import Fluent
import BaiqiangHTML
import Vapor

/// 分派规则: which unit gets a category's demands, per town or for any town. The centre uses
/// them to assign with one click (`auto_route`); admins (and the centre) edit them.
struct DemandRoutingController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(SiteURL.demandRouting.components, use: page)
        routes.post(SiteURL.demandRouting.components, use: save)
    }

    func requireEditor(_ request: Request) async throws -> Principal {
        let principal = try request.requirePrincipal()
        let actor = try await DemandStore(db: request.db, environment: request.appEnvironment, county: request.countyCode).actor(for: principal)
        try Permissions(actor).require(.routeDemands)
        return principal
    }

    @Sendable func page(_ request: Request) async throws -> Response {
        _ = try await requireEditor(request)
        return try await render(request, error: nil, status: .ok)
    }

    struct RuleForm: Content {
        var category: String
        var town: String?
        var handlerKind: String
        var handlerCode: String
        /// "delete" removes the rule of the category and town.
        var remove: String?

        enum CodingKeys: String, CodingKey {
            case category, town, remove, handlerKind = "handler_kind", handlerCode = "handler_code"
        }
    }

    @Sendable func save(_ request: Request) async throws -> Response {
        _ = try await requireEditor(request)
        let form = try request.content.decode(RuleForm.self)
        let town = form.town?.trimmingCharacters(in: .whitespaces).isEmpty == false ? form.town! : DemandRoutingRule.anyTown
        do {
            var check = FieldChecker()
            check.text(form.category, .code, field: "category")
            check.text(form.town, .code, field: "town")
            check.text(form.handlerKind, .code, field: "handler_kind")
            check.text(form.handlerCode, .code, field: "handler_code")
            check.text(form.remove, .code, field: "remove")
            try check.finish()
            guard request.appEnvironment.reference.demandCategories.category(form.category) != nil else {
                throw DemandWorkflowError(.unknownCategory(form.category))
            }
            guard let kind = HandlingUnit.Kind(rawValue: form.handlerKind) else {
                throw DemandInputError(message: BilingualText(zh: "承办单位类型应为部门或镇街", en: "The unit kind must be department or town"))
            }
            try await DemandStore(db: request.db, environment: request.appEnvironment, county: request.countyCode)
                .saveRoutingRule(category: form.category, town: town, unit: HandlingUnit(kind, code: form.handlerCode),
                                 remove: form.remove == "delete", writer: request.writer)
        } catch let error as any BilingualError where error.kind == .invalidInput {
            return try await render(request, error: request.t(error.message), status: .badRequest)
        }
        return request.redirect(to: SiteURL.demandRouting.path)
    }

    func render(_ request: Request, error: String?, status: HTTPStatus) async throws -> Response {
        let store = DemandStore(db: request.db, environment: request.appEnvironment, county: request.countyCode)
        let rules = try await store.routingRules()
        let departments = try await store.departments()
        let towns = try await store.towns()
        let english = request.language == .en
        let unitOptions: [Node] = departments.map { FormNodes.option($0.code, (english ? $0.nameEn : $0.nameZh) + " (\($0.code))") }
            + towns.map { FormNodes.option($0.code, (english ? $0.nameEn : $0.nameZh) + " (\($0.code))") }
        let categoryOptions: [Node] = request.appEnvironment.reference.demandCategories.categories.map { FormNodes.option($0.code, request.t($0.name)) }
        let townOptions: [Node] = [FormNodes.option("", request.t("demands.any_town"))]
            + towns.map { FormNodes.option($0.code, english ? $0.nameEn : $0.nameZh) }
        let rows: [Node] = rules.map { rule in
            .tr(.td(.text(request.appEnvironment.reference.demandCategories.category(rule.categoryCode).map { request.t($0.name) } ?? rule.categoryCode)),
                .td(.text(rule.townCode == DemandRoutingRule.anyTown ? request.t("demands.any_town") : rule.townCode)),
                .td(.text("\(rule.handlerKind): \(rule.handlerCode)")),
                .td(.form(.method(.post), .action(SiteURL.demandRouting.path), .class("inline"),
                          Layout.csrfField(request),
                          .input(.type(.hidden), .name("category"), .value(rule.categoryCode)),
                          .input(.type(.hidden), .name("town"), .value(rule.townCode == DemandRoutingRule.anyTown ? "" : rule.townCode)),
                          .input(.type(.hidden), .name("handler_kind"), .value(rule.handlerKind)),
                          .input(.type(.hidden), .name("handler_code"), .value(rule.handlerCode)),
                          .input(.type(.hidden), .name("remove"), .value("delete")),
                          .button(.type(.submit), .class("link-button"), .text(request.t("demands.delete"))))))
        }
        let html = Layout.page(request, title: request.t("demands.routing"), active: .demands,
            .h1(.text(request.t("demands.routing"))),
            .p(.class("muted"), .text(request.t("demands.routing_intro"))),
            .unwrap(error) { Layout.notice("error", $0) },
            .table(.class("data"),
                   .thead(.tr(.th(.text(request.t("demands.category"))), .th(.text(request.t("demands.town"))),
                              .th(.text(request.t("demands.handler"))), .th())),
                   .tbody(.group(rows))),
            .form(.method(.post), .action(SiteURL.demandRouting.path), .class("stacked"),
                  Layout.csrfField(request),
                  .label(.text(request.t("demands.category")), .select(.attribute(named: "name", value: "category"), .group(categoryOptions))),
                  .label(.text(request.t("demands.town")), .select(.attribute(named: "name", value: "town"), .group(townOptions))),
                  .label(.text(request.t("demands.handler_kind")),
                         .select(.attribute(named: "name", value: "handler_kind"),
                                 FormNodes.option("department", request.t("demands.kind_department")),
                                 FormNodes.option("town", request.t("demands.kind_town")))),
                  .label(.text(request.t("demands.handler")), .select(.attribute(named: "name", value: "handler_code"), .group(unitOptions))),
                  .button(.type(.submit), .class("primary"), .text(request.t("demands.save_rule"))))
        )
        return try await HTMLPage(status: status, html: html).encodeResponse(for: request)
    }
}

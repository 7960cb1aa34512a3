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
        /// The unit as the picker sends it, `department:gxj`.
        var handler: String?
        /// The unit as a delete button sends it.
        var handlerKind: String?
        var handlerCode: String?
        /// "delete" removes the rule of the category and town.
        var remove: String?
        /// "yes" once the editor has confirmed replacing the rule the category and town have.
        var confirmReplace: String?

        enum CodingKeys: String, CodingKey {
            case category, town, remove, handler, handlerKind = "handler_kind", handlerCode = "handler_code", confirmReplace = "confirm_replace"
        }

        func unit() throws -> HandlingUnit {
            if let handler, !handler.isEmpty {
                guard let unit = HandlingUnit(pickerValue: handler) else {
                    throw DemandInputError(message: BilingualText(zh: "请从列表中选择承办单位", en: "Choose the handling unit from the list"))
                }
                return unit
            }
            guard let kind = HandlingUnit.Kind(rawValue: handlerKind ?? "") else {
                throw DemandInputError(message: BilingualText(zh: "承办单位类型应为部门或镇街", en: "The unit kind must be department or town"))
            }
            return HandlingUnit(kind, code: handlerCode ?? "")
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
            check.text(form.handler, .code, field: "handler")
            check.text(form.handlerKind, .code, field: "handler_kind")
            check.text(form.handlerCode, .code, field: "handler_code")
            check.text(form.remove, .code, field: "remove")
            check.text(form.confirmReplace, .code, field: "confirm_replace")
            try check.finish()
            guard request.appEnvironment.reference.demandCategories.category(form.category) != nil else {
                throw DemandWorkflowError(.unknownCategory(form.category))
            }
            try await DemandStore(db: request.db, environment: request.appEnvironment, county: request.countyCode)
                .saveRoutingRule(category: form.category, town: town, unit: try form.unit(), remove: form.remove == "delete",
                                 confirmedReplacement: form.confirmReplace == "yes", writer: request.writer)
        } catch let error as any BilingualError where error.kind == .invalidInput {
            return try await render(request, error: request.t(error.message), status: .badRequest)
        } catch let pending as DemandStore.ReplacementUnconfirmed {
            let confirmation = DemandRoutingPage.Confirmation(category: form.category, town: form.town ?? "",
                                                              existing: pending.existing, proposed: pending.proposed)
            return try await render(request, error: nil, confirmation: confirmation, status: .conflict)
        }
        return request.redirect(to: SiteURL.demandRouting.path)
    }

    func render(_ request: Request, error: String?, confirmation: DemandRoutingPage.Confirmation? = nil,
                status: HTTPStatus) async throws -> Response {
        let store = DemandStore(db: request.db, environment: request.appEnvironment, county: request.countyCode)
        let model = DemandRoutingPage.Model(rules: try await store.routingRules(), departments: try await store.departments(),
                                            towns: try await store.towns(), error: error, confirmation: confirmation)
        return try await HTMLPage(status: status, html: DemandRoutingPage.view(model, request.pageContext)).encodeResponse(for: request)
    }
}

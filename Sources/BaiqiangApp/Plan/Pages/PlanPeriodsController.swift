import BaiqiangCore
import BaiqiangHTML
import Vapor

/// The county's plans (`/plan/plans`): everyone signed in sees them and opens any; an
/// administrator makes one current, publishes one, or starts the next plan from one.
struct PlanPeriodsController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(SiteURL.planPlans.components, use: list)
        routes.post(SiteURL.planPlanCurrent(code: .placeholder(.code)).components, use: makeCurrent)
        routes.post(SiteURL.planPlanPublication(code: .placeholder(.code)).components, use: publication)
        routes.post(SiteURL.planPlanNext(code: .placeholder(.code)).components, use: startNext)
    }

    @Sendable func list(_ request: Request) async throws -> Response {
        _ = try request.requirePrincipal()
        return try await render(request, status: .ok, error: nil)
    }

    func render(_ request: Request, status: HTTPStatus, error: String?) async throws -> Response {
        var store = request.planStore
        store.selection = nil
        let model = PlanPlansPage.Model(plans: try await store.summaries(), today: request.appEnvironment.today,
                                        mayManage: request.principal?.permissions.allows(.managePlans) == true, error: error)
        return try await HTMLPage(status: status, html: PlanPlansPage.view(model, request.pageContext)).encodeResponse(for: request)
    }

    /// The plan code in the path; a code no plan could have is no plan.
    func code(_ request: Request) throws -> String {
        let code = try request.parameters.require(.code)
        guard FieldLimits.fits(code, .code) else { throw Abort(.notFound) }
        return code
    }

    @Sendable func makeCurrent(_ request: Request) async throws -> Response {
        _ = try request.requirePermission(.managePlans)
        try await PlanPeriods.makeCurrent(try code(request), writer: request.writer, cache: request.application.planCache)
        return request.redirect(to: SiteURL.planPlans.path)
    }

    struct PublicationForm: Content {
        var published: String
    }

    @Sendable func publication(_ request: Request) async throws -> Response {
        _ = try request.requirePermission(.managePlans)
        let form = try request.content.decode(PublicationForm.self)
        guard form.published == "1" || form.published == "0" else { throw Abort(.badRequest) }
        try await PlanPeriods.setPublished(try code(request), form.published == "1", writer: request.writer,
                                           cache: request.application.planCache)
        return request.redirect(to: SiteURL.planPlans.path)
    }

    struct NextForm: Content {
        var code: String
        var titleZh: String
        var titleEn: String?
        var start: String
        var end: String
        var keepTargets: String?

        enum CodingKeys: String, CodingKey {
            case code, start, end
            case titleZh = "title_zh"
            case titleEn = "title_en"
            case keepTargets = "keep_targets"
        }
    }

    @Sendable func startNext(_ request: Request) async throws -> Response {
        _ = try request.requirePermission(.managePlans)
        let source = try code(request)
        let form = try request.content.decode(NextForm.self)
        let input = PlanPeriods.NextPlanInput(code: form.code, titleZh: form.titleZh, titleEn: form.titleEn ?? "",
                                              start: form.start, end: form.end, keepTargets: form.keepTargets != nil)
        do {
            try await PlanPeriods.startNext(from: source, input, writer: request.writer, cache: request.application.planCache)
        } catch let failure as PlanImportFailure {
            return try await render(request, status: .badRequest,
                                    error: failure.issues.map { request.t($0.message) }.joined(separator: "；"))
        } catch let error as any BilingualError where error.kind == .invalidInput {
            return try await render(request, status: .badRequest, error: request.t(error.message))
        }
        return request.redirect(to: SiteURL.plan.path + "?plan=" + PlanSnapshot.queryValue(form.code.trimmingCharacters(in: .whitespaces)))
    }
}

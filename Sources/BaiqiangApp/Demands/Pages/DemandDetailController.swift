import BaiqiangCore
import Fluent
import BaiqiangHTML
import Vapor

/// One demand: its page, the actions taken on it (each a transition of the workflow), and its
/// attachments.
struct DemandDetailController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(SiteURL.demand(number: .placeholder(.number)).components, use: show)
        routes.post(SiteURL.demandTransitions(number: .placeholder(.number)).components, use: transition)
        routes.get(SiteURL.demandAttachment(number: .placeholder(.number), id: .placeholder(.id)).components, use: attachment)
    }

    @Sendable func show(_ request: Request) async throws -> Response {
        let context = try await DemandControllerRequest(request)
        guard let demand = try await context.service.find(try request.parameters.require(.number), principal: context.principal, actor: context.actor) else {
            throw Abort(.notFound)
        }
        let notice = (try? request.query.get(String.self, at: "submitted")) == "1"
            ? request.t("demands.submitted_notice", ["number": demand.trackingNumber]) : nil
        return try await render(context, demand: demand, notice: notice, error: nil, status: .ok)
    }

    @Sendable func transition(_ request: Request) async throws -> Response {
        let context = try await DemandControllerRequest(request)
        let number = try request.parameters.require(.number)
        guard let demand = try await context.service.find(number, principal: context.principal, actor: context.actor) else {
            throw Abort(.notFound)
        }
        let input = try request.content.decode(DemandTransitionInput.self)
        do {
            _ = try await DemandStore.transition(number, input: input, principal: context.principal, writer: request.writer)
        } catch let error as any BilingualError where error.kind == .invalidInput {
            return try await render(context, demand: demand, notice: nil, error: request.t(error.message), status: .badRequest)
        }
        return request.redirect(to: SiteURL.demand(number: number).path)
    }

    @Sendable func attachment(_ request: Request) async throws -> Response {
        let context = try await DemandControllerRequest(request)
        guard let demand = try await context.service.find(try request.parameters.require(.number), principal: context.principal, actor: context.actor),
              let id = UUID(uuidString: try request.parameters.require(.id)),
              let file = try await context.service.attachment(id, of: demand) else {
            throw Abort(.notFound)
        }
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: file.contentType)
        headers.contentDisposition = .init(.attachment, filename: file.fileName)
        headers.replaceOrAdd(name: "X-Content-Type-Options", value: "nosniff")
        return Response(status: .ok, headers: headers, body: .init(data: file.data))
    }

    func render(_ context: DemandControllerRequest, demand: Demand, notice: String?, error: String?, status: HTTPStatus) async throws -> Response {
        let request = context.request
        let service = context.service
        let state = try demand.state
        let now = request.appEnvironment.nowToTheSecond
        let actions = try await service.workflow().availableActions(for: context.actor, on: state, at: now)
        var model = DemandDetailPage.Model(demand: demand, state: state, now: now, actions: actions,
                                           events: try await service.events(of: demand), attachments: try await service.attachments(of: demand),
                                           notice: notice, error: error)
        model.departments = try await service.departments()
        model.towns = try await service.towns()
        if actions.contains(.escalate) {
            model.leader = try await service.linkedLeader(of: demand)
        }
        let calendar = try await CalendarStore.calendar(on: request.db)
        model.guessedYears = Set(DemandMilestone.allCases.map { ShanghaiTime.day(of: state.deadlines[$0]).year })
            .filter { !calendar.hasData(for: $0) }.sorted()
        return try await HTMLPage(status: status, html: DemandDetailPage.view(model, request.pageContext)).encodeResponse(for: request)
    }
}

import BaiqiangCore
import Fluent
import Vapor

/// `/api/v1/demands`: list (filters, cursor pagination), submit, get, transitions; scoped by role.
struct DemandAPIController {
    func register(_ api: any RoutesBuilder) {
        api.get(SiteURL.API.demands.components, use: list)
        api.post(SiteURL.API.demands.components, use: submit)
        api.get(SiteURL.API.demand(trackingNumber: .placeholder(.trackingNumber)).components, use: show)
        api.post(SiteURL.API.demandTransitions(trackingNumber: .placeholder(.trackingNumber)).components, use: transition)
    }

    @Sendable func list(_ request: Request) async throws -> CursorPage<DemandAPI.View> {
        let principal = try request.requirePrincipal()
        let service = DemandStore(db: request.db, environment: request.appEnvironment, county: request.countyCode)
        let actor = try await service.actor(for: principal)
        let page = try await service.list(try DemandStore.Filter(request), page: PageRequest(request), principal: principal, actor: actor)
        let now = request.appEnvironment.nowToTheSecond
        return CursorPage(items: try page.items.map { try DemandAPI.View($0, now: now) }, nextCursor: page.next)
    }

    @Sendable func show(_ request: Request) async throws -> DemandAPI.View {
        let principal = try request.requirePrincipal()
        let service = DemandStore(db: request.db, environment: request.appEnvironment, county: request.countyCode)
        let actor = try await service.actor(for: principal)
        guard let demand = try await service.find(try request.parameters.require(.trackingNumber), principal: principal, actor: actor) else {
            throw Abort(.notFound)
        }
        return try await Self.detail(demand, actor: actor, service: service)
    }

    static func detail(_ demand: Demand, actor: DemandActor, service: DemandStore) async throws -> DemandAPI.View {
        let now = service.now
        var view = try DemandAPI.View(demand, now: now)
        view.availableActions = try await service.workflow().availableActions(for: actor, on: try demand.state, at: now).map(\.rawValue)
        view.events = try await service.events(of: demand).map(DemandAPI.Event.init)
        view.attachments = try await service.attachments(of: demand).map {
            DemandAPI.Attachment(fileName: $0.fileName, contentType: $0.contentType, size: $0.size)
        }
        return view
    }

    @Sendable func submit(_ request: Request) async throws -> Response {
        let principal = try request.requirePrincipal()
        let input = try request.content.decode(DemandAPI.NewDemand.self)
        let service = DemandStore(db: request.db, environment: request.appEnvironment, county: request.countyCode)
        let actor = try await service.actor(for: principal)
        let enterprise = input.enterprise ?? actor.creditCode ?? ""
        let extras = DemandStore.Extras(address: input.address, channel: "api")
        let submission = try DemandStore.checked(
            DemandSubmission(categoryCode: input.category, enterpriseCode: enterprise, townCode: input.town, description: input.description),
            by: actor, extras: extras)
        let duplicates = try await service.duplicates(of: submission).map(\.trackingNumber)
        let demand = try await DemandStore.submit(submission, by: actor, extras: extras, writer: request.writer)
        var view = try await Self.detail(demand, actor: actor, service: service)
        view.duplicates = duplicates
        return try await view.encodeResponse(status: .created, for: request)
    }

    @Sendable func transition(_ request: Request) async throws -> DemandAPI.View {
        let principal = try request.requirePrincipal()
        let input = try request.content.decode(DemandTransitionInput.self)
        let demand = try await DemandStore.transition(try request.parameters.require(.trackingNumber), input: input,
                                                        principal: principal, writer: request.writer)
        let service = DemandStore(db: request.db, environment: request.appEnvironment, county: request.countyCode)
        return try await Self.detail(demand, actor: try await service.actor(for: principal), service: service)
    }
}

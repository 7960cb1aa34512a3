import BaiqiangCore
import Fluent
import Vapor

/// `/api/v1/grid/…`: the grids, events and campaigns the account reads, reporting an event and
/// taking a workflow step, under the same rules as the pages.
struct GridAPIController {
    func register(_ api: any RoutesBuilder) {
        api.get(SiteURL.API.gridGrids.components, use: grids)
        api.get(SiteURL.API.gridEvents.components, use: events)
        api.post(SiteURL.API.gridEvents.components, use: report)
        api.get(SiteURL.API.gridEvent(id: .placeholder(.id)).components, use: event)
        api.post(SiteURL.API.gridEventSteps(id: .placeholder(.id)).components, use: step)
        api.get(SiteURL.API.gridEventPhotos(id: .placeholder(.id)).components, use: photos)
        // Base64 of a 5 MB photo in its JSON envelope is just under 7 MB.
        api.upload(SiteURL.API.gridEventPhotos(id: .placeholder(.id)).components, maxSize: "7mb", use: addPhoto)
        api.get(SiteURL.API.gridEventPhoto(id: .placeholder(.id), photo: .placeholder(.file)).components, use: photo)
        api.get(SiteURL.API.gridCampaigns.components, use: campaigns)
        api.get(SiteURL.API.gridCampaign(code: .placeholder(.code)).components, use: campaign)
        api.post(SiteURL.API.gridCampaigns.components, use: createCampaign)
        api.put(SiteURL.API.gridCampaign(code: .placeholder(.code)).components, use: updateCampaign)
        api.get(SiteURL.API.gridWorkers.components, use: workers)
        api.put(SiteURL.API.gridWorker(username: .placeholder(.username)).components, use: bindWorker)
        api.delete(SiteURL.API.gridWorker(username: .placeholder(.username)).components, use: unbindWorker)
    }

    struct GridView: Content {
        var code: String
        var name: String
        var townCode: String
        var village: String?
        var isDemo: Bool

        enum CodingKeys: String, CodingKey {
            case code, name, village
            case townCode = "town_code", isDemo = "is_demo"
        }
    }

    struct EventView: Content {
        var id: String
        var gridCode: String
        var townCode: String
        var categoryCode: String
        var status: String
        var description: String
        var address: String?
        var latitude: Double?
        var longitude: Double?
        var hazardFound: Bool
        var reportedAt: Date
        var closureDeadline: Date
        var handler: String?
        var isDemo: Bool

        enum CodingKeys: String, CodingKey {
            case id, status, description, address, latitude, longitude, handler
            case gridCode = "grid_code", townCode = "town_code", categoryCode = "category_code", hazardFound = "hazard_found"
            case reportedAt = "reported_at", closureDeadline = "closure_deadline", isDemo = "is_demo"
        }

        init(_ event: GridEvent) {
            id = event.id?.uuidString ?? ""
            gridCode = event.gridCode
            townCode = event.townCode
            categoryCode = event.categoryCode
            status = event.status
            description = event.text
            address = event.address
            latitude = event.latitude
            longitude = event.longitude
            hazardFound = event.hazardFound
            reportedAt = event.reportedAt
            closureDeadline = event.closureDeadline
            handler = event.handlerKind.flatMap { kind in event.handlerCode.map { "\(kind):\($0)" } }
            isDemo = event.isDemo
        }
    }

    struct NewEvent: Content {
        var grid: String
        var category: String
        var description: String
        var address: String?
        var latitude: Double?
        var longitude: Double?
        var hazardFound: Bool?

        enum CodingKeys: String, CodingKey {
            case grid, category, description, address, latitude, longitude
            case hazardFound = "hazard_found"
        }
    }

    struct CampaignView: Content {
        var code: String
        var nameZh: String
        var nameEn: String
        var towns: [String]
        var categories: [String]
        var start: String
        var end: String
        var targets: GridCampaignTargets
        var counts: GridCampaignCounts
        var isDemo: Bool

        enum CodingKeys: String, CodingKey {
            case code, towns, categories, start, end, targets, counts
            case nameZh = "name_zh", nameEn = "name_en", isDemo = "is_demo"
        }
    }

    struct ListQuery: Content {
        var status: String?
        var grid: String?
    }

    @Sendable func grids(_ request: Request) async throws -> [GridView] {
        let principal = try request.requirePrincipal()
        return try await GridStore(db: request.db, principal: principal).allGrids().map {
            GridView(code: $0.code, name: $0.name, townCode: $0.townCode, village: $0.village, isDemo: $0.isDemo)
        }
    }

    @Sendable func events(_ request: Request) async throws -> CursorPage<EventView> {
        let principal = try request.requirePrincipal()
        let page = try PageRequest(request)
        let query = try request.query.decode(ListQuery.self)
        var status: DemandStatus?
        if let text = query.status {
            guard let known = DemandStatus(rawValue: text) else {
                throw FieldInputError([LocatedIssue(row: nil, column: "status", reason: BilingualText(zh: "未知的状态", en: "Unknown status"))])
            }
            status = known
        }
        let rows = try await GridStore(db: request.db, principal: principal)
            .list(status: status, grid: query.grid, after: page.after, limit: page.fetchLimit)
        let (shown, next) = page.split(rows) { GridEventCursor.after($0) ?? "" }
        return CursorPage(items: shown.map(EventView.init), nextCursor: next)
    }

    @Sendable func report(_ request: Request) async throws -> Response {
        let principal = try request.requirePermission(.reportGridEvents)
        let input = try request.content.decode(NewEvent.self)
        let report = GridEventReport(gridCode: input.grid, categoryCode: input.category, description: input.description,
                                     address: input.address, latitude: input.latitude, longitude: input.longitude,
                                     hazardFound: input.hazardFound ?? true)
        let event = try await GridStore(db: request.db, principal: principal).report(report, writer: request.writer)
        return try await EventView(event).encodeResponse(status: .created, for: request)
    }

    @Sendable func event(_ request: Request) async throws -> EventView {
        let principal = try request.requirePrincipal()
        guard let id = UUID(uuidString: try request.parameters.require(.id)),
              let event = try await GridStore(db: request.db, principal: principal).event(id: id) else { throw GridEventNotFound() }
        return EventView(event)
    }

    @Sendable func step(_ request: Request) async throws -> EventView {
        let principal = try request.requirePrincipal()
        guard let id = UUID(uuidString: try request.parameters.require(.id)) else { throw GridEventNotFound() }
        let input = try request.content.decode(DemandTransitionInput.self)
        return EventView(try await GridStore(db: request.db, principal: principal).apply(try input.plainAction(), to: id, writer: request.writer))
    }

    @Sendable func campaigns(_ request: Request) async throws -> [CampaignView] {
        let principal = try request.requirePrincipal()
        let store = GridStore(db: request.db, principal: principal)
        var views: [CampaignView] = []
        for row in try await store.campaigns() {
            if let view = try await Self.view(row, store: store) { views.append(view) }
        }
        return views
    }

    @Sendable func campaign(_ request: Request) async throws -> CampaignView {
        let principal = try request.requirePrincipal()
        let store = GridStore(db: request.db, principal: principal)
        guard let row = try await store.campaign(code: try request.parameters.require(.code)),
              let view = try await Self.view(row, store: store) else { throw Abort(.notFound) }
        return view
    }

    static func view(_ row: GridCampaignRow, store: GridStore) async throws -> CampaignView? {
        guard let campaign = row.campaign else { return nil }
        return CampaignView(code: row.code, nameZh: row.nameZh, nameEn: row.nameEn, towns: campaign.towns.sorted(),
                            categories: campaign.categories.sorted(), start: row.startDate, end: row.endDate,
                            targets: campaign.targets, counts: try await store.progress(of: campaign), isDemo: row.isDemo)
    }
}

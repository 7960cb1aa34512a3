import BaiqiangCore
import BaiqiangHTML
import Vapor

/// The grid pages: my grid's events, reporting one, an event with its workflow actions, the
/// campaigns and a campaign's progress.
struct GridPagesController {
    static let pageSize = 30

    func register(_ routes: any RoutesBuilder) {
        routes.get(SiteURL.grid.components, use: list)
        routes.post(SiteURL.grid.components, use: report)
        routes.get(SiteURL.gridEventNew.components, use: new)
        routes.get(SiteURL.gridEvent(id: .placeholder(.id)).components, use: show)
        routes.post(SiteURL.gridEventSteps(id: .placeholder(.id)).components, use: step)
        routes.upload(SiteURL.gridEventPhotos(id: .placeholder(.id)).components, maxSize: "6mb", use: addPhoto)
        routes.get(SiteURL.gridEventPhoto(id: .placeholder(.id), photo: .placeholder(.file)).components, use: photo)
        routes.get(SiteURL.gridCampaigns.components, use: campaigns)
        routes.get(SiteURL.gridCampaign(code: .placeholder(.code)).components, use: campaign)
    }

    struct ListQuery: Content {
        var status: String?
        var cursor: String?
    }

    @Sendable func list(_ request: Request) async throws -> Response {
        let principal = try request.requirePrincipal()
        let query = try request.query.decode(ListQuery.self)
        let status = query.status.flatMap(DemandStatus.init(rawValue:))
        let store = GridStore(db: request.db, principal: principal)
        let rows = try await store.list(status: status, after: query.cursor, limit: Self.pageSize + 1)
        let shown = Array(rows.prefix(Self.pageSize))
        let names = try await gridNames(store)
        let heading: BilingualText = switch store.reach {
        case .grid: BilingualText(zh: "我的网格事件", en: "My grid's events")
        case .town: BilingualText(zh: "本镇街网格事件", en: "My town's grid events")
        default: BilingualText(zh: "网格事件", en: "Grid events")
        }
        let model = GridPages.ListModel(
            heading: heading, events: shown.compactMap { row(of: $0, names: names, now: request.appEnvironment.now) },
            statusFilter: status, nextCursor: rows.count > Self.pageSize ? shown.last.flatMap(GridEventCursor.after) : nil,
            mayReport: principal.permissions.allows(.reportGridEvents) && store.reach != .nothing,
            mayBindWorkers: principal.permissions.allows(.bindGridWorkers(townCode: principal.actor.townCode)))
        return try await HTMLPage(status: .ok, html: GridPages.list(model, request.pageContext)).encodeResponse(for: request)
    }

    @Sendable func new(_ request: Request) async throws -> Response {
        try await renderNew(request, error: nil, values: [:], status: .ok)
    }

    func renderNew(_ request: Request, error: String?, values: [String: String], status: HTTPStatus) async throws -> Response {
        let principal = try request.requirePermission(.reportGridEvents)
        let grids = try await GridStore(db: request.db, principal: principal).allGrids()
        let model = GridPages.NewModel(
            grids: grids.map { ($0.code, $0.name) },
            categories: GridStore.categories.categories.map { ($0.code, $0.name) }, error: error, values: values)
        return try await HTMLPage(status: status, html: GridPages.new(model, request.pageContext)).encodeResponse(for: request)
    }

    struct ReportForm: Content {
        var grid: String?
        var category: String?
        var description: String?
        var address: String?
        var latitude: String?
        var longitude: String?
        var hazardFound: String?

        enum CodingKeys: String, CodingKey {
            case grid, category, description, address, latitude, longitude
            case hazardFound = "hazard_found"
        }
    }

    @Sendable func report(_ request: Request) async throws -> Response {
        let principal = try request.requirePermission(.reportGridEvents)
        let form = try request.content.decode(ReportForm.self)
        let values = ["grid": form.grid ?? "", "category": form.category ?? "", "description": form.description ?? "",
                      "address": form.address ?? "", "latitude": form.latitude ?? "", "longitude": form.longitude ?? "",
                      "hazard_found": form.hazardFound == nil ? "0" : "1"]
        do {
            var issues: [LocatedIssue] = []
            func number(_ text: String?, _ column: String) -> Double? {
                guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
                guard let value = Double(text), value.isFinite else {
                    issues.append(LocatedIssue(row: nil, column: column, reason: BilingualText(zh: "不是数字", en: "is not a number")))
                    return nil
                }
                return value
            }
            let latitude = number(form.latitude, "latitude"), longitude = number(form.longitude, "longitude")
            guard issues.isEmpty else { throw FieldInputError(issues) }
            let report = GridEventReport(gridCode: form.grid ?? "", categoryCode: form.category ?? "", description: form.description ?? "",
                                         address: form.address, latitude: latitude, longitude: longitude, hazardFound: form.hazardFound != nil)
            let event = try await GridStore(db: request.db, principal: principal).report(report, writer: request.writer)
            return request.redirect(to: SiteURL.gridEvent(id: try event.requireID().uuidString).path)
        } catch let error as any BilingualError where error.kind == .invalidInput {
            return try await renderNew(request, error: request.t(error.message), values: values, status: .badRequest)
        }
    }

    @Sendable func show(_ request: Request) async throws -> Response {
        try await renderDetail(request, error: nil, status: .ok)
    }

    func renderDetail(_ request: Request, error: String?, status: HTTPStatus) async throws -> Response {
        let principal = try request.requirePrincipal()
        guard let id = UUID(uuidString: try request.parameters.require(.id)) else { throw GridEventNotFound() }
        let store = GridStore(db: request.db, principal: principal)
        guard let event = try await store.event(id: id) else { throw GridEventNotFound() }
        let names = try await gridNames(store)
        guard let row = row(of: event, names: names, now: request.appEnvironment.now) else { throw GridEventNotFound() }
        let now = request.appEnvironment.now
        let workflow = try await GridStore.workflow(on: request.db)
        let state = try event.state
        let actions = workflow.availableActions(for: principal.actor, on: state, at: now).filter(GridEvents.actions.contains)
        let organisation = DemandStore(db: request.db, environment: request.appEnvironment, county: principal.countyCode)
        let departments = try await organisation.departments(), towns = try await organisation.towns()
        let picker = HandlingUnitPicker(departments: departments, towns: towns)
        let steps = try await store.steps(of: id).map { step in
            GridPages.StepRow(action: DemandActionKind(rawValue: step.action).map(GridEvents.label)
                                  ?? BilingualText(zh: "上报", en: "Reported"),
                              actorName: step.actorName, note: step.note, at: step.at)
        }
        let model = GridPages.DetailModel(
            event: row, description: event.text, latitude: event.latitude, longitude: event.longitude, hazardFound: event.hazardFound,
            reporterName: event.reporterName, handler: state.handler.map { picker.name(of: $0, request.pageContext) },
            steps: steps, actions: actions, currentHandler: state.handler, departments: departments, towns: towns, error: error,
            photos: try await store.photos(of: id),
            mayAddPhoto: principal.permissions.allows(.reportGridEvents))
        return try await HTMLPage(status: status, html: GridPages.detail(model, request.pageContext)).encodeResponse(for: request)
    }

    @Sendable func step(_ request: Request) async throws -> Response {
        let principal = try request.requirePrincipal()
        guard let id = UUID(uuidString: try request.parameters.require(.id)) else { throw GridEventNotFound() }
        let input = try request.content.decode(DemandTransitionInput.self)
        do {
            _ = try await GridStore(db: request.db, principal: principal).apply(try input.plainAction(), to: id, writer: request.writer)
        } catch let error as any BilingualError where error.kind == .invalidInput || error.kind == .conflict {
            return try await renderDetail(request, error: request.t(error.message), status: .badRequest)
        }
        return request.redirect(to: SiteURL.gridEvent(id: id.uuidString).path)
    }

    struct PhotoForm: Content {
        var photo: File?
    }

    /// Attaches a photo; a file that is no JPEG or PNG, too large, or one too many is refused on
    /// the event's page with the reason, and nothing is written.
    @Sendable func addPhoto(_ request: Request) async throws -> Response {
        let principal = try request.requirePrincipal()
        guard let id = UUID(uuidString: try request.parameters.require(.id)) else { throw GridEventNotFound() }
        let form = try request.content.decode(PhotoForm.self)
        do {
            try await GridStore(db: request.db, principal: principal)
                .addPhoto(to: id, fileName: form.photo?.filename ?? "", data: form.photo.map { Data(buffer: $0.data) } ?? Data(), writer: request.writer)
        } catch let error as any BilingualError where error.kind == .invalidInput {
            return try await renderDetail(request, error: request.t(error.message), status: .badRequest)
        }
        return request.redirect(to: SiteURL.gridEvent(id: id.uuidString).path)
    }

    /// Serves a photo of an event the account reads, as the type its content was checked to be;
    /// `nosniff` so a browser never reads it as anything else.
    @Sendable func photo(_ request: Request) async throws -> Response {
        let principal = try request.requirePrincipal()
        guard let id = UUID(uuidString: try request.parameters.require(.id)),
              let photoID = UUID(uuidString: try request.parameters.require(.file)),
              let photo = try await GridStore(db: request.db, principal: principal).photo(photoID, of: id) else { throw GridEventNotFound() }
        return Self.serve(photo)
    }

    /// A photo's bytes as the type its content was checked to be, for the page and the API alike.
    static func serve(_ photo: GridEventPhoto) -> Response {
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: photo.contentType)
        headers.contentDisposition = .init(.inline, filename: photo.fileName)
        headers.replaceOrAdd(name: "X-Content-Type-Options", value: "nosniff")
        headers.replaceOrAdd(name: .cacheControl, value: "private, max-age=3600")
        return Response(status: .ok, headers: headers, body: .init(data: photo.data))
    }

    @Sendable func campaigns(_ request: Request) async throws -> Response {
        let principal = try request.requirePrincipal()
        let store = GridStore(db: request.db, principal: principal)
        var rows: [GridPages.CampaignRow] = []
        for row in try await store.campaigns() {
            if let shown = try await campaignRow(row, store: store) { rows.append(shown) }
        }
        return try await HTMLPage(status: .ok, html: GridPages.campaigns(GridPages.CampaignsModel(
            campaigns: rows, mayCreate: principal.permissions.allows(.editCampaign(towns: principal.actor.townCode.map { [$0] } ?? []))),
            request.pageContext))
            .encodeResponse(for: request)
    }

    @Sendable func campaign(_ request: Request) async throws -> Response {
        let principal = try request.requirePrincipal()
        let store = GridStore(db: request.db, principal: principal)
        guard let found = try await store.campaign(code: try request.parameters.require(.code)),
              let row = try await campaignRow(found, store: store) else { throw Abort(.notFound) }
        let mayEdit = found.campaign.map { (try? GridCampaignCheck.authorise($0, replacing: $0, by: principal.actor)) != nil } ?? false
        return try await HTMLPage(status: .ok, html: GridPages.campaign(
            GridPages.CampaignModel(campaign: row, countyWide: store.reach == .county, mayEdit: mayEdit),
            request.pageContext)).encodeResponse(for: request)
    }

    func campaignRow(_ row: GridCampaignRow, store: GridStore) async throws -> GridPages.CampaignRow? {
        guard let campaign = row.campaign else { return nil }
        let counts = try await store.progress(of: campaign)
        return GridPages.CampaignRow(
            code: campaign.code, name: campaign.name, start: campaign.start, end: campaign.end, towns: campaign.towns.sorted(),
            categories: campaign.categories.sorted().map { GridStore.categories.category($0)?.name ?? BilingualText(zh: $0, en: $0) },
            targets: campaign.targets, counts: counts, isDemo: row.isDemo)
    }

    func gridNames(_ store: GridStore) async throws -> [String: String] {
        Dictionary(try await store.allGrids().map { ($0.code, $0.name) }, uniquingKeysWith: { first, _ in first })
    }

    func row(of event: GridEvent, names: [String: String], now: Date) -> GridPages.EventRow? {
        guard let id = event.id, let status = DemandStatus(rawValue: event.status), let state = try? event.state else { return nil }
        let place = event.address ?? event.latitude.flatMap { latitude in event.longitude.map { String(format: "%.5f, %.5f", latitude, $0) } } ?? "—"
        return GridPages.EventRow(
            id: id, category: GridStore.categories.category(event.categoryCode)?.name ?? BilingualText(zh: event.categoryCode, en: event.categoryCode),
            gridName: names[event.gridCode] ?? event.gridCode, townCode: event.townCode, status: status, reportedAt: event.reportedAt,
            closureDeadline: event.closureDeadline, overdue: state.isOverdue(at: now), place: place, isDemo: event.isDemo)
    }
}

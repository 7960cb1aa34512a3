import BaiqiangCore
import BaiqiangHTML
import Vapor

/// The pages that keep the grids' work: creating and changing a campaign (专项整治), and binding,
/// moving and unbinding grid workers. The store decides through Core's rules; a refusal of the
/// input shows the form again with the reason and its values, having written nothing.
struct GridKeepingPagesController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(SiteURL.gridCampaignNew.components, use: newCampaign)
        routes.post(SiteURL.gridCampaigns.components, use: createCampaign)
        routes.get(SiteURL.gridCampaignEdit(code: .placeholder(.code)).components, use: editCampaign)
        routes.post(SiteURL.gridCampaign(code: .placeholder(.code)).components, use: updateCampaign)
        routes.get(SiteURL.gridWorkers.components, use: workers)
        routes.post(SiteURL.gridWorkers.components, use: bind)
        routes.post(SiteURL.gridWorkerUnbind.components, use: unbind)
    }

    // MARK: Campaigns

    struct CampaignForm: Content {
        var code: String?
        var nameZh: String?
        var nameEn: String?
        var towns: [String]?
        var categories: [String]?
        var start: String?
        var end: String?
        var sitesChecked: String?
        var hazardsFound: String?
        var hazardsFixed: String?

        enum CodingKeys: String, CodingKey {
            case code, towns, categories, start, end
            case nameZh = "name_zh", nameEn = "name_en"
            case sitesChecked = "sites_checked", hazardsFound = "hazards_found", hazardsFixed = "hazards_fixed"
        }

        func draft(code fixed: String?) -> GridCampaignDraft {
            GridCampaignDraft(code: fixed ?? code ?? "", nameZh: nameZh ?? "", nameEn: nameEn ?? "", towns: towns ?? [],
                              categories: categories ?? [], start: start ?? "", end: end ?? "",
                              sitesChecked: sitesChecked ?? "", hazardsFound: hazardsFound ?? "", hazardsFixed: hazardsFixed ?? "")
        }
    }

    /// Only an account that may keep some campaign opens the form: an administrator or a town.
    func campaignKeeper(_ request: Request) throws -> Principal {
        let principal = try request.requirePrincipal()
        let own: Set<String> = principal.actor.townCode.map { [$0] } ?? []
        try principal.permissions.require(.editCampaign(towns: own))
        return principal
    }

    @Sendable func newCampaign(_ request: Request) async throws -> Response {
        let principal = try campaignKeeper(request)
        let today = PlanDate(shanghai: request.appEnvironment.now).description
        let draft = GridCampaignDraft(code: "", nameZh: "", nameEn: "", towns: principal.actor.townCode.map { [$0] } ?? [], categories: [],
                                      start: today, end: today, sitesChecked: "0", hazardsFound: "0", hazardsFixed: "0")
        return try await renderCampaignForm(request, principal: principal, editing: nil, values: draft, error: nil, status: .ok)
    }

    @Sendable func editCampaign(_ request: Request) async throws -> Response {
        let principal = try campaignKeeper(request)
        let store = GridStore(db: request.db, principal: principal)
        guard let row = try await store.campaign(code: try request.parameters.require(.code)), let campaign = row.campaign else {
            throw GridCampaignNotFound()
        }
        try GridCampaignCheck.authorise(campaign, replacing: campaign, by: principal.actor)
        let draft = GridCampaignDraft(code: campaign.code, nameZh: campaign.name.zh, nameEn: campaign.name.en, towns: campaign.towns.sorted(),
                                      categories: campaign.categories.sorted(), start: campaign.start.description, end: campaign.end.description,
                                      sitesChecked: String(campaign.targets.sitesChecked), hazardsFound: String(campaign.targets.hazardsFound),
                                      hazardsFixed: String(campaign.targets.hazardsFixed))
        return try await renderCampaignForm(request, principal: principal, editing: campaign.code, values: draft, error: nil, status: .ok)
    }

    @Sendable func createCampaign(_ request: Request) async throws -> Response {
        try await saveCampaign(request, editing: nil)
    }

    @Sendable func updateCampaign(_ request: Request) async throws -> Response {
        try await saveCampaign(request, editing: try request.parameters.require(.code))
    }

    func saveCampaign(_ request: Request, editing: String?) async throws -> Response {
        let principal = try request.requirePrincipal()
        let draft = try request.content.decode(CampaignForm.self).draft(code: editing)
        do {
            let campaign = try draft.campaign()
            try await GridStore(db: request.db, principal: principal)
                .saveCampaign(campaign, mode: editing == nil ? .create : .update, writer: request.writer)
            return request.redirect(to: SiteURL.gridCampaign(code: campaign.code).path)
        } catch let error as any BilingualError where error.kind == .invalidInput || error.kind == .conflict {
            return try await renderCampaignForm(request, principal: principal, editing: editing, values: draft,
                                                error: request.t(error.message), status: .badRequest)
        }
    }

    func renderCampaignForm(_ request: Request, principal: Principal, editing: String?, values: GridCampaignDraft,
                            error: String?, status: HTTPStatus) async throws -> Response {
        let towns = try await OrganisationStore(db: request.db, county: principal.countyCode).towns()
            .filter { principal.permissions.allows(.editCampaign(towns: [$0.code])) }
        let model = GridPages.CampaignFormModel(
            editing: editing, towns: towns.map { ($0.code, BilingualText(zh: $0.nameZh, en: $0.nameEn)) },
            mayCoverCounty: principal.permissions.allows(.editCampaign(towns: [])),
            categories: GridStore.categories.categories.map { ($0.code, $0.name) }, values: values, error: error)
        return try await HTMLPage(status: status, html: GridPages.campaignForm(model, request.pageContext)).encodeResponse(for: request)
    }

    // MARK: Grid workers

    struct BindForm: Content {
        var username: String?
        var grid: String?
        var team: String?
    }

    func workerKeeper(_ request: Request) throws -> Principal {
        let principal = try request.requirePrincipal()
        try principal.permissions.require(.bindGridWorkers(townCode: principal.actor.townCode))
        return principal
    }

    /// Above this many eligible accounts the bind form offers a search, and shows at most
    /// `pickerLimit` of those matching it, so the picker stays usable on a phone.
    static let searchThreshold = 20
    static let pickerLimit = 100

    struct WorkersQuery: Content {
        var q: String?
    }

    @Sendable func workers(_ request: Request) async throws -> Response {
        let principal = try workerKeeper(request)
        let search = try request.query.decode(WorkersQuery.self).q ?? ""
        return try await renderWorkers(request, principal: principal, values: [:], error: nil, status: .ok, search: search)
    }

    func renderWorkers(_ request: Request, principal: Principal, values: [String: String], error: String?, status: HTTPStatus,
                       search: String = "") async throws -> Response {
        let search = String(search.trimmingCharacters(in: .whitespaces).prefix(TextFieldKind.name.maximumLength))
        let store = GridStore(db: request.db, principal: principal)
        let all = try await store.eligibleWorkers(search: nil, limit: 0).matched
        let found = try await store.eligibleWorkers(search: search, limit: Self.pickerLimit)
        let towns = Dictionary(try await OrganisationStore(db: request.db, county: principal.countyCode).towns()
            .map { ($0.code, BilingualText(zh: $0.nameZh, en: $0.nameEn)) }, uniquingKeysWith: { first, _ in first })
        let candidates = found.workers.map { worker in
            GridPages.CandidateRow(username: worker.username, name: worker.name,
                                   town: worker.townCode.map { towns[$0] ?? BilingualText(zh: $0, en: $0) })
        }
        let grids = try await store.allGrids()
        let names = Dictionary(grids.map { ($0.code, $0.name) }, uniquingKeysWith: { first, _ in first })
        let rows = try await store.workers().map { entry in
            GridPages.WorkerRow(username: entry.username, name: entry.name, gridCode: entry.worker.gridCode,
                                gridName: names[entry.worker.gridCode] ?? entry.worker.gridCode, team: GridTeam(rawValue: entry.worker.team),
                                isDemo: entry.worker.isDemo)
        }
        let model = GridPages.WorkersModel(workers: rows, grids: grids.map { ($0.code, $0.name) }, candidates: candidates,
                                           matched: found.matched, searchable: all > Self.searchThreshold, search: search,
                                           values: values, error: error)
        return try await HTMLPage(status: status, html: GridPages.workers(model, request.pageContext)).encodeResponse(for: request)
    }

    @Sendable func bind(_ request: Request) async throws -> Response {
        let principal = try workerKeeper(request)
        let form = try request.content.decode(BindForm.self)
        let values = ["username": form.username ?? "", "grid": form.grid ?? "", "team": form.team ?? ""]
        do {
            guard let team = GridTeam(text: form.team ?? "") else {
                throw FieldInputError([LocatedIssue(row: nil, column: "team", reason: GridTeam.unknownReason)])
            }
            let record = GridWorkerRecord(username: (form.username ?? "").trimmingCharacters(in: .whitespaces), gridCode: form.grid ?? "", team: team)
            try await GridStore(db: request.db, principal: principal).bindWorkers([record], firstRow: nil, writer: request.writer)
            return request.redirect(to: SiteURL.gridWorkers.path)
        } catch let error as any BilingualError where error.kind == .invalidInput {
            return try await renderWorkers(request, principal: principal, values: values, error: request.t(error.message), status: .badRequest)
        }
    }

    @Sendable func unbind(_ request: Request) async throws -> Response {
        let principal = try workerKeeper(request)
        let form = try request.content.decode(BindForm.self)
        do {
            try await GridStore(db: request.db, principal: principal).unbindWorker(username: form.username ?? "", writer: request.writer)
            return request.redirect(to: SiteURL.gridWorkers.path)
        } catch let error as any BilingualError where error.kind == .invalidInput {
            return try await renderWorkers(request, principal: principal, values: [:], error: request.t(error.message), status: .badRequest)
        }
    }
}

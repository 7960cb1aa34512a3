import BaiqiangCore
import Fluent
import Vapor

/// `/api/v1/grid/campaigns` (create, change) and `/api/v1/grid/workers` (list, bind or move,
/// unbind): the same store calls as the pages, so the same Core rules decide and the same
/// audited transaction writes.
extension GridAPIController {
    struct CampaignInput: Content {
        var code: String?
        var nameZh: String
        var nameEn: String?
        var towns: [String]?
        var categories: [String]?
        var start: String
        var end: String
        var targets: GridCampaignTargets?

        enum CodingKeys: String, CodingKey {
            case code, towns, categories, start, end, targets
            case nameZh = "name_zh", nameEn = "name_en"
        }

        func campaign(code: String) throws -> GridCampaign {
            try GridCampaignDraft(code: code, nameZh: nameZh, nameEn: nameEn ?? "", towns: towns ?? [], categories: categories ?? [],
                                  start: start, end: end, sitesChecked: String(targets?.sitesChecked ?? 0),
                                  hazardsFound: String(targets?.hazardsFound ?? 0), hazardsFixed: String(targets?.hazardsFixed ?? 0)).campaign()
        }
    }

    @Sendable func createCampaign(_ request: Request) async throws -> Response {
        let principal = try request.requirePrincipal()
        let input = try request.content.decode(CampaignInput.self)
        let campaign = try input.campaign(code: input.code ?? "")
        let store = GridStore(db: request.db, principal: principal)
        try await store.saveCampaign(campaign, mode: .create, writer: request.writer)
        guard let row = try await store.campaign(code: campaign.code), let view = try await Self.view(row, store: store) else {
            throw GridCampaignNotFound()
        }
        return try await view.encodeResponse(status: .created, for: request)
    }

    @Sendable func updateCampaign(_ request: Request) async throws -> CampaignView {
        let principal = try request.requirePrincipal()
        let code = try request.parameters.require(.code)
        let input = try request.content.decode(CampaignInput.self)
        if let named = input.code, named != code {
            throw FieldInputError([LocatedIssue(row: nil, column: "code", reason: BilingualText(
                zh: "编码与地址中的不一致；专项整治的编码不可更改", en: "differs from the one in the address: a campaign's code does not change"))])
        }
        let store = GridStore(db: request.db, principal: principal)
        try await store.saveCampaign(try input.campaign(code: code), mode: .update, writer: request.writer)
        guard let row = try await store.campaign(code: code), let view = try await Self.view(row, store: store) else { throw GridCampaignNotFound() }
        return view
    }

    struct WorkerView: Content {
        var username: String
        var name: String
        var gridCode: String
        var townCode: String
        var team: String
        var isDemo: Bool

        enum CodingKeys: String, CodingKey {
            case username, name, team
            case gridCode = "grid_code", townCode = "town_code", isDemo = "is_demo"
        }
    }

    struct BindingInput: Content {
        var grid: String
        var team: String
    }

    /// The workers of the grids the account reads; only those who may bind workers ask.
    @Sendable func workers(_ request: Request) async throws -> [WorkerView] {
        let principal = try request.requirePrincipal()
        try principal.permissions.require(.bindGridWorkers(townCode: principal.actor.townCode))
        return try await GridStore(db: request.db, principal: principal).workers().map { entry in
            WorkerView(username: entry.username, name: entry.name, gridCode: entry.worker.gridCode, townCode: entry.worker.townCode,
                       team: entry.worker.team, isDemo: entry.worker.isDemo)
        }
    }

    @Sendable func bindWorker(_ request: Request) async throws -> WorkerView {
        let principal = try request.requirePrincipal()
        let username = try request.parameters.require(.username)
        let input = try request.content.decode(BindingInput.self)
        guard let team = GridTeam(text: input.team) else {
            throw FieldInputError([LocatedIssue(row: nil, column: "team", reason: GridTeam.unknownReason)])
        }
        let store = GridStore(db: request.db, principal: principal)
        try await store.bindWorkers([GridWorkerRecord(username: username, gridCode: input.grid, team: team)], firstRow: nil, writer: request.writer)
        guard let entry = try await store.workers().first(where: { $0.username == username }) else { throw Abort(.notFound) }
        return WorkerView(username: entry.username, name: entry.name, gridCode: entry.worker.gridCode, townCode: entry.worker.townCode,
                          team: entry.worker.team, isDemo: entry.worker.isDemo)
    }

    @Sendable func unbindWorker(_ request: Request) async throws -> HTTPStatus {
        let principal = try request.requirePrincipal()
        let username = try request.parameters.require(.username)
        try await GridStore(db: request.db, principal: principal).unbindWorker(username: username, writer: request.writer)
        return .noContent
    }
}

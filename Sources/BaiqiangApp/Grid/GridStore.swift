import BaiqiangCore
import Fluent
import Foundation

/// Every read and write of grids, grid workers, grid events and campaigns. Reads are narrowed to
/// the principal's county and to its `GridReach` (a grid worker its grid, a town its grids, the
/// county's departments and admins all); writes go through the audited transaction.
struct GridStore {
    let db: any Database
    let principal: Principal

    var county: String { principal.countyCode }
    var reach: GridReach { GridReach.of(principal.actor) }

    /// The grid event categories shipped with Core (网格事件类别).
    static let categories: DemandCategoryCatalog = {
        if let catalog = try? GridEvents.bundledCategories() { return catalog }
        return try! DemandCategoryCatalog([])
    }()

    static func workflow(on db: any Database) async throws -> DemandWorkflow {
        GridEvents.workflow(calendar: try await CalendarStore.calendar(on: db), categories: categories)
    }

    /// The grid an account is bound to as a grid worker, by code; nil for none.
    static func gridCode(of userID: UUID, in county: String, on db: any Database) async throws -> String? {
        try await GridWorker.query(on: db, county: county).filter(\.$userID == userID).first()?.gridCode
    }

    // MARK: Reads

    func grids() -> QueryBuilder<Grid> {
        let query = Grid.query(on: db, county: county)
        switch reach {
        case .county: break
        case .town(let code): query.filter(\.$townCode == code)
        case .grid(let code): query.filter(\.$code == code)
        case .nothing: query.filter(\.$id == noRow)
        }
        return query
    }

    /// The events the principal reads: those of its reach, and for a town those handed to it.
    func events() -> QueryBuilder<GridEvent> {
        let query = GridEvent.query(on: db, county: county)
        switch reach {
        case .county: break
        case .town(let code):
            query.group(.or) { either in
                either.filter(\.$townCode == code)
                    .group(.and) { $0.filter(\.$handlerKind == HandlingUnit.Kind.town.rawValue).filter(\.$handlerCode == code) }
            }
        case .grid(let code): query.filter(\.$gridCode == code)
        case .nothing: query.filter(\.$id == noRow)
        }
        return query
    }

    func allGrids() async throws -> [Grid] {
        try await grids().sort(\.$townCode).sort(\.$code).all()
    }

    func grid(code: String) async throws -> Grid? {
        try await grids().filter(\.$code == code).first()
    }

    /// One page of events, newest first, optionally of one status or grid.
    func list(status: DemandStatus? = nil, grid: String? = nil, after: String? = nil, limit: Int) async throws -> [GridEvent] {
        let query = events().sort(\.$reportedAt, .descending).sort(\.$id, .descending)
        if let status { query.filter(\.$status == status.rawValue) }
        if let grid { query.filter(\.$gridCode == grid) }
        if let after, let cursor = GridEventCursor(after) {
            query.group(.or) { older in
                older.filter(\.$reportedAt < cursor.at)
                    .group(.and) { $0.filter(\.$reportedAt == cursor.at).filter(\.$id < cursor.id) }
            }
        }
        return try await query.limit(limit).all()
    }

    func event(id: UUID) async throws -> GridEvent? {
        try await events().filter(\.$id == id).first()
    }

    func steps(of id: UUID) async throws -> [GridEventStep] {
        try await GridEventStep.query(on: db, county: county).filter(\.$eventID == id).sort(\.$at).all()
    }

    /// The events with a point on the map, for the land map's layer.
    func mappedEvents(within extent: GeoExtent, limit: Int) async throws -> [GridEvent] {
        try await events()
            .filter(\.$latitude >= extent.minLatitude).filter(\.$latitude <= extent.maxLatitude)
            .filter(\.$longitude >= extent.minLongitude).filter(\.$longitude <= extent.maxLongitude)
            .sort(\.$reportedAt, .descending).limit(limit).all()
    }

    /// Every event the principal reads, newest first, for the export.
    func exportedEvents() async throws -> [GridEvent] {
        try await events().sort(\.$reportedAt, .descending).sort(\.$id, .descending).all()
    }

    func campaigns() async throws -> [GridCampaignRow] {
        try await GridCampaignRow.query(on: db, county: county).sort(\.$startDate, .descending).sort(\.$code).all()
    }

    func campaign(code: String) async throws -> GridCampaignRow? {
        try await GridCampaignRow.query(on: db, county: county).filter(\.$code == code).first()
    }

    /// A campaign's counts from the events the principal reads within its period (its towns and
    /// categories are matched by Core).
    func progress(of campaign: GridCampaign) async throws -> GridCampaignCounts {
        let rows = try await events().filter(\.$reportedOn >= campaign.start.description)
            .filter(\.$reportedOn <= campaign.end.description).all()
        return campaign.progress(of: rows.compactMap(\.facts))
    }

    // MARK: Writes

    /// Reports an event (网格事件上报) in a grid within the principal's reach.
    func report(_ report: GridEventReport, isDemo: Bool = false, writer: Writer) async throws -> GridEvent {
        try principal.permissions.require(.reportGridEvents)
        let issues = GridEventCheck.issues(report, categories: Self.categories)
        guard issues.isEmpty else { throw FieldInputError(issues) }
        let store = self, principal = self.principal
        let now = writer.environment.nowToTheSecond, newID = writer.environment.uuid
        return try await writer.transaction { db, audit in
            let scoped = GridStore(db: db, principal: principal)
            // A grid outside the reach is as unknown as one that does not exist.
            guard let grid = try await scoped.grid(code: report.gridCode) else {
                throw FieldInputError([LocatedIssue(row: nil, column: "grid", reason: BilingualText(
                    zh: "未知的网格“\(report.gridCode)”", en: "Unknown grid '\(report.gridCode)'"))])
            }
            let workflow = try await GridStore.workflow(on: db)
            let state = try workflow.start(categoryCode: report.categoryCode, enterpriseCode: "", townCode: grid.townCode, at: now)
            let event = GridEvent()
            event.id = newID()
            event.countyCode = store.county
            event.gridID = try grid.requireID()
            event.gridCode = grid.code
            event.townCode = grid.townCode
            event.text = report.description.trimmingCharacters(in: .whitespacesAndNewlines)
            event.address = (report.address?.trimmingCharacters(in: .whitespaces)).nonEmpty
            event.latitude = report.latitude
            event.longitude = report.longitude
            event.hazardFound = report.hazardFound
            event.reportedBy = principal.userID
            event.reporterName = principal.displayName
            event.reportedAt = now
            event.reportedOn = PlanDate(shanghai: now).description
            event.isDemo = isDemo
            try event.setState(state)
            try await event.create(on: db)
            try await GridStore.step(event, action: "reported", actor: principal.displayName, note: nil, at: now, id: newID(), on: db)
            try await audit.record(.gridEventReported, entity: .gridEvent, id: try event.requireID().uuidString,
                                   before: nil as GridEventSnapshot?, after: try GridEventSnapshot(event))
            return event
        }
    }

    /// Applies a workflow step to an event the principal reads; the demand workflow decides
    /// whether the principal may and what follows.
    func apply(_ action: DemandAction, to id: UUID, writer: Writer) async throws -> GridEvent {
        guard GridEvents.actions.contains(action.kind) else {
            throw FieldInputError([LocatedIssue(row: nil, column: "action", reason: BilingualText(
                zh: "网格事件没有这一步", en: "Grid events have no such step"))])
        }
        let principal = self.principal, now = writer.environment.nowToTheSecond, newID = writer.environment.uuid
        return try await writer.transaction { db, audit in
            let scoped = GridStore(db: db, principal: principal)
            guard let event = try await scoped.event(id: id) else { throw GridEventNotFound() }
            let before = try GridEventSnapshot(event)
            let workflow = try await GridStore.workflow(on: db)
            let next = try workflow.apply(action, by: principal.actor, at: now, to: try event.state)
            try event.setState(next)
            try await event.update(on: db)
            try await GridStore.step(event, action: action.kind.rawValue, actor: principal.displayName,
                                     note: action.note, at: now, id: newID(), on: db)
            try await audit.record(.gridEventAction, entity: .gridEvent, id: id.uuidString, before: before, after: try GridEventSnapshot(event))
            return event
        }
    }

    static func step(_ event: GridEvent, action: String, actor: String, note: String?, at: Date, id: UUID, on db: any Database) async throws {
        let step = GridEventStep()
        step.id = id
        step.countyCode = event.countyCode
        step.eventID = try event.requireID()
        step.action = action
        step.actorName = actor
        step.note = note
        step.at = at
        try await step.create(on: db)
    }

    /// Adds or replaces grids by code, all or none.
    @discardableResult
    func importGrids(_ records: [GridRecord], isDemo: Bool = false, firstRow: Int = 1, writer: Writer) async throws -> Int {
        try principal.permissions.require(.manageGrids)
        let county = self.county, newID = writer.environment.uuid
        return try await writer.transaction { db, audit in
            let towns = try await OrganisationStore(db: db, county: county).townCodes()
            var issues = GridCheck.duplicates(records).map { LocatedIssue(row: ($0.row ?? 1) - 1 + firstRow, column: $0.column, reason: $0.reason) }
            for (offset, record) in records.enumerated() { issues += GridCheck.issues(record, towns: towns, row: offset + firstRow) }
            guard issues.isEmpty else { throw FieldInputError(issues.sorted { ($0.row ?? 0) < ($1.row ?? 0) }) }
            var existing: [String: Grid] = [:]
            for chunk in records.map(\.code).chunked(500) {
                for grid in try await Grid.query(on: db, county: county).filter(\.$code ~~ Array(chunk)).all() { existing[grid.code] = grid }
            }
            for record in records {
                let grid = existing[record.code] ?? Grid()
                let isNew = grid.id == nil
                if isNew { grid.id = newID(); grid.countyCode = county; grid.code = record.code; grid.isDemo = isDemo }
                grid.name = record.name
                grid.townCode = record.townCode
                grid.village = record.village.nonEmpty
                if isNew { try await grid.create(on: db) } else { try await grid.update(on: db) }
            }
            try await audit.record(.gridsImported, entity: .grid, id: county, before: nil as [String]?, after: records.map(\.code))
            return records.count
        }
    }

    /// Binds accounts to grids with their teams, or moves them, all or none. `GridWorkerBinding`
    /// decides each row, the same for the binding page, the API and `import grid-workers`: an
    /// administrator binds anywhere, a town on its own grids only. `firstRow` numbers the rows as
    /// the file shows them (nil: a single binding from a form, which has no rows).
    @discardableResult
    func bindWorkers(_ records: [GridWorkerRecord], isDemo: Bool = false, firstRow: Int? = 1, writer: Writer) async throws -> Int {
        let actor = principal.actor
        try principal.permissions.require(.bindGridWorkers(townCode: actor.townCode))
        let county = self.county, newID = writer.environment.uuid
        return try await writer.transaction { db, audit in
            let accounts = AccountStore(db: db)
            var issues: [LocatedIssue] = []
            var bindings: [(User, Grid, GridTeam, GridWorker?)] = []
            for (offset, record) in records.enumerated() {
                let user = try await accounts.user(named: record.username, in: county)
                let grid = try await Grid.query(on: db, county: county).filter(\.$code == record.gridCode).first()
                var current: GridWorker?
                if let id = user?.id { current = try await GridWorker.query(on: db, county: county).filter(\.$userID == id).first() }
                let facts = GridWorkerFacts(accountRole: user?.role, gridTownCode: grid?.townCode, currentTownCode: current?.townCode)
                let found = GridWorkerBinding.issues(record, facts: facts, actor: actor, row: firstRow.map { $0 + offset })
                issues += found
                if found.isEmpty, let user, let grid { bindings.append((user, grid, record.team, current)) }
            }
            guard issues.isEmpty else { throw FieldInputError(issues) }
            var before: [String] = []
            for (user, grid, team, current) in bindings {
                if let current { before.append("\(user.username)=\(current.gridCode):\(current.team)") }
                let worker = current ?? GridWorker()
                let isNew = worker.id == nil
                if isNew { worker.id = newID(); worker.countyCode = county; worker.userID = try user.requireID(); worker.isDemo = isDemo }
                worker.gridID = try grid.requireID()
                worker.gridCode = grid.code
                worker.townCode = grid.townCode
                worker.team = team.rawValue
                if isNew { try await worker.create(on: db) } else { try await worker.update(on: db) }
            }
            try await audit.record(.gridWorkersBound, entity: .gridWorker, id: county, before: before,
                                   after: records.map { "\($0.username)=\($0.gridCode):\($0.team.rawValue)" })
            return bindings.count
        }
    }

    /// Unbinds a grid worker from its grid: the account stays, and reads no grid until bound again.
    func unbindWorker(username: String, writer: Writer) async throws {
        let actor = principal.actor
        try principal.permissions.require(.bindGridWorkers(townCode: actor.townCode))
        let county = self.county
        try await writer.transaction { db, audit in
            let user = try await AccountStore(db: db).user(named: username, in: county)
            var current: GridWorker?
            if let id = user?.id { current = try await GridWorker.query(on: db, county: county).filter(\.$userID == id).first() }
            let facts = GridWorkerFacts(accountRole: user?.role, gridTownCode: nil, currentTownCode: current?.townCode)
            let issues = GridWorkerBinding.unbindIssues(username: username, facts: facts, actor: actor)
            guard issues.isEmpty, let current else { throw FieldInputError(issues) }
            let before = "\(username)=\(current.gridCode):\(current.team)"
            try await current.delete(on: db)
            try await audit.record(.gridWorkerUnbound, entity: .gridWorker, id: username, before: before, after: nil as String?)
        }
    }

    /// An account the binding page offers: its name, and the town of the grid it is bound to now.
    struct EligibleWorker: Sendable, Hashable {
        var username: String
        var name: String
        var townCode: String?
    }

    /// The county's active accounts the principal may bind, as `GridWorkerBinding.isEligible`
    /// decides (the API and import are checked by the same rule when they bind), ordered by name;
    /// `search` narrows to names or usernames containing it. Returns at most `limit` and how many
    /// matched.
    func eligibleWorkers(search: String?, limit: Int) async throws -> (workers: [EligibleWorker], matched: Int) {
        let actor = principal.actor
        guard principal.permissions.allows(.bindGridWorkers(townCode: actor.townCode)) else { return ([], 0) }
        let users = try await User.query(on: db).filter(\.$countyCode == county).filter(\.$role == .gridWorker)
            .filter(\.$isActive == true).sort(\.$displayName).sort(\.$username).all()
        var bindings: [UUID: String] = [:]
        for chunk in users.compactMap(\.id).chunked(500) {
            for worker in try await GridWorker.query(on: db, county: county).filter(\.$userID ~~ Array(chunk)).all() {
                bindings[worker.userID] = worker.townCode
            }
        }
        let needle = search?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
        let eligible = users.compactMap { user -> EligibleWorker? in
            guard let id = user.id else { return nil }
            let town = bindings[id]
            guard GridWorkerBinding.isEligible(accountRole: user.role, currentTownCode: town, actor: actor) else { return nil }
            guard needle.isEmpty || user.displayName.lowercased().contains(needle) || user.username.lowercased().contains(needle) else {
                return nil
            }
            return EligibleWorker(username: user.username, name: user.displayName, townCode: town)
        }
        return (Array(eligible.prefix(limit)), eligible.count)
    }

    /// The workers of the grids the principal reads, with their account names and teams.
    func workers() async throws -> [(worker: GridWorker, username: String, name: String)] {
        let codes = try await grids().all().map(\.code)
        guard !codes.isEmpty else { return [] }
        let workers = try await GridWorker.query(on: db, county: county).filter(\.$gridCode ~~ codes)
            .sort(\.$gridCode).all()
        let accounts = try await AccountStore(db: db).accounts(ids: workers.map(\.userID), in: county)
        return workers.map { ($0, accounts[$0.userID]?.username ?? "—", accounts[$0.userID]?.displayName ?? "—") }
    }

    enum CampaignSave { case create, update, upsert }

    /// Creates or changes a campaign, checked by `GridCampaignCheck` and allowed by
    /// `GridCampaignCheck.authorise` (an administrator any, a town its own town's only).
    /// `.create` refuses a code already kept (409); `.update` one not kept (404).
    func saveCampaign(_ campaign: GridCampaign, mode: CampaignSave = .upsert, isDemo: Bool = false, writer: Writer) async throws {
        let actor = principal.actor
        // Refused before anything is read: the scope alone says whether a town may.
        try GridCampaignCheck.authorise(campaign, replacing: nil, by: actor)
        let county = self.county, newID = writer.environment.uuid
        try await writer.transaction { db, audit in
            let towns = try await OrganisationStore(db: db, county: county).townCodes()
            let issues = GridCampaignCheck.issues(campaign, knownTowns: towns, categories: GridStore.categories)
            guard issues.isEmpty else { throw FieldInputError(issues) }
            let existing = try await GridCampaignRow.query(on: db, county: county).filter(\.$code == campaign.code).first()
            switch (mode, existing) {
            case (.create, .some): throw GridCampaignExists(code: campaign.code)
            case (.update, .none): throw GridCampaignNotFound()
            default: break
            }
            try GridCampaignCheck.authorise(campaign, replacing: existing?.campaign, by: actor)
            let before = existing.flatMap(\.campaign).map(GridCampaignSnapshot.init)
            let row = existing ?? GridCampaignRow()
            let isNew = row.id == nil
            if isNew { row.id = newID(); row.countyCode = county; row.code = campaign.code; row.isDemo = isDemo }
            row.nameZh = campaign.name.zh
            row.nameEn = campaign.name.en
            row.towns = campaign.towns.sorted().joined(separator: ";")
            row.categories = campaign.categories.sorted().joined(separator: ";")
            row.startDate = campaign.start.description
            row.endDate = campaign.end.description
            row.targetSites = campaign.targets.sitesChecked
            row.targetFound = campaign.targets.hazardsFound
            row.targetFixed = campaign.targets.hazardsFixed
            if isNew { try await row.create(on: db) } else { try await row.update(on: db) }
            try await audit.record(.gridCampaignSaved, entity: .gridCampaign, id: campaign.code, before: before,
                                   after: GridCampaignSnapshot(campaign))
        }
    }
}

/// What the audit log keeps of a campaign.
struct GridCampaignSnapshot: Codable, Sendable {
    var code: String
    var nameZh: String
    var nameEn: String
    var towns: [String]
    var categories: [String]
    var start: String
    var end: String
    var targets: GridCampaignTargets

    init(_ campaign: GridCampaign) {
        code = campaign.code
        nameZh = campaign.name.zh
        nameEn = campaign.name.en
        towns = campaign.towns.sorted()
        categories = campaign.categories.sorted()
        start = campaign.start.description
        end = campaign.end.description
        targets = campaign.targets
    }
}

struct GridCampaignExists: BilingualError {
    var code: String
    var kind: FailureKind { .conflict }
    var message: BilingualText {
        BilingualText(zh: "专项整治编码“\(code)”已被使用", en: "The campaign code '\(code)' is already in use")
    }
}

struct GridCampaignNotFound: BilingualError {
    var kind: FailureKind { .notFound }
    var message: BilingualText { BilingualText(zh: "未找到该专项整治", en: "No such campaign") }
}

/// An event the account may not read is as unknown as one that does not exist.
struct GridEventNotFound: BilingualError {
    var kind: FailureKind { .notFound }
    var message: BilingualText { BilingualText(zh: "未找到该网格事件", en: "No such grid event") }
}

/// What the audit log keeps of a grid event.
struct GridEventSnapshot: Codable, Sendable {
    var grid: String
    var state: DemandState
    var description: String

    init(_ event: GridEvent) throws {
        grid = event.gridCode
        state = try event.state
        description = event.text
    }
}

/// Where a page of events ended: the last event's report time and id.
struct GridEventCursor {
    var at: Date
    var id: UUID

    init?(_ text: String) {
        let parts = text.split(separator: "_", maxSplits: 1).map(String.init)
        guard parts.count == 2, let seconds = Double(parts[0]), let id = UUID(uuidString: parts[1]) else { return nil }
        at = Date(timeIntervalSince1970: seconds)
        self.id = id
    }

    static func after(_ event: GridEvent) -> String? {
        event.id.map { "\(Int(event.reportedAt.timeIntervalSince1970))_\($0.uuidString)" }
    }
}

extension DemandAction {
    /// The text the action carries, for the event's list of steps.
    var note: String? {
        switch self {
        case .returnToCentre(let text), .reassign(_, let text), .respond(let text), .proposeSolution(let text), .resolve(let text),
             .closeUnsatisfied(let text), .refuseExtension(let text), .requestExtension(_, let text):
            text
        case .returnVisit(let satisfaction, let note): [satisfaction.rawValue, note].compactMap { $0 }.joined(separator: ": ")
        case .redo(let reason): reason
        case .urge(let note): note
        case .assign(let unit): unit.pickerValue
        case .accept, .approveExtension, .escalate: nil
        }
    }
}

import BaiqiangCore
import Fluent
import Foundation
import Vapor

/// Bad input to a demand that Core does not judge (attachments, unknown firms, bad filters).
struct DemandInputError: BilingualError {
    let message: BilingualText
}

/// The demands capability's reads and writes: pages, the JSON API, Open311 and the CLI all go
/// through here, and every write goes through a `Writer` with its audit row.
struct DemandStore {
    let db: any Database
    let environment: AppEnvironment
    /// The county whose demands, organisation and rules are read: the asking principal's, else
    /// the installation's (Open311, the plan's KPIs).
    let county: String

    init(db: any Database, environment: AppEnvironment, county: String? = nil) {
        self.db = db
        self.environment = environment
        self.county = county ?? environment.reference.countyCode
    }

    /// The demand's time, to the second (stored state keeps whole seconds).
    var now: Date { environment.nowToTheSecond }
    var categories: DemandCategoryCatalog { environment.reference.demandCategories }

    func workflow() async throws -> DemandWorkflow {
        DemandWorkflow(calendar: try await CalendarStore.calendar(on: db), categories: categories)
    }

    // Who is acting

    /// The workflow's view of an account: its role, unit, and whether the unit is the centre.
    func actor(for principal: Principal) async throws -> DemandActor {
        principal.actor
    }

    /// Demands the account may see (`Permissions.demandReach`). The platform's `scoped(to:)`
    /// narrows towns and enterprises; a department other than the centre sees only the demands
    /// assigned to it; a town sees its own firms' demands and those assigned to it.
    func query(for principal: Principal, actor: DemandActor) -> QueryBuilder<Demand> {
        let reach = Permissions(actor).demandReach
        if case .withinOrAssignedTo(_, let unit) = reach {
            // `scoped(to:)` would keep the town's own firms only.
            return Demand.query(on: db).inCounty(of: principal).group(.or) { either in
                either.filter(\.$townID == (principal.townID ?? noRow))
                either.group(.and) { $0.filter(\.$handlerKind == unit.kind.rawValue).filter(\.$handlerCode == unit.code) }
            }
        }
        let query = Demand.query(on: db).scoped(to: principal)
        switch reach {
        case .within(.nothing):
            query.filter(\.$id == noRow)
        case .within, .withinOrAssignedTo:
            break
        case .assignedTo(let unit):
            query.filter(\.$handlerKind == unit.kind.rawValue).filter(\.$handlerCode == unit.code)
        }
        return query
    }

    /// One demand by tracking number, or nil when it does not exist or is outside the account's
    /// view (the caller answers 404 either way).
    func find(_ number: String, principal: Principal, actor: DemandActor) async throws -> Demand? {
        try await query(for: principal, actor: actor).filter(\.$trackingNumber == number).first()
    }

    // Lists

    struct Filter: Sendable {
        var status: String?
        var category: String?
        var town: String?
        var handler: String?
        var enterprise: String?
        /// Words the description or the tracking number contains.
        var keyword: String?
        var overdue = false
        var from: Date?
        var to: Date?

        init() {}

        init(_ request: Request) throws {
            func text(_ key: String) -> String? {
                guard let value = try? request.query.get(String.self, at: key) else { return nil }
                let trimmed = value.trimmingCharacters(in: .whitespaces)
                return trimmed.isEmpty ? nil : trimmed
            }
            var check = FieldChecker()
            for key in ["status", "category", "town", "handler", "enterprise", "q", "overdue", "from", "to"] {
                check.text(text(key), .code, field: key)
            }
            try check.finish()
            status = text("status")
            if let status, DemandStatus(rawValue: status) == nil {
                throw DemandInputError(message: BilingualText(zh: "未知的状态 “\(status)”", en: "Unknown status “\(status)”"))
            }
            category = text("category")
            town = text("town")
            handler = text("handler")
            enterprise = text("enterprise")
            keyword = text("q")
            overdue = ["1", "true", "yes", "on"].contains(text("overdue") ?? "")
            from = try text("from").map { try Self.day($0, end: false) }
            to = try text("to").map { try Self.day($0, end: true) }
        }

        static func day(_ text: String, end: Bool) throws -> Date {
            guard let day = LocalDate(iso: text) else {
                throw DemandInputError(message: BilingualText(zh: "日期 “\(text)” 应为 YYYY-MM-DD", en: "The date “\(text)” must be YYYY-MM-DD"))
            }
            return end ? ShanghaiTime.endOfDay(day) : ShanghaiTime.instant(day)
        }

        /// The filter as a query string (for export links and the next page).
        var queryItems: [URLQueryItem] {
            var items: [URLQueryItem] = []
            func add(_ key: String, _ value: String?) { if let value { items.append(URLQueryItem(name: key, value: value)) } }
            add("status", status); add("category", category); add("town", town); add("handler", handler)
            add("enterprise", enterprise); add("q", keyword)
            if overdue { add("overdue", "1") }
            add("from", from.map { ShanghaiTime.day(of: $0).description })
            add("to", to.map { ShanghaiTime.day(of: $0).description })
            return items
        }
    }

    func apply(_ filter: Filter, to query: QueryBuilder<Demand>, now: Date) {
        if let status = filter.status { query.filter(\.$status == status) }
        if let category = filter.category { query.filter(\.$categoryCode == category) }
        if let town = filter.town { query.filter(\.$townCode == town) }
        if let handler = filter.handler {
            // The page's picker sends kind and code (`town:gulao`); the API may send a bare code.
            if let unit = HandlingUnit(pickerValue: handler) {
                query.filter(\.$handlerKind == unit.kind.rawValue).filter(\.$handlerCode == unit.code)
            } else {
                query.filter(\.$handlerCode == handler)
            }
        }
        if let keyword = filter.keyword {
            query.group(.or) { $0.filter(\.$text ~~ keyword).filter(\.$trackingNumber ~~ keyword.uppercased()) }
        }
        if let enterprise = filter.enterprise { query.filter(\.$enterpriseCode == enterprise.uppercased()) }
        if let from = filter.from { query.filter(\.$submittedAt >= from) }
        if let to = filter.to { query.filter(\.$submittedAt <= to) }
        if filter.overdue { query.filter(DemandOverdueRule.condition(at: now)) }
    }

    /// A page of demands, newest first (tracking numbers sort by day and sequence).
    func list(_ filter: Filter, page: PageRequest, principal: Principal, actor: DemandActor) async throws -> (items: [Demand], next: String?) {
        let query = query(for: principal, actor: actor)
        apply(filter, to: query, now: now)
        if let after = page.after { query.filter(\.$trackingNumber < after) }
        let rows = try await query.sort(\.$trackingNumber, .descending).limit(page.fetchLimit).all()
        return page.split(rows) { $0.trackingNumber }
    }

    /// Every demand of the filter (exports, rates), still scoped.
    /// `asOf`: the moment the overdue filter judges at (now unless given).
    func all(_ filter: Filter, principal: Principal, actor: DemandActor, asOf: Date? = nil) async throws -> [Demand] {
        let query = query(for: principal, actor: actor)
        apply(filter, to: query, now: asOf ?? now)
        return try await query.sort(\.$trackingNumber, .descending).all()
    }

    /// The three-rates report's plain rows of the demands submitted in `window`, still scoped: one
    /// query reading only the columns the report needs.
    func reportRows(submittedIn window: (from: Date, to: Date), principal: Principal, actor: DemandActor) async throws -> [DemandReportRow] {
        let query = query(for: principal, actor: actor)
            .filter(\.$submittedAt >= window.from).filter(\.$submittedAt <= window.to)
            .field(\.$status).field(\.$townCode).field(\.$handlerKind).field(\.$handlerCode).field(\.$submittedAt)
            .field(\.$responseDeadline).field(\.$solutionDeadline).field(\.$closureDeadline)
            .field(\.$respondedAt).field(\.$solutionAt).field(\.$resolvedAt).field(\.$satisfaction)
        return try await query.all().map { try $0.reportRow() }
    }

    func events(of demand: Demand) async throws -> [DemandEvent] {
        try await DemandEvent.query(on: db, county: county).filter(\.$demandID == demand.requireID()).sort(\.$at).all()
    }

    func attachments(of demand: Demand) async throws -> [DemandAttachment] {
        try await DemandAttachment.query(on: db, county: county).filter(\.$demandID == demand.requireID())
            .field(\.$id).field(\.$demandID).field(\.$fileName).field(\.$contentType).field(\.$size).field(\.$createdAt).all()
    }

    /// 重复诉求: the firm's open demands of the same category (Core decides which count).
    func duplicates(of submission: DemandSubmission) async throws -> [Demand] {
        let rows = try await Demand.query(on: db, county: county).filter(\.$enterpriseCode == submission.enterpriseCode)
            .filter(\.$categoryCode == submission.categoryCode).filter(\.$status != DemandStatus.closed.rawValue).all()
        let states = try rows.map { try $0.state }
        let matching = submission.duplicates(among: states)
        return zip(rows, states).filter { pair in matching.contains(pair.1) }.map(\.0)
    }
}

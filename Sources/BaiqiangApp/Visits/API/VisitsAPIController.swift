import BaiqiangCore
import Fluent
import Vapor

/// `/api/v1/visits`: the visits the account may see, newest first by cursor, and recording one
/// under the same rules as the leader's page (Core's `VisitCheck`, `VisitAuthorship`).
struct VisitsAPIController {
    func register(_ api: any RoutesBuilder) {
        api.get(SiteURL.API.visits.components, use: list)
        api.post(SiteURL.API.visits.components, use: create)
        api.get(SiteURL.API.visitsPlan.components, use: plan)
        api.put(SiteURL.API.visitsPlan.components, use: setPlan)
        api.get(SiteURL.API.visitsCoverage.components, use: coverage)
    }

    /// The county's visit plan: so many visits per period to each linked firm, per leader tier.
    struct PlanView: Content {
        var cityVisits: Int
        var cityPeriod: String
        var townVisits: Int
        var townPeriod: String

        enum CodingKeys: String, CodingKey {
            case cityVisits = "city_visits", cityPeriod = "city_period", townVisits = "town_visits", townPeriod = "town_period"
        }

        init(_ plan: VisitPlan) {
            cityVisits = plan.quota(.city).visits
            cityPeriod = plan.quota(.city).period.rawValue
            townVisits = plan.quota(.town).visits
            townPeriod = plan.quota(.town).period.rawValue
        }
    }

    struct PlanChange: Content {
        var cityVisits: Int?
        var cityPeriod: String?
        var townVisits: Int?
        var townPeriod: String?

        enum CodingKeys: String, CodingKey {
            case cityVisits = "city_visits", cityPeriod = "city_period", townVisits = "town_visits", townPeriod = "town_period"
        }
    }

    @Sendable func plan(_ request: Request) async throws -> PlanView {
        PlanView(try await VisitsStore(db: request.db, principal: try request.requirePrincipal()).plan())
    }

    @Sendable func setPlan(_ request: Request) async throws -> PlanView {
        let principal = try request.requirePrincipal()
        try principal.permissions.require(.configure)
        let change = try request.content.decode(PlanChange.self)
        var visits: [LeaderTier: Int] = [:], periods: [LeaderTier: String] = [:]
        visits[.city] = change.cityVisits
        visits[.town] = change.townVisits
        periods[.city] = change.cityPeriod
        periods[.town] = change.townPeriod
        return PlanView(try await VisitsStore(db: request.db, principal: principal).setPlan(visits: visits, periods: periods, writer: request.writer))
    }

    /// Coverage this quarter, counted as the plan's KPI counts it, of the firms the account may see.
    struct CoverageView: Content {
        struct Row: Content {
            var id: String
            var name: String
            var linked: Int
            var visited: Int
            var percent: Double?
        }

        var from: String
        var through: String
        var linked: Int
        var visited: Int
        var percent: Double?
        var includesDemo: Bool
        var leaders: [Row]
        var towns: [Row]

        enum CodingKeys: String, CodingKey {
            case from, through, linked, visited, percent, leaders, towns
            case includesDemo = "includes_demo"
        }
    }

    @Sendable func coverage(_ request: Request) async throws -> CoverageView {
        let principal = try request.requirePrincipal()
        let store = VisitsStore(db: request.db, principal: principal)
        let today = PlanDate(shanghai: request.appEnvironment.now)
        let start = VisitCoverage.quarterStart(of: today)
        let tally = try await store.coverage(from: start, through: today, includeDemo: true)
        let real = try await store.coverage(from: start, through: today, includeDemo: false)
        let accounts = try await AccountStore(db: request.db).accounts(ids: tally.byLeader.keys.compactMap(UUID.init(uuidString:)),
                                                                       in: principal.countyCode)
        let towns = try await OrganisationStore(db: request.db, county: principal.countyCode).towns()
        let english = request.language == .en
        let leaders = tally.byLeader.compactMap { id, count -> CoverageView.Row? in
            guard let account = UUID(uuidString: id).flatMap({ accounts[$0] }) else { return nil }
            return CoverageView.Row(id: account.username, name: account.displayName, linked: count.linked, visited: count.visited,
                                    percent: count.percent)
        }.sorted { $0.id < $1.id }
        let townRows = tally.byTown.compactMap { id, count -> CoverageView.Row? in
            guard let town = towns.first(where: { $0.id?.uuidString == id }) else { return nil }
            return CoverageView.Row(id: town.code, name: english ? town.nameEn : town.nameZh, linked: count.linked,
                                    visited: count.visited, percent: count.percent)
        }.sorted { $0.id < $1.id }
        return CoverageView(from: start.description, through: today.description, linked: tally.total.linked,
                            visited: tally.total.visited, percent: tally.total.percent, includesDemo: tally != real,
                            leaders: leaders, towns: townRows)
    }

    struct VisitView: Content {
        var id: String
        var creditCode: String
        var leaderName: String
        var date: String
        var participants: String?
        var firmSaid: String?
        var riskFlags: [String]
        var demandNumber: String?
        var isDemo: Bool

        enum CodingKeys: String, CodingKey {
            case id, date, participants
            case creditCode = "credit_code", leaderName = "leader_name", firmSaid = "firm_said", riskFlags = "risk_flags"
            case demandNumber = "demand_number", isDemo = "is_demo"
        }

        init(_ visit: Visit) {
            id = visit.id?.uuidString ?? ""
            creditCode = visit.creditCode
            leaderName = visit.leaderName
            date = visit.visitDate
            participants = visit.participants
            firmSaid = visit.firmSaid
            riskFlags = visit.flags.sorted().map(\.rawValue)
            demandNumber = visit.demandNumber
            isDemo = visit.isDemo
        }
    }

    struct NewVisit: Content {
        var creditCode: String
        var leader: String
        var date: String
        var participants: String?
        var firmSaid: String?
        var riskFlags: [String]?

        enum CodingKeys: String, CodingKey {
            case leader, date, participants
            case creditCode = "credit_code", firmSaid = "firm_said", riskFlags = "risk_flags"
        }
    }

    @Sendable func list(_ request: Request) async throws -> CursorPage<VisitView> {
        let principal = try request.requirePrincipal()
        let page = try PageRequest(request)
        let rows = try await VisitsStore(db: request.db, principal: principal).list(after: page.after, limit: page.fetchLimit)
        let (shown, next) = page.split(rows) { VisitCursor.after($0) ?? "" }
        return CursorPage(items: shown.map(VisitView.init), nextCursor: next)
    }

    @Sendable func create(_ request: Request) async throws -> Response {
        let principal = try request.requirePrincipal()
        let input = try request.content.decode(NewVisit.self)
        var issues: [LocatedIssue] = []
        if (input.riskFlags?.count ?? 0) > RiskFlag.allCases.count {
            issues.append(LocatedIssue(row: nil, column: "risk_flags", reason: BilingualText(
                zh: "最多 \(RiskFlag.allCases.count) 项", en: "at most \(RiskFlag.allCases.count) items")))
        }
        var flags: Set<RiskFlag> = []
        for name in input.riskFlags ?? [] {
            guard let flag = RiskFlag(rawValue: name) else {
                issues.append(LocatedIssue(row: nil, column: "risk_flags", reason: UnknownRiskFlag(name: name).reason))
                continue
            }
            flags.insert(flag)
        }
        guard issues.isEmpty else { throw FieldInputError(issues) }
        let date = try PlanDate.required(input.date, field: "date")
        let record = VisitRecord(creditCode: input.creditCode, leaderUsername: input.leader, date: date,
                                 participants: input.participants, firmSaid: input.firmSaid, flags: flags)
        let written = try await VisitsStore(db: request.db, principal: principal).record([record], writer: request.writer)
        guard let visit = written.first else { throw Abort(.internalServerError) }
        return try await VisitView(visit).encodeResponse(status: .created, for: request)
    }
}

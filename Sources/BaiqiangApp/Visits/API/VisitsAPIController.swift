import BaiqiangCore
import Fluent
import Vapor

/// `/api/v1/visits`: the visits the account may see, newest first by cursor, and recording one
/// under the same rules as the leader's page (Core's `VisitCheck`, `VisitAuthorship`).
struct VisitsAPIController {
    func register(_ api: any RoutesBuilder) {
        api.get(SiteURL.API.visits.components, use: list)
        api.post(SiteURL.API.visits.components, use: create)
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

import BaiqiangCore
import Fluent
import Foundation
import SQLKit

/// Every read and write of visits (走访) and the county's visit plan. Reads are narrowed to the
/// principal's county and role (a town its firms' visits, an enterprise its own); writes go
/// through the audited transaction.
struct VisitsStore {
    let db: any Database
    let principal: Principal

    var county: String { principal.countyCode }

    /// Why a visit (or a file of them) was refused: every problem with its row and column.
    struct InputError: LocatedIssues {
        let issues: [LocatedIssue]

        var locatedIssues: [LocatedIssue] { issues }

        var message: BilingualText {
            let zh = issues.map { issue in
                [issue.row.map { "第 \($0) 行" }, issue.column.map { "“\($0)”" }, issue.reason.zh].compactMap { $0 }.joined(separator: " ")
            }.joined(separator: "；")
            let en = issues.map { issue in
                [issue.row.map { "row \($0)" }, issue.column.map { "'\($0)'" }, issue.reason.en].compactMap { $0 }.joined(separator: " ")
            }.joined(separator: "; ")
            return BilingualText(zh: zh, en: en)
        }
    }

    func visits() -> QueryBuilder<Visit> {
        Visit.query(on: db).scoped(to: principal)
    }

    /// The county's visit plan: its own quota per tier where it set one, else the standard.
    func plan() async throws -> VisitPlan {
        try await Self.plan(on: db, county: county)
    }

    static func plan(on db: any Database, county: String) async throws -> VisitPlan {
        var plan = VisitPlan.standard
        for row in try await VisitPlanRow.query(on: db, county: county).all() {
            if let tier = LeaderTier(rawValue: row.tier), let period = VisitPeriod(rawValue: row.period) {
                plan.quotas[tier] = VisitQuota(visits: row.visits, period: period)
            }
        }
        return plan
    }

    /// The days of each of `firms`' visits (by any leader, as the plan counts them) from `from`
    /// through `through`, in one query per 500 firms.
    func visitDays(of firms: [UUID], from: PlanDate, through: PlanDate) async throws -> [UUID: [PlanDate]] {
        var found: [UUID: [PlanDate]] = [:]
        for chunk in firms.chunked(500) {
            let rows = try await visits().filter(\.$enterpriseID ~~ Array(chunk))
                .filter(\.$visitDate >= from.description).filter(\.$visitDate <= through.description).all()
            for visit in rows {
                if let date = visit.date { found[visit.enterpriseID, default: []].append(date) }
            }
        }
        return found
    }

    /// What a leader's page shows of each firm's visits: the last visit's day and its flags.
    struct LastVisit: Sendable {
        var date: PlanDate
        var flags: Set<RiskFlag>
        var isDemo: Bool
    }

    /// Each of `firms`' last visit (by any leader), in one query.
    func lastVisits(of firms: [UUID]) async throws -> [UUID: LastVisit] {
        guard !firms.isEmpty else { return [:] }
        var found: [UUID: LastVisit] = [:]
        for visit in try await visits().filter(\.$enterpriseID ~~ firms).sort(\.$visitDate, .descending).sort(\.$createdAt, .descending).all() {
            guard found[visit.enterpriseID] == nil, let date = visit.date else { continue }
            found[visit.enterpriseID] = LastVisit(date: date, flags: visit.flags, isDemo: visit.isDemo)
        }
        return found
    }

    /// One page of visits, newest first, optionally of one leader or one firm.
    func list(leader: UUID? = nil, firm: UUID? = nil, after: String? = nil, limit: Int) async throws -> [Visit] {
        let query = visits().sort(\.$visitDate, .descending).sort(\.$id, .descending)
        if let leader { query.filter(\.$leaderID == leader) }
        if let firm { query.filter(\.$enterpriseID == firm) }
        if let after, let cursor = VisitCursor(after) {
            query.group(.or) { older in
                older.filter(\.$visitDate < cursor.date)
                    .group(.and) { $0.filter(\.$visitDate == cursor.date).filter(\.$id < cursor.id) }
            }
        }
        return try await query.limit(limit).all()
    }

    func visit(id: UUID) async throws -> Visit? {
        try await visits().filter(\.$id == id).first()
    }

    /// Checks `records` whole — each against Core's rules, its firm within the principal's reach
    /// and its leader among the county's leader accounts — and names every problem; nothing is
    /// looked up twice.
    /// `rows` numbers the records as their file does (the header is row 1); by default 1, 2, ….
    func problems(_ records: [VisitRecord], rows: [Int]? = nil, today: PlanDate, on db: any Database) async throws -> (issues: [LocatedIssue], firms: [String: Enterprise], leaders: [String: User]) {
        var issues: [LocatedIssue] = []
        let rows = rows ?? Array(1...max(1, records.count))
        for (offset, record) in records.enumerated() {
            issues += VisitCheck.issues(record, today: today, row: rows[offset])
            if let refusal = VisitAuthorship.refusal(role: principal.role, username: principal.username, leader: record.leaderUsername) {
                issues.append(LocatedIssue(row: rows[offset], column: "leader", reason: refusal))
            }
        }
        let codes = Array(Set(records.map { $0.creditCode.uppercased() }))
        var firms: [String: Enterprise] = [:]
        for chunk in codes.chunked(500) {
            for firm in try await Enterprise.query(on: db).scoped(to: principal).filter(\.$creditCode ~~ Array(chunk)).all() {
                firms[firm.creditCode] = firm
            }
        }
        var leaders: [String: User] = [:]
        for chunk in Array(Set(records.map(\.leaderUsername))).chunked(500) {
            for user in try await AccountStore(db: db).leaders(named: Array(chunk), in: county) { leaders[user.username] = user }
        }
        for (offset, record) in records.enumerated() {
            if !record.creditCode.isEmpty, firms[record.creditCode.uppercased()] == nil {
                // A firm outside the account's reach is as unknown as one that does not exist.
                issues.append(LocatedIssue(row: rows[offset], column: "credit_code", reason: BilingualText(
                    zh: "未知的企业“\(record.creditCode)”", en: "Unknown enterprise '\(record.creditCode)'")))
            }
            if !record.leaderUsername.isEmpty, leaders[record.leaderUsername] == nil {
                issues.append(LocatedIssue(row: rows[offset], column: "leader", reason: UnknownLeader(username: record.leaderUsername).message))
            }
        }
        return (issues.sorted { ($0.row ?? 0) < ($1.row ?? 0) }, firms, leaders)
    }

    /// Records visits, all or none, in one audited transaction.
    @discardableResult
    func record(_ records: [VisitRecord], isDemo: Bool = false, writer: Writer) async throws -> [Visit] {
        try principal.permissions.require(.recordVisits)
        let today = PlanDate(shanghai: writer.environment.now), county = self.county, newID = writer.environment.uuid
        let store = self
        return try await writer.transaction { db, audit in
            let checked = try await store.problems(records, today: today, on: db)
            guard checked.issues.isEmpty else { throw InputError(issues: checked.issues) }
            return try await store.insert(records.map { ($0, isDemo) }, checked: checked, action: .visitRecord, county: county,
                                          newID: newID, db: db, audit: audit)
        }
    }

    /// Writes checked visits, each audited under `action`.
    func insert(_ records: [(record: VisitRecord, isDemo: Bool)], checked: (issues: [LocatedIssue], firms: [String: Enterprise], leaders: [String: User]),
                action: AuditAction, county: String, newID: () -> UUID, db: any Database, audit: AuditRecorder) async throws -> [Visit] {
        var written: [Visit] = []
        for (record, isDemo) in records {
            guard let firm = checked.firms[record.creditCode.uppercased()], let leader = checked.leaders[record.leaderUsername] else { continue }
            let visit = Visit()
            visit.id = newID()
            visit.countyCode = county
            visit.enterpriseID = try firm.requireID()
            visit.creditCode = firm.creditCode
            visit.townID = firm.$town.id
            visit.leaderID = try leader.requireID()
            visit.leaderName = leader.displayName
            visit.visitDate = record.date.description
            visit.participants = record.participants.nonEmpty
            visit.firmSaid = record.firmSaid.nonEmpty
            visit.riskFlags = RiskFlag.text(record.flags)
            visit.isDemo = isDemo
            try await visit.create(on: db)
            try await audit.record(action, entity: .visit, id: try visit.requireID().uuidString,
                                   before: nil as VisitSnapshot?, after: VisitSnapshot(visit))
            written.append(visit)
        }
        return written
    }

    /// Turns a problem heard on a visit into a demand (诉求) through the demands workflow, and
    /// links the two, in one audited transaction: both are written or neither.
    func raiseDemand(fromVisit id: UUID, categoryCode: String, description: String, writer: Writer) async throws -> String {
        try principal.permissions.require(.recordVisits)
        let store = self, actor = principal.actor
        return try await writer.transaction { db, audit in
            guard let visit = try await Visit.query(on: db).scoped(to: store.principal).filter(\.$id == id).first() else {
                throw InputError(issues: [LocatedIssue(row: nil, column: "visit", reason: BilingualText(zh: "未知的走访记录", en: "Unknown visit"))])
            }
            if let number = visit.demandNumber {
                throw InputError(issues: [LocatedIssue(row: nil, column: "visit", reason: BilingualText(
                    zh: "这次走访已转为诉求 \(number)", en: "This visit already raised demand \(number)"))])
            }
            let before = VisitSnapshot(visit)
            let demand = try await DemandStore.insert(
                DemandSubmission(categoryCode: categoryCode, enterpriseCode: visit.creditCode, description: description),
                by: actor, extras: DemandStore.Extras(channel: "visit"), fromVisit: true, writer: writer, db: db, audit: audit)
            visit.demandNumber = demand.trackingNumber
            try await visit.update(on: db)
            try await audit.record(.visitDemand, entity: .visit, id: id.uuidString, before: before, after: VisitSnapshot(visit))
            return demand.trackingNumber
        }
    }
}

/// Where a page of visits ended: the last visit's day and id.
struct VisitCursor {
    var date: String
    var id: UUID

    init?(_ text: String) {
        let parts = text.split(separator: "_", maxSplits: 1).map(String.init)
        guard parts.count == 2, PlanDate(parts[0]) != nil, let id = UUID(uuidString: parts[1]) else { return nil }
        date = parts[0]
        self.id = id
    }

    static func after(_ visit: Visit) -> String? {
        visit.id.map { "\(visit.visitDate)_\($0.uuidString)" }
    }
}

import BaiqiangCore
import Fluent
import Foundation

extension VisitsStore {
    /// Coverage between `from` and `through` (days, inclusive) of the linked firms the principal
    /// may see, counted by Core's one rule (`VisitCoverage.tally`) with leaders and towns keyed
    /// by id. Without `includeDemo`, demo firms and demo visits count for nothing: the plan's
    /// KPI is about real ones; the visits page counts them too and says so.
    func coverage(from: PlanDate, through: PlanDate, includeDemo: Bool) async throws -> VisitCoverage.Tally {
        let query = Enterprise.query(on: db).scoped(to: principal)
            .group(.or) { $0.filter(\.$cityLeaderID != nil).filter(\.$townLeaderID != nil) }
        if !includeDemo { query.filter(\.$isDemo == false) }
        let firms = try await query.all()
        let linked = firms.compactMap { firm in
            firm.id.map { VisitCoverage.LinkedFirm(id: $0.uuidString, town: firm.$town.id?.uuidString,
                                                   cityLeader: firm.cityLeaderID?.uuidString, townLeader: firm.townLeaderID?.uuidString) }
        }
        var visited: Set<String> = []
        for chunk in firms.compactMap(\.id).chunked(500) {
            let visits = Visit.query(on: db, county: county)
                .filter(\.$visitDate >= from.description).filter(\.$visitDate <= through.description)
                .filter(\.$enterpriseID ~~ Array(chunk))
            if !includeDemo { visits.filter(\.$isDemo == false) }
            visited.formUnion(try await visits.all(\.$enterpriseID).map(\.uuidString))
        }
        return VisitCoverage.tally(linked, visited: visited)
    }

    /// The county's coverage for the plan's KPI: real firms and real visits only.
    static func coverage(on db: any Database, county: String, from: PlanDate, through: PlanDate) async throws -> (visited: Int, linked: Int) {
        let total = try await VisitsStore(db: db, principal: .countyWide(of: county))
            .coverage(from: from, through: through, includeDemo: false).total
        return (total.visited, total.linked)
    }
}

extension VisitsStore {
    static func hasDemoVisits(on db: any Database, county: String) async throws -> Bool {
        try await Visit.query(on: db, county: county).filter(\.$isDemo == true).count() > 0
    }
}

extension VisitsStore {
    /// Sets the county's visit quota for each tier given (its visits, its period, or both), in
    /// one audited transaction; a count outside `VisitPlan.visitsRange` or an unknown period
    /// refuses the whole change.
    @discardableResult
    func setPlan(visits: [LeaderTier: Int], periods: [LeaderTier: String], writer: Writer) async throws -> VisitPlan {
        try principal.permissions.require(.configure)
        let issues = VisitPlan.issues(visits: visits, periods: periods)
        guard issues.isEmpty else { throw InputError(issues: issues) }
        let county = self.county, newID = writer.environment.uuid
        return try await writer.transaction { db, audit in
            let before = try await Self.plan(on: db, county: county)
            let rows = try await VisitPlanRow.query(on: db, county: county).all()
            for tier in LeaderTier.allCases where visits[tier] != nil || periods[tier] != nil {
                let current = before.quota(tier)
                let count = visits[tier] ?? current.visits
                let period = periods[tier].flatMap(VisitPeriod.init(rawValue:)) ?? current.period
                if let row = rows.first(where: { $0.tier == tier.rawValue }) {
                    row.visits = count
                    row.period = period.rawValue
                    try await row.update(on: db)
                } else {
                    let row = VisitPlanRow()
                    row.id = newID()
                    row.countyCode = county
                    row.tier = tier.rawValue
                    row.visits = count
                    row.period = period.rawValue
                    try await row.create(on: db)
                }
            }
            let after = try await Self.plan(on: db, county: county)
            try await audit.record(.visitPlanSet, entity: .visitPlan, id: county,
                                   before: VisitPlanSnapshot(before), after: VisitPlanSnapshot(after))
            return after
        }
    }
}

/// What the audit log keeps of a visit plan: each tier's visits and period.
struct VisitPlanSnapshot: Codable, Sendable, Equatable {
    var cityVisits: Int
    var cityPeriod: String
    var townVisits: Int
    var townPeriod: String

    init(_ plan: VisitPlan) {
        cityVisits = plan.quota(.city).visits
        cityPeriod = plan.quota(.city).period.rawValue
        townVisits = plan.quota(.town).visits
        townPeriod = plan.quota(.town).period.rawValue
    }
}

import BaiqiangCore
import Fluent
import Foundation

extension VisitsStore {
    /// Of `county`'s real firms linked to a leader account, how many had a real visit between
    /// `from` and `through` (days, inclusive). Demo rows count for neither: the plan is about
    /// real ones.
    static func coverage(on db: any Database, county: String, from: PlanDate, through: PlanDate) async throws -> (visited: Int, linked: Int) {
        let linked = try await Enterprise.query(on: db, county: county).filter(\.$isDemo == false)
            .group(.or) { $0.filter(\.$cityLeaderID != nil).filter(\.$townLeaderID != nil) }
            .all(\.$id).compactMap { $0 }
        guard !linked.isEmpty else { return (0, 0) }
        var visited: Set<UUID> = []
        for chunk in linked.chunked(500) {
            let firms = try await Visit.query(on: db, county: county).filter(\.$isDemo == false)
                .filter(\.$visitDate >= from.description).filter(\.$visitDate <= through.description)
                .filter(\.$enterpriseID ~~ Array(chunk)).all(\.$enterpriseID)
            visited.formUnion(firms)
        }
        return (visited.count, linked.count)
    }
}

extension VisitsStore {
    static func hasDemoVisits(on db: any Database, county: String) async throws -> Bool {
        try await Visit.query(on: db, county: county).filter(\.$isDemo == true).count() > 0
    }
}

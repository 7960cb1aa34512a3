import BaiqiangCore
import Fluent
import Foundation

extension DemandStore {
    /// How many open demands each of `firms` has that `principal` may see: what a leader's page
    /// shows beside each linked firm.
    func openDemandCounts(of firms: [UUID], for principal: Principal) async throws -> [UUID: Int] {
        guard !firms.isEmpty else { return [:] }
        var counts: [UUID: Int] = [:]
        for demand in try await query(for: principal, actor: principal.actor).filter(\.$enterpriseID ~~ firms)
            .filter(\.$status != DemandStatus.closed.rawValue).all() {
            if let firm = demand.enterpriseID { counts[firm, default: 0] += 1 }
        }
        return counts
    }
}

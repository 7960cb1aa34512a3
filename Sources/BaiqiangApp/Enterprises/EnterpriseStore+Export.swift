import BaiqiangCore
import Foundation
import Fluent
import SQLKit

/// The registry's reads for its exports: the firms a filter matches and their yearly figures,
/// in credit-code order, a batch at a time (a fixed number of queries per batch).
extension EnterpriseStore {
    /// Firms read per query.
    static let exportBatch = 2_000

    /// Every firm the filter matches, with its town.
    func exportedFirms(_ filter: Filter) async throws -> [Enterprise] {
        var firms: [Enterprise] = []
        var after: String?
        while true {
            let query = try await self.query(filter).with(\.$town).sort(\.$creditCode).limit(Self.exportBatch)
            if let after { query.filter(\.$creditCode > after) }
            let chunk = try await query.all()
            firms += chunk
            guard chunk.count == Self.exportBatch, let last = chunk.last else { break }
            after = last.creditCode
        }
        return firms
    }

    /// The sign-in names of the leader accounts `firms` are linked to, by account: what the
    /// export writes in the leader columns.
    func leaderUsernames(of firms: [Enterprise]) async throws -> [UUID: String] {
        let ids = firms.flatMap { [$0.cityLeaderID, $0.townLeaderID] }.compactMap { $0 }
        var found: [UUID: String] = [:]
        for chunk in Array(Set(ids)).chunked(500) {
            for (id, user) in try await AccountStore(db: db).accounts(ids: Array(chunk), in: county) { found[id] = user.username }
        }
        return found
    }

    /// Every year of figures of `firms` (found in the account's scope), by credit code, oldest first.
    func exportedFigures(of firms: [Enterprise]) async throws -> [String: [EnterpriseYearFigures]] {
        let figures = YearlyFigure.allCases
        var found: [String: [EnterpriseYearFigures]] = [:]
        for chunk in firms.map(\.creditCode).chunked(500) {
            let rows = try await (db as! any SQLDatabase).select().columns(EnterpriseYearFigure.selectedColumns(figures))
                .from(EnterpriseYearFigure.schema)
                .where("county_code", .equal, county)
                .where("credit_code", .in, Array(chunk))
                .orderBy("credit_code").orderBy("year")
                .all()
            for row in rows {
                let figure = try EnterpriseYearFigure.decode(row, figures: figures)
                found[figure.creditCode, default: []].append(figure)
            }
        }
        return found
    }
}

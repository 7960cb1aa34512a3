import BaiqiangCore
import Foundation

extension AppSession {
    /// `baiqiang import visits FILE`: visits in the export's columns, all or none, audited;
    /// returns how many were written. A row's problem is named by its row and column.
    public func importVisits(_ data: Data, sheet: String?) async throws -> Int {
        let parsed = try VisitsFile.parse(data, sheet: sheet)
        guard parsed.isClean else {
            throw VisitsStore.InputError(issues: parsed.issues.map { LocatedIssue(row: $0.row, column: $0.column, reason: $0.reason) })
        }
        let store = VisitsStore(db: app.db, principal: try await commandPrincipal())
        return try await store.importVisits(parsed.records, writer: writer).count
    }

    /// `baiqiang export visits FILE [--year N]`: the county's visits as the visits page exports them.
    public func exportVisits(year: Int?, xlsx: Bool, language: Language) async throws -> [UInt8] {
        let store = VisitsStore(db: app.db, principal: try await commandPrincipal())
        return try VisitsExport.table(try await store.exportedVisits(year: year), language: language).bytes(xlsx ? .xlsx : .csv)
    }
}

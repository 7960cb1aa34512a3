import BaiqiangCore
import Foundation
import SQLKit

/// Links rows that name a leader by hand to that leader's account, where the name is exactly
/// one leader account's display name in the row's county; ambiguous or unknown names stay
/// unlinked, readable as they were. Used by the migrations that add the account columns (086,
/// 087), so it lives with the migrations.
enum LeaderAccountBackfill {
    struct Leader: Decodable {
        var id: UUID
        var county_code: String
        var display_name: String
    }

    struct Named: Decodable {
        var id: UUID
        var county_code: String
        var name: String?
    }

    static func link(_ sql: any SQLDatabase, table: String, nameColumn: String, idColumn: String) async throws {
        let leaders = try await sql.select().columns("id", "county_code", "display_name").from("users")
            .where("role", .equal, Role.leader.rawValue).all(decoding: Leader.self)
        let byCounty = Dictionary(grouping: leaders, by: \.county_code)
        let rows = try await sql.select().column("id").column("county_code").column(SQLAlias(SQLColumn(nameColumn), as: SQLIdentifier("name")))
            .from(table).where(SQLColumn(nameColumn), .isNot, SQLLiteral.null).where(SQLColumn(idColumn), .is, SQLLiteral.null)
            .all(decoding: Named.self)
        for row in rows {
            let candidates = (byCounty[row.county_code] ?? []).map { (id: $0.id, displayName: $0.display_name) }
            guard let account = LeaderNameMatch.account(named: row.name, among: candidates) else { continue }
            try await sql.update(table).set(SQLColumn(idColumn), to: SQLBind(account)).where("id", .equal, SQLBind(row.id)).run()
        }
    }
}

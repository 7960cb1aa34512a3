import Fluent
import SQLKit

/// A firm's city and town leaders (挂钩领导) as accounts, not only as typed names, so a leader's
/// page and visits find their firms; existing names that match one leader account are linked.
struct LinkEnterpriseLeadersToAccounts: AsyncMigration {
    var name: String { "086_link_enterprise_leaders_to_accounts" }

    static let columns = ["city_leader_id", "town_leader_id"]

    func prepare(on database: any Database) async throws {
        for column in Self.columns {
            try await database.schema(Enterprise.schema).field(.string(column), .uuid).update()
        }
        guard let sql = database as? any SQLDatabase else { return }
        for column in Self.columns {
            try await sql.create(index: "enterprises_\(column)").on(Enterprise.schema).column(column).run()
        }
        try await LeaderAccountBackfill.link(sql, table: Enterprise.schema, nameColumn: "city_leader", idColumn: "city_leader_id")
        try await LeaderAccountBackfill.link(sql, table: Enterprise.schema, nameColumn: "town_leader", idColumn: "town_leader_id")
    }

    func revert(on database: any Database) async throws {
        for column in Self.columns.reversed() {
            try await (database as? any SQLDatabase)?.drop(index: "enterprises_\(column)").run()
            try await database.schema(Enterprise.schema).deleteField(.string(column)).update()
        }
    }
}

import Fluent
import SQLKit

/// A project's linked leader as an account, not only as a typed name, so the leader's page
/// lists it; an existing name that matches one leader account is linked.
struct LinkProjectLeaderToAccount: AsyncMigration {
    var name: String { "087_link_project_leader_to_account" }

    func prepare(on database: any Database) async throws {
        try await database.schema(Project.schema).field("linked_leader_id", .uuid).update()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "projects_linked_leader_id").on(Project.schema).column("linked_leader_id").run()
        try await LeaderAccountBackfill.link(sql, table: Project.schema, nameColumn: "linked_leader", idColumn: "linked_leader_id")
    }

    func revert(on database: any Database) async throws {
        try await (database as? any SQLDatabase)?.drop(index: "projects_linked_leader_id").run()
        try await database.schema(Project.schema).deleteField("linked_leader_id").update()
    }
}

import Fluent

/// The county a prefecture account's session is looking into (市级): session state, like the
/// session's last use, so it ends with the session and another browser keeps its own.
struct AddSessionViewingCounty: AsyncMigration {
    var name: String { "071_add_session_viewing_county" }

    func prepare(on database: Database) async throws {
        try await database.schema(UserSession.schema).field("viewing_county", .string).update()
    }

    func revert(on database: Database) async throws {
        try await database.schema(UserSession.schema).deleteField("viewing_county").update()
    }
}

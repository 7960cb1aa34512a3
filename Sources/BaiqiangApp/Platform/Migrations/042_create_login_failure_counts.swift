import Fluent
import SQLKit

struct CreateLoginFailureCounts: AsyncMigration {
    var name: String { "042_create_login_failure_counts" }

    func prepare(on database: Database) async throws {
        try await database.schema(LoginFailureCount.schema)
            .id()
            .field("kind", .string, .required)
            .field("key", .string, .required)
            .field("account", .string)
            .field("failures", .int, .required)
            .field("since", .datetime, .required)
            .field("last_at", .datetime, .required)
            .field("unrecorded", .int, .required)
            .unique(on: "kind", "key")
            .create()
        // Old counts are pruned by age.
        if let sql = database as? any SQLDatabase {
            try await sql.create(index: "login_failure_counts_last_at").on(LoginFailureCount.schema).column("last_at").run()
        }
    }

    func revert(on database: Database) async throws {
        try await database.schema(LoginFailureCount.schema).delete()
    }
}

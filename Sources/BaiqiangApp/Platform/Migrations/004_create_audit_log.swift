import Fluent
import SQLKit

struct CreateAuditLog: AsyncMigration {
    var name: String { "004_create_audit_log" }

    func prepare(on database: Database) async throws {
        try await database.schema(AuditEntry.schema)
            .id()
            .field("sequence", .int, .required)
            .field("at", .string, .required)
            .field("actor", .string, .required)
            .field("role", .string, .required)
            .field("action", .string, .required)
            .field("entity", .string, .required)
            .field("entity_id", .string, .required)
            .field("before", .string)
            .field("after", .string)
            .field("request_id", .string)
            .field("previous_hash", .string, .required)
            .field("hash", .string, .required)
            // One successor per link: two writers racing for the same place cannot both commit.
            .unique(on: "sequence")
            .unique(on: "previous_hash")
            .create()
        try await database.schema(AuditHead.schema)
            .field("id", .int, .identifier(auto: false))
            .field("sequence", .int, .required)
            .field("hash", .string, .required)
            .create()
        for column in ["at", "actor", "entity", "action"] {
            try await (database as? any SQLDatabase)?.create(index: "audit_entries_\(column)")
                .on(AuditEntry.schema).column(column).run()
        }
    }

    func revert(on database: Database) async throws {
        try await database.schema(AuditHead.schema).delete()
        try await database.schema(AuditEntry.schema).delete()
    }
}

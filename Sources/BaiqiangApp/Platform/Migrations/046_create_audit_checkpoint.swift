import Fluent

/// The pruning checkpoint: one row, written only when `baiqiang audit prune` deletes rows.
struct CreateAuditCheckpoint: AsyncMigration {
    var name: String { "046_create_audit_checkpoint" }

    func prepare(on database: Database) async throws {
        try await database.schema(AuditCheckpointRow.schema)
            .field("id", .int, .identifier(auto: false))
            .field("sequence", .int, .required)
            .field("hash", .string, .required)
            .field("mac", .string, .required)
            .create()
    }

    func revert(on database: Database) async throws {
        try await database.schema(AuditCheckpointRow.schema).delete()
    }
}

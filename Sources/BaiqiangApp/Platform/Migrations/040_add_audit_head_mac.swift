import Fluent

/// Gives the head record a column for its own MAC. Apart from the re-keying so that a start
/// interrupted between the two cannot leave a half-applied schema change behind.
struct AddAuditHeadMAC: AsyncMigration {
    var name: String { "040_add_audit_head_mac" }

    func prepare(on database: Database) async throws {
        try await database.schema(AuditHead.schema).field("mac", .string).update()
    }

    func revert(on database: Database) async throws {
        try await database.schema(AuditHead.schema).deleteField("mac").update()
    }
}

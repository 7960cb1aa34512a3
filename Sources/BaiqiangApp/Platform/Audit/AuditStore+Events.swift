import BaiqiangCore
import Fluent

extension AuditStore {
    /// Records an event that changes no table of the database (a backup taken, say) by whoever
    /// `writer` acts for, in a transaction of its own so the chain stays one sequence.
    static func record(_ action: AuditAction, entity: AuditEntity, id: String, writer: Writer) async throws {
        try await writer.transaction { _, audit in
            try await audit.record(action, entity: entity, id: id)
        }
    }
}

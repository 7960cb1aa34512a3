import BaiqiangCore
import Fluent
import Foundation

/// Deleting audit rows older than the configured retention, leaving a sealed checkpoint so the
/// chain still verifies from the first row kept.
extension AuditStore {
    public struct PruneOutcome: Sendable, Equatable {
        /// How many rows were deleted.
        public var count: Int
        /// The last row pruned now or before (the checkpoint), nil when none ever was.
        public var throughSequence: Int?
        /// The first instant kept.
        public var keptFrom: String
    }

    struct PruneSummary: Codable {
        var count: Int
        var throughSequence: Int?
        var retentionDays: Int
        var keptFrom: String
    }

    /// Prunes rows older than `retentionDays` (Beijing days) through `writer`, recording the
    /// prune; a log whose chain is broken is left as it is, so the evidence stays.
    func prune(retentionDays: Int, writer: Writer) async throws -> Result<PruneOutcome, AuditChain.Break> {
        if let broken = try await verify() { return .failure(broken) }
        let key = self.key
        let keptFrom = AuditClock.timestamp(AuditRetention.keptFrom(now: writer.environment.clock.now, days: retentionDays))
        let outcome = try await writer.transaction { tx, audit in
            let existing = try await AuditCheckpointRow.find(1, on: tx)
            let start = existing?.sequence ?? 0
            let headSequence = try await AuditHead.find(1, on: tx)?.sequence ?? 0
            // Only a run of rows from the start is pruned: a row stamped earlier than one kept
            // (clocks of two processes differ a little) stays with it.
            let firstKept = try await AuditEntry.query(on: tx).filter(\.$at >= keptFrom).sort(\.$sequence).first()?.sequence
                ?? headSequence + 1
            let through = firstKept - 1
            var count = 0
            if through > start, let last = try await AuditEntry.query(on: tx).filter(\.$sequence == through).first() {
                count = try await AuditEntry.query(on: tx).filter(\.$sequence <= through).count()
                try await AuditEntry.query(on: tx).filter(\.$sequence <= through).delete()
                let checkpoint = AuditCheckpoint.sealed(sequence: through, hash: last.hash, key: key)
                if let existing {
                    existing.set(checkpoint)
                    try await existing.update(on: tx)
                } else {
                    try await AuditCheckpointRow(checkpoint).create(on: tx)
                }
            }
            let throughSequence = count > 0 ? through : existing?.sequence
            try await audit.record(.auditPruned, entity: .auditLog, id: throughSequence.map(String.init) ?? "-",
                                   before: Optional<String>.none,
                                   after: PruneSummary(count: count, throughSequence: throughSequence,
                                                       retentionDays: retentionDays, keptFrom: keptFrom))
            return PruneOutcome(count: count, throughSequence: throughSequence, keptFrom: keptFrom)
        }
        return .success(outcome)
    }
}

import BaiqiangCore
import Fluent

/// Where the chain starts after pruning (see `AuditCheckpoint`); absent until the first prune.
final class AuditCheckpointRow: Model, @unchecked Sendable {
    static let schema = "audit_checkpoint"

    @ID(custom: "id", generatedBy: .user) var id: Int?
    @Field(key: "sequence") var sequence: Int
    @Field(key: "hash") var hash: String
    @Field(key: "mac") var mac: String

    init() {}

    init(_ checkpoint: AuditCheckpoint) {
        self.id = 1
        set(checkpoint)
    }

    var state: AuditCheckpoint {
        AuditCheckpoint(sequence: sequence, hash: hash, mac: mac)
    }

    func set(_ checkpoint: AuditCheckpoint) {
        sequence = checkpoint.sequence
        hash = checkpoint.hash
        mac = checkpoint.mac
    }
}

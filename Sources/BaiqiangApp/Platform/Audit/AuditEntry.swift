import BaiqiangCore
import Fluent
import SQLKit
import Vapor

/// A row of the append-only audit log (审计日志).
public final class AuditEntry: Model, @unchecked Sendable {
    public static let schema = "audit_entries"

    @ID(key: .id) public var id: UUID?
    @Field(key: "sequence") public var sequence: Int
    /// UTC, ISO 8601 with milliseconds: kept as text so the hashed value is exactly what is stored.
    @Field(key: "at") public var at: String
    @Field(key: "actor") public var actor: String
    @Field(key: "role") public var role: String
    @Field(key: "action") public var action: String
    @Field(key: "entity") public var entity: String
    @Field(key: "entity_id") public var entityID: String
    @OptionalField(key: "before") public var before: String?
    @OptionalField(key: "after") public var after: String?
    @OptionalField(key: "request_id") public var requestID: String?
    @Field(key: "previous_hash") public var previousHash: String
    @Field(key: "hash") public var hash: String

    public init() {}

    init(_ record: AuditRecord) {
        sequence = record.sequence
        at = record.at
        actor = record.actor
        role = record.role
        action = record.action
        entity = record.entity
        entityID = record.entityID
        before = record.before
        after = record.after
        requestID = record.requestID
        previousHash = record.previousHash
        hash = record.hash
    }

    var record: AuditRecord {
        AuditRecord(sequence: sequence, at: at, actor: actor, role: role, action: action, entity: entity,
                    entityID: entityID, before: before, after: after, requestID: requestID,
                    previousHash: previousHash, hash: hash)
    }
}

/// The newest link of the chain, kept apart so that deleting the newest rows is detected too.
/// It carries its own MAC, so putting it back to an older sequence needs the key.
final class AuditHead: Model, @unchecked Sendable {
    static let schema = "audit_head"

    @ID(custom: "id", generatedBy: .user) var id: Int?
    @Field(key: "sequence") var sequence: Int
    @Field(key: "hash") var hash: String
    /// Null only in a log written before the chain was keyed.
    @OptionalField(key: "mac") var mac: String?

    init() {}

    init(_ head: AuditChain.Head) {
        self.id = 1
        self.sequence = head.sequence
        self.hash = head.hash
        self.mac = head.mac
    }

    var state: AuditChain.Head {
        AuditChain.Head(sequence: sequence, hash: hash, mac: mac ?? "")
    }

    func set(_ head: AuditChain.Head) {
        sequence = head.sequence
        hash = head.hash
        mac = head.mac
    }
}

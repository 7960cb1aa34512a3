/// One row of the append-only audit log (审计日志) as the chain sees it.
public struct AuditRecord: Sendable, Equatable {
    public var sequence: Int
    public var at: String
    public var actor: String
    public var role: String
    public var action: String
    public var entity: String
    public var entityID: String
    public var before: String?
    public var after: String?
    public var requestID: String?
    /// The previous row's MAC (`AuditChain.genesis` for the first row).
    public var previousHash: String
    /// This row's MAC over its content and `previousHash`.
    public var hash: String

    public init(sequence: Int, at: String, actor: String, role: String, action: String, entity: String,
                entityID: String, before: String?, after: String?, requestID: String?,
                previousHash: String, hash: String = "") {
        self.sequence = sequence
        self.at = at
        self.actor = actor
        self.role = role
        self.action = action
        self.entity = entity
        self.entityID = entityID
        self.before = before
        self.after = after
        self.requestID = requestID
        self.previousHash = previousHash
        self.hash = hash
    }

    /// Every field but the hash, length-prefixed so that the encoding is unambiguous whatever a
    /// field contains (and a null differs from an empty text).
    var canonicalText: String {
        let fields: [String?] = [
            String(sequence), at, actor, role, action, entity, entityID, before, after, requestID, previousHash,
        ]
        var text = ""
        for field in fields {
            if let field {
                text += "\(field.utf8.count):\(field)|"
            } else {
                text += "-|"
            }
        }
        return text
    }
}

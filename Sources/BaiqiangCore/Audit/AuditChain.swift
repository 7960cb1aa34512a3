import Foundation

/// One row of the append-only audit log (审计日志) as the hash chain sees it.
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
    public var previousHash: String
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
}

/// The SHA-256 hash chain over the audit log: each row stores the previous row's hash and the
/// hash of its own content together with that previous hash, so changing or deleting any row
/// breaks every link after it.
public enum AuditChain {
    /// The previous hash of the first row.
    public static let genesis = String(repeating: "0", count: 64)

    /// The hash of a row's content (every field but the hash itself), in a fixed field order.
    public static func hash(of record: AuditRecord) -> String {
        // Length-prefixed fields make the encoding unambiguous whatever a field contains.
        let fields: [String?] = [
            String(record.sequence), record.at, record.actor, record.role, record.action, record.entity,
            record.entityID, record.before, record.after, record.requestID, record.previousHash,
        ]
        var text = ""
        for field in fields {
            if let field {
                text += "\(field.utf8.count):\(field)|"
            } else {
                text += "-|"
            }
        }
        return SHA256Hex.of(text)
    }

    /// Why verification failed, naming the first broken row.
    public struct Break: BilingualError, Equatable {
        public let sequence: Int
        public let message: BilingualText
    }

    /// Checks the rows in sequence order; `head` is the last (sequence, hash) the log recorded
    /// separately, which catches deletion of the newest rows.
    public static func verify(_ records: [AuditRecord], head: (sequence: Int, hash: String)?) -> Break? {
        var previous = genesis
        var expectedSequence = 1
        for record in records {
            if record.sequence != expectedSequence {
                return Break(sequence: expectedSequence, message: BilingualText(
                    zh: "第 \(expectedSequence) 条审计记录缺失（已被删除）",
                    en: "Audit row \(expectedSequence) is missing (deleted)"))
            }
            if record.previousHash != previous {
                return Break(sequence: record.sequence, message: BilingualText(
                    zh: "第 \(record.sequence) 条审计记录的前序哈希不符：其前一条已被修改或删除",
                    en: "Audit row \(record.sequence) does not link to its predecessor: a row before it was changed or deleted"))
            }
            if hash(of: record) != record.hash {
                return Break(sequence: record.sequence, message: BilingualText(
                    zh: "第 \(record.sequence) 条审计记录的内容已被修改",
                    en: "Audit row \(record.sequence) was changed"))
            }
            previous = record.hash
            expectedSequence += 1
        }
        let last = records.last.map { ($0.sequence, $0.hash) } ?? (0, genesis)
        if let head, head.sequence != last.0 || head.hash != last.1 {
            let missing = last.0 + 1
            return Break(sequence: missing, message: BilingualText(
                zh: "审计日志末尾从第 \(missing) 条起缺失（已被删除）",
                en: "The audit log's newest rows from row \(missing) are missing (deleted)"))
        }
        return nil
    }
}

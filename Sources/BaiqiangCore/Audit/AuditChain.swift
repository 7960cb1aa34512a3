import Crypto
import Foundation

/// The keyed chain over the audit log: each row stores the previous row's MAC and an
/// HMAC-SHA256 of its own content together with that previous MAC, so changing or deleting any
/// row breaks every link after it, and without the key no one can forge new links. A head
/// record, itself MACed, names the newest row, so deleting the newest rows is detected too.
public enum AuditChain {
    /// The previous MAC of the first row, and the head's MAC-of-last-row before any row exists.
    public static let genesis = String(repeating: "0", count: 64)

    /// The newest link, kept apart from the rows: it exists from the first start on (sequence 0,
    /// `genesis`), so a log emptied of every row is still seen to be missing its rows.
    public struct Head: Sendable, Equatable {
        public var sequence: Int
        /// The MAC of the row at `sequence`.
        public var hash: String
        /// The head's own MAC over `sequence` and `hash`: rewriting the head needs the key.
        public var mac: String

        public init(sequence: Int, hash: String, mac: String) {
            self.sequence = sequence
            self.hash = hash
            self.mac = mac
        }

        /// The head naming the row `sequence` whose MAC is `hash`, sealed with `key`.
        public static func sealed(sequence: Int, hash: String, key: AuditKey) -> Head {
            Head(sequence: sequence, hash: hash, mac: AuditChain.headMAC(sequence: sequence, hash: hash, key: key))
        }

        /// The head of an empty log.
        public static func empty(key: AuditKey) -> Head {
            sealed(sequence: 0, hash: genesis, key: key)
        }

        public func isSealed(with key: AuditKey) -> Bool {
            mac == AuditChain.headMAC(sequence: sequence, hash: hash, key: key)
        }

        /// What an operator writes down to prove later that the log still reaches this far.
        public var anchor: AuditAnchor {
            AuditAnchor(sequence: sequence, mac: hash)
        }
    }

    /// The MAC of a row's content (every field but the MAC itself, `previousHash` included).
    public static func mac(of record: AuditRecord, key: AuditKey) -> String {
        hexMAC("row|" + record.canonicalText, key: key)
    }

    /// The head's MAC; the "head|" prefix keeps it from ever equalling a row's MAC.
    public static func headMAC(sequence: Int, hash: String, key: AuditKey) -> String {
        let number = String(sequence)
        return hexMAC("head|\(number.utf8.count):\(number)|\(hash.utf8.count):\(hash)|", key: key)
    }

    /// Why verification failed, naming the first broken row.
    public struct Break: BilingualError, Equatable {
        public let sequence: Int
        public let message: BilingualText

        public init(sequence: Int, message: BilingualText) {
            self.sequence = sequence
            self.message = message
        }
    }

    /// Checks the rows in sequence order against `head` with `key`; with an `anchor` (a row's
    /// sequence and MAC recorded elsewhere), also that the row it names is still there unchanged.
    /// With a `checkpoint` left by pruning, the chain starts after the row it names.
    public static func verify(_ records: [AuditRecord], head: Head?, key: AuditKey, anchor: AuditAnchor? = nil,
                              checkpoint: AuditCheckpoint? = nil) -> Break? {
        if let head, !head.isSealed(with: key), records.first.map({ mac(of: $0, key: key) != $0.hash }) ?? true {
            return Break(sequence: 1, message: BilingualText(
                zh: "审计密钥与该日志不符：头记录和第 1 条记录都无法用当前密钥验证。请恢复写入该日志时的密钥（密钥文件或 BAIQIANG_AUDIT_KEY）；否则整个日志已被改写",
                en: "The audit key does not match this log: neither its head nor row 1 verifies with the current key. Restore the key the log was written with (the key file or BAIQIANG_AUDIT_KEY); otherwise the whole log was rewritten"))
        }
        if let checkpoint, !checkpoint.isSealed(with: key) {
            let row = checkpoint.sequence + 1
            return Break(sequence: row, message: BilingualText(
                zh: "审计日志的清理检查点未经密钥改写：第 \(row) 条之前的记录可能已被删除",
                en: "The audit log's pruning checkpoint was rewritten without the key: rows before row \(row) may have been deleted"))
        }
        var previous = checkpoint?.hash ?? genesis
        var expectedSequence = (checkpoint?.sequence ?? 0) + 1
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
            if mac(of: record, key: key) != record.hash {
                return Break(sequence: record.sequence, message: BilingualText(
                    zh: "第 \(record.sequence) 条审计记录的内容已被修改",
                    en: "Audit row \(record.sequence) was changed"))
            }
            previous = record.hash
            expectedSequence += 1
        }
        let last = records.last.map { (sequence: $0.sequence, hash: $0.hash) }
            ?? (sequence: checkpoint?.sequence ?? 0, hash: checkpoint?.hash ?? genesis)
        let next = last.sequence + 1
        guard let head else {
            return Break(sequence: next, message: BilingualText(
                zh: "审计日志的头记录缺失：第 \(next) 条起的最新记录可能已被删除",
                en: "The audit log's head record is missing: the newest rows from row \(next) on may have been deleted"))
        }
        if !head.isSealed(with: key) {
            return Break(sequence: next, message: BilingualText(
                zh: "审计日志的头记录未经密钥改写：第 \(next) 条起的最新记录可能已被删除",
                en: "The audit log's head record was rewritten without the key: the newest rows from row \(next) on may have been deleted"))
        }
        if head.sequence > last.sequence {
            return Break(sequence: next, message: BilingualText(
                zh: "审计日志末尾从第 \(next) 条起缺失（已被删除）",
                en: "The audit log's newest rows from row \(next) are missing (deleted)"))
        }
        if head.sequence < last.sequence {
            let first = head.sequence + 1
            return Break(sequence: first, message: BilingualText(
                zh: "第 \(first) 条起的审计记录不在头记录之内：头记录被换回了旧状态",
                en: "Audit rows from row \(first) on are not covered by the head record: the head was put back to an older state"))
        }
        if head.hash != last.hash {
            return Break(sequence: last.sequence, message: BilingualText(
                zh: "第 \(last.sequence) 条审计记录与头记录不符",
                en: "Audit row \(last.sequence) does not match the head record"))
        }
        if let anchor {
            return check(records, against: anchor, checkpoint: checkpoint)
        }
        return nil
    }

    /// The anchor's row must still exist with the MAC written down: the chain ties every earlier
    /// row to it, so this proves nothing at or before it changed and the log was not cut below it.
    private static func check(_ records: [AuditRecord], against anchor: AuditAnchor, checkpoint: AuditCheckpoint?) -> Break? {
        let start = checkpoint?.sequence ?? 0
        let lastSequence = records.last?.sequence ?? start
        if anchor.sequence > lastSequence {
            let next = lastSequence + 1
            return Break(sequence: next, message: BilingualText(
                zh: "审计日志止于第 \(lastSequence) 条，早于锚点的第 \(anchor.sequence) 条：第 \(next) 条起已被删除",
                en: "The audit log ends at row \(lastSequence), before the anchor's row \(anchor.sequence): rows from row \(next) on were deleted"))
        }
        if anchor.sequence < start {
            return Break(sequence: anchor.sequence, message: BilingualText(
                zh: "锚点的第 \(anchor.sequence) 条已按保存期限清理（清理至第 \(start) 条），无法再用此锚点核对",
                en: "The anchor's row \(anchor.sequence) was pruned under the retention (rows up to \(start)), so this anchor can no longer be checked"))
        }
        // Rows follow the start without gaps once the chain has verified.
        let mac = anchor.sequence == start ? (checkpoint?.hash ?? genesis) : records[anchor.sequence - start - 1].hash
        if mac != anchor.mac {
            let row = max(anchor.sequence, 1)
            return Break(sequence: row, message: BilingualText(
                zh: "第 \(row) 条审计记录与锚点不符：它或它之前的记录已被改写",
                en: "Audit row \(row) does not match the anchor: it or a row before it was rewritten"))
        }
        return nil
    }

    static func hexMAC(_ text: String, key: AuditKey) -> String {
        let code = HMAC<SHA256>.authenticationCode(for: Data(text.utf8), using: key.symmetric)
        return Hex.encode(code)
    }
}

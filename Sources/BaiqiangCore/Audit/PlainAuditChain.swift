/// The audit chain as it was before it was keyed: plain SHA-256 links and a head without a MAC.
/// Kept only so that an existing log is checked before it is re-keyed, never to write rows.
public enum PlainAuditChain {
    public static func hash(of record: AuditRecord) -> String {
        SHA256Hex.of(record.canonicalText)
    }

    /// Nil when the plain chain is intact; `head` is the separately kept (sequence, hash).
    public static func verify(_ records: [AuditRecord], head: (sequence: Int, hash: String)?) -> AuditChain.Break? {
        var previous = AuditChain.genesis
        for (offset, record) in records.enumerated() {
            let expected = offset + 1
            guard record.sequence == expected, record.previousHash == previous, hash(of: record) == record.hash else {
                return AuditChain.Break(sequence: expected, message: BilingualText(
                    zh: "第 \(expected) 条审计记录已被修改或删除（按原 SHA-256 哈希链校验）",
                    en: "Audit row \(expected) was changed or deleted (checked by the former SHA-256 hash chain)"))
            }
            previous = record.hash
        }
        let last = records.last.map { (sequence: $0.sequence, hash: $0.hash) } ?? (sequence: 0, hash: AuditChain.genesis)
        if let head, head.sequence != last.sequence || head.hash != last.hash {
            let missing = last.sequence + 1
            return AuditChain.Break(sequence: missing, message: BilingualText(
                zh: "审计日志末尾从第 \(missing) 条起缺失（已被删除）",
                en: "The audit log's newest rows from row \(missing) are missing (deleted)"))
        }
        return nil
    }
}

import BaiqiangCore
import Fluent

/// Turns the plain SHA-256 chain of an existing log into the keyed chain, and gives every log,
/// new or old, its sealed head (a new one's at sequence 0). The old chain is verified first: a
/// log already broken is refused rather than re-keyed, which would make the break invisible.
struct KeyAuditChain: AsyncMigration {
    let key: AuditKey

    static let migrationName = "041_key_audit_chain"
    var name: String { Self.migrationName }

    func prepare(on database: Database) async throws {
        try await database.transaction { tx in
            let rows = try await AuditEntry.query(on: tx).sort(\.$sequence).all()
            let head = try await AuditHead.find(1, on: tx)
            // Keyed already: a start that committed this but stopped before Fluent logged it.
            if let head, AuditChain.verify(rows.map(\.record), head: head.state, key: key) == nil { return }
            if let broken = PlainAuditChain.verify(rows.map(\.record), head: head.map { (sequence: $0.sequence, hash: $0.hash) }) {
                throw KeyingRefusal(broken: broken)
            }
            let last = try await rewrite(rows, on: tx) { record in AuditChain.mac(of: record, key: key) }
            let sealed = AuditChain.Head.sealed(sequence: rows.last?.sequence ?? 0, hash: last, key: key)
            if let head {
                head.set(sealed)
                try await head.update(on: tx)
            } else {
                try await AuditHead(sealed).create(on: tx)
            }
        }
    }

    /// Back to the plain chain, for a downgrade; the key is still needed to prove the log intact.
    func revert(on database: Database) async throws {
        try await database.transaction { tx in
            let rows = try await AuditEntry.query(on: tx).sort(\.$sequence).all()
            let head = try await AuditHead.find(1, on: tx)
            if let broken = AuditChain.verify(rows.map(\.record), head: head?.state, key: key) {
                throw KeyingRefusal(broken: broken)
            }
            let last = try await rewrite(rows, on: tx, link: PlainAuditChain.hash(of:))
            if let head {
                head.sequence = rows.last?.sequence ?? 0
                head.hash = last
                head.mac = nil
                try await head.update(on: tx)
            }
        }
    }

    /// Relinks every row in sequence order and returns the last link. Rows are updated in place,
    /// oldest first, so `sequence` never repeats; and each new `previous_hash` is either the
    /// genesis value row 1 already has or a fresh MAC no other row carries (old and new links
    /// come from different functions and meet only by a 2^-256 chance), so the unique index on
    /// `previous_hash` holds after every single update, as PostgreSQL checks it.
    private func rewrite(_ rows: [AuditEntry], on database: any Database,
                         link: (AuditRecord) -> String) async throws -> String {
        var previous = AuditChain.genesis
        for row in rows {
            var record = row.record
            record.previousHash = previous
            record.hash = link(record)
            row.previousHash = record.previousHash
            row.hash = record.hash
            if row.hasChanges { try await row.update(on: database) }
            previous = record.hash
        }
        return previous
    }
}

/// The log cannot be re-keyed (or un-keyed) because it is already broken: keying it would hide
/// the break, so the migration stops and names the row.
struct KeyingRefusal: BilingualError {
    let broken: AuditChain.Break

    var message: BilingualText {
        BilingualText(
            zh: "审计日志在加密钥前校验失败，未作迁移：\(broken.message.zh)。请从备份恢复数据库后再启动",
            en: "The audit log failed verification before keying, so it was not migrated: \(broken.message.en). Restore the database from a backup and start again")
    }
}

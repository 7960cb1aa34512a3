/// Checks an exported range of the audit log on its own, with the key: the rows follow each other
/// without gaps, each links to the one before (the first row's predecessor link is taken as the
/// range's start), each row's MAC holds, the closing record is sealed and its bounds match the
/// rows, and a range that reaches the head ends in the row the sealed head names.
public enum AuditRangeVerification {
    /// Nil when the range is intact, else the first broken row.
    public static func verify(_ records: [AuditRecord], range: AuditExportRange?, key: AuditKey) -> AuditChain.Break? {
        guard let range else {
            let next = (records.last?.sequence ?? 0) + 1
            return AuditChain.Break(sequence: next, message: BilingualText(
                zh: "导出文件缺少结尾的范围记录：第 \(next) 条起的记录可能已被删除",
                en: "The export has no closing range record: rows from row \(next) on may have been deleted"))
        }
        if !range.isSealed(with: key) || !range.head.isSealed(with: key) {
            if let first = records.first, AuditChain.mac(of: first, key: key) != first.hash {
                return AuditChain.Break(sequence: first.sequence, message: BilingualText(
                    zh: "审计密钥与该导出文件不符：范围记录和第 \(first.sequence) 条记录都无法用当前密钥验证。请使用写入该日志时的密钥（密钥文件或 BAIQIANG_AUDIT_KEY）",
                    en: "The audit key does not match this export: neither its range record nor row \(first.sequence) verifies with the current key. Use the key the log was written with (the key file or BAIQIANG_AUDIT_KEY)"))
            }
            let row = range.lastSequence.map { $0 + 1 } ?? (records.last?.sequence ?? 0) + 1
            return AuditChain.Break(sequence: row, message: BilingualText(
                zh: "导出文件的范围记录未经密钥改写：第 \(row) 条起的记录可能已被删除",
                en: "The export's range record was rewritten without the key: rows from row \(row) on may have been deleted"))
        }
        guard let firstSequence = range.firstSequence, let lastSequence = range.lastSequence else {
            if let first = records.first {
                return outOfPlace(expected: first.sequence, found: first.sequence)
            }
            return nil
        }
        var expected = firstSequence
        var previous: String?
        for record in records {
            if expected > lastSequence {
                return AuditChain.Break(sequence: record.sequence, message: BilingualText(
                    zh: "第 \(record.sequence) 条审计记录不在导出范围（第 \(firstSequence)–\(lastSequence) 条）之内：它是插入的",
                    en: "Audit row \(record.sequence) lies outside the exported range (rows \(firstSequence)–\(lastSequence)): it was inserted"))
            }
            if record.sequence > expected {
                return AuditChain.Break(sequence: expected, message: BilingualText(
                    zh: "第 \(expected) 条审计记录缺失（已被删除）",
                    en: "Audit row \(expected) is missing (deleted)"))
            }
            if record.sequence < expected {
                return outOfPlace(expected: expected, found: record.sequence)
            }
            // The range's first row names a predecessor outside the file: its link is the start,
            // unless the range starts the log, whose first row has no predecessor.
            let link = previous ?? (record.sequence == 1 ? AuditChain.genesis : record.previousHash)
            if record.previousHash != link {
                return AuditChain.Break(sequence: record.sequence, message: BilingualText(
                    zh: "第 \(record.sequence) 条审计记录的前序哈希不符：其前一条已被修改或删除",
                    en: "Audit row \(record.sequence) does not link to its predecessor: a row before it was changed or deleted"))
            }
            if AuditChain.mac(of: record, key: key) != record.hash {
                return AuditChain.Break(sequence: record.sequence, message: BilingualText(
                    zh: "第 \(record.sequence) 条审计记录的内容已被修改",
                    en: "Audit row \(record.sequence) was changed"))
            }
            previous = record.hash
            expected += 1
        }
        if expected <= lastSequence {
            return AuditChain.Break(sequence: expected, message: BilingualText(
                zh: "导出文件末尾从第 \(expected) 条起缺失（已被删除）",
                en: "The export's rows from row \(expected) on are missing (deleted)"))
        }
        if lastSequence == range.head.sequence, previous != range.head.hash {
            return AuditChain.Break(sequence: lastSequence, message: BilingualText(
                zh: "第 \(lastSequence) 条审计记录与头记录不符",
                en: "Audit row \(lastSequence) does not match the head record"))
        }
        return nil
    }

    private static func outOfPlace(expected: Int, found: Int) -> AuditChain.Break {
        AuditChain.Break(sequence: expected, message: BilingualText(
            zh: "应为第 \(expected) 条审计记录之处是第 \(found) 条：记录被插入、重复或调换了顺序",
            en: "Where audit row \(expected) belongs stands row \(found): a row was inserted, repeated or reordered"))
    }
}

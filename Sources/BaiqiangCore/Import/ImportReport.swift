/// What an import did (导入报告): kept with the import and shown to the user.
public struct ImportReport: Sendable, Hashable, Codable {
    /// Data rows read (the header not counted).
    public var rowsRead: Int
    public var inserted: Int
    public var updated: Int
    /// Rows not applied because they had issues.
    public var rejected: Int
    /// The issues, in file order.
    public var issues: [ImportIssue]
    /// The encoding a CSV file was in; nil for XLSX.
    public var encoding: TextEncoding?

    public init(rowsRead: Int = 0, inserted: Int = 0, updated: Int = 0, rejected: Int = 0,
                issues: [ImportIssue] = [], encoding: TextEncoding? = nil) {
        self.rowsRead = rowsRead
        self.inserted = inserted
        self.updated = updated
        self.rejected = rejected
        self.issues = issues
        self.encoding = encoding
    }

    /// Whether anything was rejected: the CLI then exits non-zero.
    public var hasRejections: Bool { rejected > 0 || !issues.isEmpty }

    public var summary: BilingualText {
        BilingualText(
            zh: "读取 \(rowsRead) 行：新增 \(inserted)，更新 \(updated)，拒绝 \(rejected)",
            en: "Read \(rowsRead) rows: \(inserted) inserted, \(updated) updated, \(rejected) rejected")
    }
}

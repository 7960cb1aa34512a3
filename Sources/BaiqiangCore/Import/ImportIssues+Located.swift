/// An import refused as a whole (all-or-nothing): every issue of every row, nothing applied.
public struct ImportRejected: LocatedIssues, Sendable {
    public let issues: [ImportIssue]
    public let rowsRead: Int

    public init(issues: [ImportIssue], rowsRead: Int) {
        self.issues = issues
        self.rowsRead = rowsRead
    }

    public var message: BilingualText {
        let rows = Set(issues.map(\.row)).count
        return BilingualText(
            zh: "共读取 \(rowsRead) 行，其中 \(rows) 行有误，未导入任何数据",
            en: "\(rowsRead) rows read, \(rows) with errors; nothing was imported")
    }

    public var locatedIssues: [LocatedIssue] {
        issues.map { LocatedIssue(row: $0.row, column: $0.column, reason: $0.reason) }
    }
}

extension ImportHeaderError: LocatedIssues {
    public var locatedIssues: [LocatedIssue] {
        issues.map { LocatedIssue(row: $0.row, column: $0.column, reason: $0.reason) }
    }
}

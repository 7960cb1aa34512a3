extension PlanImportFailure: LocatedIssues {
    public var locatedIssues: [LocatedIssue] {
        issues.map { LocatedIssue(row: $0.line, column: $0.path.isEmpty ? nil : $0.path, reason: $0.reason) }
    }
}

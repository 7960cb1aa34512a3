/// How many problems a page, the API or the command line lists for one input: enough to fix a
/// file in one go, few enough that a file wrong throughout still makes a readable answer.
public enum IssueListing {
    public static let limit = 200

    /// The first `limit` issues, then (when there are more) one line saying how many are left out.
    public static func listed(_ issues: [LocatedIssue], unlisted: Int = 0, limit: Int = limit) -> [LocatedIssue] {
        let more = max(0, issues.count - limit) + unlisted
        guard more > 0 else { return issues }
        return Array(issues.prefix(limit)) + [LocatedIssue(row: nil, column: nil, reason: BilingualText(
            zh: "另有 \(more) 处问题未列出；请先改正以上问题再导入",
            en: "\(more) more \(more == 1 ? "problem is" : "problems are") not listed; fix the ones above and import again"))]
    }
}

extension LocatedIssues {
    /// The issues to show, capped at `IssueListing.limit` with a line counting the rest.
    public var listedIssues: [LocatedIssue] {
        IssueListing.listed(locatedIssues, unlisted: unlistedIssueCount)
    }

    public var unlistedIssueCount: Int { 0 }
}

/// One problem in an input, where it is: the row (or line) and column (or field), and why.
public struct LocatedIssue: Sendable, Hashable {
    public var row: Int?
    public var column: String?
    public var reason: BilingualText

    public init(row: Int?, column: String?, reason: BilingualText) {
        self.row = row
        self.column = column
        self.reason = reason
    }
}

/// An error that lists every problem of an input with its place, so pages, the API and the
/// CLI can show them all at once.
public protocol LocatedIssues: BilingualError {
    var locatedIssues: [LocatedIssue] { get }
    /// Problems found but not kept (a reader may stop collecting past `IssueListing.limit`).
    var unlistedIssueCount: Int { get }
}

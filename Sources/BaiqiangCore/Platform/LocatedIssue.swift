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

    /// A field whose value is none of those it may take (an unknown code, say): the same words
    /// wherever a choice is refused.
    public static func notAllowed(_ column: String) -> LocatedIssue {
        LocatedIssue(row: nil, column: column, reason: BilingualText(zh: "不是可选的值", en: "is not one of the allowed values"))
    }
}

/// An error that lists every problem of an input with its place, so pages, the API and the
/// CLI can show them all at once.
public protocol LocatedIssues: BilingualError {
    var locatedIssues: [LocatedIssue] { get }
    /// Problems found but not kept (a reader may stop collecting past `IssueListing.limit`).
    var unlistedIssueCount: Int { get }
}

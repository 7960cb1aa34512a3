/// Projects refused, each problem with its row (in a file) and column; nothing was written.
public struct ProjectInputError: LocatedIssues, Equatable {
    public let locatedIssues: [LocatedIssue]

    public init(_ issues: [LocatedIssue]) {
        locatedIssues = issues
    }

    public var message: BilingualText {
        func place(_ issue: LocatedIssue, zh: Bool) -> String {
            let column = issue.column ?? ""
            guard let row = issue.row else { return zh ? "“\(column)”" : "'\(column)'" }
            return zh ? "第 \(row) 行“\(column)”" : "row \(row), '\(column)'"
        }
        return BilingualText(zh: locatedIssues.map { place($0, zh: true) + $0.reason.zh }.joined(separator: "；"),
                             en: locatedIssues.map { place($0, zh: false) + " " + $0.reason.en }.joined(separator: "; "))
    }
}

/// Why a GeoJSON file of parcels is refused: the whole file, or each feature's problems with the
/// feature's 1-based index (its place among the features) and the field.
public struct GeoJSONError: LocatedIssues, Equatable {
    /// Problems of single features: row = 1-based feature index, column = field.
    public var locatedIssues: [LocatedIssue]
    /// A problem of the file as a whole (not JSON, not a FeatureCollection).
    public var fileProblem: BilingualText?

    public init(fileProblem: BilingualText) {
        self.locatedIssues = []
        self.fileProblem = fileProblem
    }

    public init(issues: [LocatedIssue]) {
        self.locatedIssues = issues
        self.fileProblem = nil
    }

    public var message: BilingualText {
        if let fileProblem { return fileProblem }
        let zh = locatedIssues.map { issue in
            "第 \(issue.row ?? 0) 个要素" + (issue.column.map { "，字段“\($0)”" } ?? "") + "：\(issue.reason.zh)"
        }
        let en = locatedIssues.map { issue in
            "Feature \(issue.row ?? 0)" + (issue.column.map { ", field '\($0)'" } ?? "") + ": \(issue.reason.en)"
        }
        return BilingualText(zh: zh.joined(separator: "；"), en: en.joined(separator: "; "))
    }
}

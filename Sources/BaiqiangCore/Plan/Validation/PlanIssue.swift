/// One thing wrong with a plan file (计划文件错误), with the line it is on and the reason in
/// both languages.
public struct PlanIssue: BilingualError, Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case syntax
        case missingField
        case unknownField
        case wrongShape
        case notANumber
        case invalidDate
        case invalidValue
        case targetWithoutDeadline
        case futureDate
        case unitMismatch
        case duplicateCode
        case unknownOwner
        case missingProvider
        case missingSource
        case unknownItem
        /// A text longer than `FieldLimits` allows.
        case tooLong
    }

    public let kind: Kind
    /// 1-based line in the file; nil when the document did not come from a file.
    public let line: Int?
    /// 1-based column of `line`, when the reader knows it.
    public let column: Int?
    /// Where in the document, e.g. `areas[0].lines[1].items[0].kpis[2].target.deadline`.
    public let path: String
    public let reason: BilingualText

    public init(_ kind: Kind, line: Int?, column: Int? = nil, path: String, reason: BilingualText) {
        self.kind = kind
        self.line = line
        self.column = column
        self.path = path
        self.reason = reason
    }

    public var message: BilingualText {
        guard let line else { return reason }
        guard let column else { return BilingualText(zh: "第\(line)行：\(reason.zh)", en: "line \(line): \(reason.en)") }
        return BilingualText(zh: "第\(line)行第\(column)列：\(reason.zh)", en: "line \(line), column \(column): \(reason.en)")
    }
}

/// A plan file that cannot be loaded, with every issue found (not just the first): the current
/// plan stays as it is.
public struct PlanImportFailure: BilingualError, Sendable, Hashable {
    public let issues: [PlanIssue]

    public init(issues: [PlanIssue]) {
        self.issues = issues.sorted { ($0.line ?? .max, $0.path) < ($1.line ?? .max, $1.path) }
    }

    public var message: BilingualText {
        BilingualText(
            zh: "计划文件有\(issues.count)处错误，未导入：\n" + issues.map(\.message.zh).joined(separator: "\n"),
            en: "The plan file has \(issues.count) error(s) and was not imported:\n"
                + issues.map(\.message.en).joined(separator: "\n"))
    }
}

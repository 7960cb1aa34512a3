import Foundation

/// Where a supervisor's report stands (办理状态): filed, accepted by the discipline office, under
/// investigation, concluded with an outcome.
public enum SupervisionStatus: String, Sendable, Codable, CaseIterable, Hashable {
    case submitted
    case accepted
    case investigating
    case concluded

    public var label: BilingualText {
        switch self {
        case .submitted: BilingualText(zh: "已提交", en: "Submitted")
        case .accepted: BilingualText(zh: "已受理", en: "Accepted")
        case .investigating: BilingualText(zh: "调查核实中", en: "Under investigation")
        case .concluded: BilingualText(zh: "已办结", en: "Concluded")
        }
    }
}

/// What the investigation found (核查结论).
public enum SupervisionOutcome: String, Sendable, Codable, CaseIterable, Hashable {
    case substantiated
    case partlySubstantiated = "partly_substantiated"
    case notSubstantiated = "not_substantiated"

    public var label: BilingualText {
        switch self {
        case .substantiated: BilingualText(zh: "属实", en: "Substantiated")
        case .partlySubstantiated: BilingualText(zh: "部分属实", en: "Partly substantiated")
        case .notSubstantiated: BilingualText(zh: "不属实", en: "Not substantiated")
        }
    }
}

/// The unit a report concerns: a department or a town of the county, by code.
public enum ConcernedUnit: Sendable, Hashable, Codable, CustomStringConvertible {
    case department(String)
    case town(String)

    /// `department:gxj`, `town:shaping`: how forms, the API and the database name it.
    public var description: String {
        switch self {
        case .department(let code): "department:\(code)"
        case .town(let code): "town:\(code)"
        }
    }

    public init?(_ text: String) {
        let parts = text.split(separator: ":", maxSplits: 1).map(String.init)
        guard parts.count == 2, !parts[1].isEmpty, parts[1].count <= 40 else { return nil }
        switch parts[0] {
        case "department": self = .department(parts[1])
        case "town": self = .town(parts[1])
        default: return nil
        }
    }

    public var code: String {
        switch self {
        case .department(let code), .town(let code): code
        }
    }
}

/// Bad input to the supervision capability: every problem with its field (and row, in a file).
public struct SupervisionInputError: LocatedIssues {
    public let issues: [LocatedIssue]
    public var locatedIssues: [LocatedIssue] { issues }

    public init(issues: [LocatedIssue]) {
        self.issues = issues
    }

    public var message: BilingualText {
        BilingualText(
            zh: issues.map { [$0.row.map { "第 \($0) 行" }, $0.column.map { "“\($0)”" }, $0.reason.zh].compactMap { $0 }.joined(separator: " ") }.joined(separator: "；"),
            en: issues.map { [$0.row.map { "row \($0)" }, $0.column.map { "'\($0)'" }, $0.reason.en].compactMap { $0 }.joined(separator: " ") }.joined(separator: "; "))
    }
}

/// A report as filed (反映问题): what happened, which unit, when.
public struct SupervisionReportDraft: Sendable, Hashable {
    public var typeCode: String
    public var unit: String
    public var occurredOn: String
    public var description: String

    public init(typeCode: String, unit: String, occurredOn: String, description: String) {
        self.typeCode = typeCode
        self.unit = unit
        self.occurredOn = occurredOn
        self.description = description
    }

    public static let descriptionLimit = 2000

    /// The problems with a draft, each naming its field; empty when it may be filed. `units`
    /// are the county's departments and towns as `ConcernedUnit` text.
    public func issues(types: SupervisionReportTypes, units: Set<String>, today: PlanDate) -> [LocatedIssue] {
        var issues: [LocatedIssue] = []
        func add(_ column: String, _ zh: String, _ en: String) {
            issues.append(LocatedIssue(row: nil, column: column, reason: BilingualText(zh: zh, en: en)))
        }
        if types.type(typeCode) == nil { add("type", "未知的问题类型“\(typeCode.prefix(40))”", "Unknown report type '\(typeCode.prefix(40))'") }
        if ConcernedUnit(unit) == nil || !units.contains(unit) {
            add("unit", "未知的被反映单位“\(unit.prefix(60))”", "Unknown unit concerned '\(unit.prefix(60))'")
        }
        if let date = PlanDate(occurredOn) {
            if date > today { add("occurred_on", "发生日期不能晚于今天", "The date it happened cannot be after today") }
        } else {
            add("occurred_on", "发生日期须为 YYYY-MM-DD", "The date it happened must be YYYY-MM-DD")
        }
        let text = description.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.isEmpty || text.count > Self.descriptionLimit {
            add("description", "问题描述须为 1 至 \(Self.descriptionLimit) 个字", "The description must be 1 to \(Self.descriptionLimit) characters")
        }
        return issues
    }
}

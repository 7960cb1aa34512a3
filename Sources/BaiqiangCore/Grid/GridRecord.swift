/// A grid (网格) as a file or a form gives it: its code, name, the town it belongs to and,
/// optionally, the village (村/社区) it covers.
public struct GridRecord: Sendable, Hashable {
    public var code: String
    public var name: String
    public var townCode: String
    public var village: String?

    public init(code: String, name: String, townCode: String, village: String? = nil) {
        self.code = code
        self.name = name
        self.townCode = townCode
        self.village = village
    }
}

/// A grid worker's binding as a file gives it: the account, its grid and its team.
public struct GridWorkerRecord: Sendable, Hashable {
    public var username: String
    public var gridCode: String
    public var team: GridTeam

    public init(username: String, gridCode: String, team: GridTeam) {
        self.username = username
        self.gridCode = gridCode
        self.team = team
    }
}

public enum GridCheck {
    /// The problems of one grid row; `towns` are the county's town codes.
    public static func issues(_ record: GridRecord, towns: Set<String>, row: Int? = nil) -> [LocatedIssue] {
        var issues: [LocatedIssue] = []
        func add(_ column: String, _ reason: BilingualText) {
            issues.append(LocatedIssue(row: row, column: column, reason: reason))
        }
        let required = BilingualText(zh: "不能为空", en: "is required")
        if record.code.isEmpty { add("code", required) }
        else if !record.code.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "-_.".contains($0)) }) {
            add("code", BilingualText(zh: "只能包含字母、数字和 - _ .", en: "may hold only letters, digits and - _ ."))
        } else if let reason = FieldLimits.check(record.code, .code) { add("code", reason) }
        if record.name.isEmpty { add("name", required) }
        else if let reason = FieldLimits.check(record.name, .name) { add("name", reason) }
        if record.townCode.isEmpty { add("town", required) }
        else if !towns.contains(record.townCode) {
            add("town", BilingualText(zh: "未知的镇街“\(record.townCode)”", en: "Unknown town '\(record.townCode)'"))
        }
        if let village = record.village, let reason = FieldLimits.check(village, .name) { add("village", reason) }
        return issues
    }

    /// Codes that appear on more than one row, each reported on its later rows.
    public static func duplicates(_ records: [GridRecord]) -> [LocatedIssue] {
        var seen: [String: Int] = [:]
        var issues: [LocatedIssue] = []
        for (offset, record) in records.enumerated() {
            if let first = seen[record.code] {
                issues.append(LocatedIssue(row: offset + 1, column: "code", reason: BilingualText(
                    zh: "与第 \(first) 行的网格编码重复", en: "repeats the grid code of row \(first)")))
            } else {
                seen[record.code] = offset + 1
            }
        }
        return issues
    }
}

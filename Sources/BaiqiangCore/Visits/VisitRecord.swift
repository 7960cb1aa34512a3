import Foundation

/// A leader's visit (走访) to a linked firm, as a form, a file or the API gives it.
public struct VisitRecord: Sendable, Hashable {
    /// The firm's unified social credit code.
    public var creditCode: String
    /// The leader account that visited, by sign-in name.
    public var leaderUsername: String
    public var date: PlanDate
    /// Who went (随行人员), free text.
    public var participants: String?
    /// What the firm said (企业反映), free text.
    public var firmSaid: String?
    public var flags: Set<RiskFlag>

    public init(creditCode: String, leaderUsername: String, date: PlanDate, participants: String? = nil,
                firmSaid: String? = nil, flags: Set<RiskFlag> = []) {
        self.creditCode = creditCode
        self.leaderUsername = leaderUsername
        self.date = date
        self.participants = participants
        self.firmSaid = firmSaid
        self.flags = flags
    }
}

/// The bounds of a visit, the same on the form, in the API, in files and on the command line.
public enum VisitLimits {
    public static let participantsLength = 200
    public static let firmSaidLength = 2_000
    /// No visit is recorded from before the platform's data begins.
    public static let earliestDate = PlanDate(year: 2000, month: 1, day: 1)!
    public static let earliestDateText = "2000-01-01"
}

/// The checks every visit passes before it is written, each problem named by its field.
public enum VisitCheck {
    public static func issues(_ record: VisitRecord, today: PlanDate, row: Int? = nil) -> [LocatedIssue] {
        var issues: [LocatedIssue] = []
        func add(_ column: String, _ reason: BilingualText) {
            issues.append(LocatedIssue(row: row, column: column, reason: reason))
        }
        if record.creditCode.isEmpty { add("credit_code", BilingualText(zh: "不能为空", en: "is required")) }
        else if let reason = FieldLimits.check(record.creditCode, .code) { add("credit_code", reason) }
        if record.leaderUsername.isEmpty { add("leader", BilingualText(zh: "不能为空", en: "is required")) }
        else if let reason = FieldLimits.check(record.leaderUsername, .username) { add("leader", reason) }
        if record.date < VisitLimits.earliestDate {
            add("date", BilingualText(zh: "不能早于 \(VisitLimits.earliestDateText)", en: "may not be before \(VisitLimits.earliestDateText)"))
        } else if record.date > today {
            add("date", BilingualText(zh: "不能晚于今天（\(today)）", en: "may not be after today (\(today))"))
        }
        if let text = record.participants, FieldLimits.length(of: text) > VisitLimits.participantsLength {
            add("participants", BilingualText(zh: "不能超过 \(VisitLimits.participantsLength) 个字符",
                                              en: "may not be longer than \(VisitLimits.participantsLength) characters"))
        }
        if let text = record.firmSaid, FieldLimits.length(of: text) > VisitLimits.firmSaidLength {
            add("firm_said", BilingualText(zh: "不能超过 \(VisitLimits.firmSaidLength) 个字符",
                                           en: "may not be longer than \(VisitLimits.firmSaidLength) characters"))
        }
        return issues
    }
}

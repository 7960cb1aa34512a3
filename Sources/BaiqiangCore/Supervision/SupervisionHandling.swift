import Foundation

/// How the discipline office handles a report: accept it, open an investigation, conclude it
/// with an outcome and the action taken. Each step is allowed from the states listed here only,
/// and is dated; a concluded report is closed.
public struct SupervisionHandling: Sendable, Hashable {
    public var status: SupervisionStatus
    public var acceptedOn: PlanDate?
    public var investigationOn: PlanDate?
    public var concludedOn: PlanDate?
    public var outcome: SupervisionOutcome?
    public var actionTaken: String?

    public init(status: SupervisionStatus = .submitted, acceptedOn: PlanDate? = nil, investigationOn: PlanDate? = nil,
                concludedOn: PlanDate? = nil, outcome: SupervisionOutcome? = nil, actionTaken: String? = nil) {
        self.status = status
        self.acceptedOn = acceptedOn
        self.investigationOn = investigationOn
        self.concludedOn = concludedOn
        self.outcome = outcome
        self.actionTaken = actionTaken
    }

    public enum Step: Sendable, Hashable {
        case accept
        case investigate
        case conclude(SupervisionOutcome, actionTaken: String)

        public var code: String {
            switch self {
            case .accept: "accept"
            case .investigate: "investigate"
            case .conclude: "conclude"
            }
        }
    }

    public static let actionLimit = 1000

    /// The handling after `step` on `day`, or the reason it is refused.
    public func applying(_ step: Step, on day: PlanDate, filedOn: PlanDate) throws(SupervisionInputError) -> SupervisionHandling {
        func refuse(_ column: String, _ zh: String, _ en: String) -> SupervisionInputError {
            SupervisionInputError(issues: [LocatedIssue(row: nil, column: column, reason: BilingualText(zh: zh, en: en))])
        }
        guard day >= filedOn else { throw refuse("date", "办理日期不能早于提交日期", "A handling date cannot be before the report was filed") }
        var next = self
        switch step {
        case .accept:
            guard status == .submitted else { throw refuse("action", "只有已提交的反映可以受理", "Only a submitted report can be accepted") }
            next.status = .accepted
            next.acceptedOn = day
        case .investigate:
            guard status == .accepted else { throw refuse("action", "只有已受理的反映可以立项调查", "Only an accepted report can be investigated") }
            next.status = .investigating
            next.investigationOn = day
        case .conclude(let outcome, let action):
            guard status == .accepted || status == .investigating else {
                throw refuse("action", "只有已受理或调查中的反映可以办结", "Only an accepted report or one under investigation can be concluded")
            }
            let text = action.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !text.isEmpty, text.count <= Self.actionLimit else {
                throw refuse("action_taken", "处理措施须为 1 至 \(Self.actionLimit) 个字", "The action taken must be 1 to \(Self.actionLimit) characters")
            }
            next.status = .concluded
            next.concludedOn = day
            next.outcome = outcome
            next.actionTaken = text
        }
        return next
    }
}

/// A special supervisor's appointment (聘任期): a report may be filed from its first day to its
/// last, both included.
public struct SupervisorTerm: Sendable, Hashable {
    public var start: PlanDate
    public var end: PlanDate

    public init(start: PlanDate, end: PlanDate) {
        self.start = start
        self.end = end
    }

    public func isActive(on day: PlanDate) -> Bool { start <= day && day <= end }

    /// Why a supervisor with this term cannot file on `day`; nil when they can.
    public func refusal(on day: PlanDate) -> SupervisionRefusal? {
        if day < start { return SupervisionRefusal(message: BilingualText(zh: "聘任期尚未开始（\(start) 起），不能提交反映", en: "Your term has not begun (from \(start)); you cannot file a report")) }
        if day > end { return SupervisionRefusal(message: BilingualText(zh: "聘任期已于 \(end) 届满，不能提交反映", en: "Your term ended on \(end); you cannot file a report")) }
        return nil
    }

    public static let nameLimit = 60
    public static let unitLimit = 100

    /// The problems with an appointment: a term that ends before it starts or lasts more than
    /// five years (a term is usually two or three), a name or unit empty or too long.
    public static func issues(name: String, unit: String, start: String, end: String) -> [LocatedIssue] {
        var issues: [LocatedIssue] = []
        func add(_ column: String, _ zh: String, _ en: String) {
            issues.append(LocatedIssue(row: nil, column: column, reason: BilingualText(zh: zh, en: en)))
        }
        let trimmedName = name.trimmingCharacters(in: .whitespaces), trimmedUnit = unit.trimmingCharacters(in: .whitespaces)
        if trimmedName.isEmpty || trimmedName.count > nameLimit { add("name", "姓名须为 1 至 \(nameLimit) 个字", "The name must be 1 to \(nameLimit) characters") }
        if trimmedUnit.isEmpty || trimmedUnit.count > unitLimit { add("unit", "所在单位须为 1 至 \(unitLimit) 个字", "The unit must be 1 to \(unitLimit) characters") }
        let from = PlanDate(start), to = PlanDate(end)
        if from == nil { add("term_start", "聘任开始日期须为 YYYY-MM-DD", "The term start must be YYYY-MM-DD") }
        if to == nil { add("term_end", "聘任结束日期须为 YYYY-MM-DD", "The term end must be YYYY-MM-DD") }
        if let from, let to {
            if to < from { add("term_end", "聘任结束日期不能早于开始日期", "The term cannot end before it starts") }
            else if to.year - from.year > 5 { add("term_end", "聘任期不能超过五年", "A term cannot last more than five years") }
        }
        return issues
    }
}

/// A supervision step the account may not take (an expired term, a report not theirs).
public struct SupervisionRefusal: BilingualError {
    public let message: BilingualText
    public var kind: FailureKind { .forbidden }

    public init(message: BilingualText) {
        self.message = message
    }
}

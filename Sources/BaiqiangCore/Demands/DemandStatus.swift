/// Where a demand (诉求) stands in its handling.
public enum DemandStatus: String, Sendable, Hashable, Codable, CaseIterable {
    /// 待签收: submitted, waiting for the demand centre.
    case submitted
    /// 已签收: the centre has accepted it and will route it.
    case accepted
    /// 办理中 (已交办): with the handling department or town.
    case assigned
    /// 已退单: the handling unit sent it back to the centre as wrongly routed.
    case returned
    /// 已答复: the handling unit has answered the enterprise.
    case responded
    /// 已办结: resolved, waiting for the centre's return visit (回访).
    case resolved
    /// 回访不满意: the enterprise was not satisfied; the centre redoes or closes it.
    case unsatisfied
    /// 已结案: closed.
    case closed

    public var label: BilingualText {
        switch self {
        case .submitted: BilingualText(zh: "待签收", en: "Submitted")
        case .accepted: BilingualText(zh: "已签收", en: "Accepted")
        case .assigned: BilingualText(zh: "办理中", en: "Assigned")
        case .returned: BilingualText(zh: "已退单", en: "Returned")
        case .responded: BilingualText(zh: "已答复", en: "Responded")
        case .resolved: BilingualText(zh: "已办结", en: "Resolved")
        case .unsatisfied: BilingualText(zh: "回访不满意", en: "Unsatisfied")
        case .closed: BilingualText(zh: "已结案", en: "Closed")
        }
    }

    /// Anything not closed: still somebody's work.
    public var isOpen: Bool { self != .closed }

    /// The handling unit has finished its part (办结 or later).
    public var isResolved: Bool { self == .resolved || self == .unsatisfied || self == .closed }

    /// The centre has taken the demand in (签收 or later).
    public var isAccepted: Bool { self != .submitted }

    /// Open311 GeoReport v2 knows only "open" and "closed".
    public var open311Status: String { isOpen ? "open" : "closed" }
}

/// The enterprise's verdict at the return visit (回访满意度).
public enum Satisfaction: String, Sendable, Hashable, Codable, CaseIterable {
    /// 满意
    case satisfied
    /// 基本满意
    case basicallySatisfied = "basically_satisfied"
    /// 不满意: the demand is redone (重办) unless the centre closes it.
    case unsatisfied

    public var label: BilingualText {
        switch self {
        case .satisfied: BilingualText(zh: "满意", en: "Satisfied")
        case .basicallySatisfied: BilingualText(zh: "基本满意", en: "Basically satisfied")
        case .unsatisfied: BilingualText(zh: "不满意", en: "Unsatisfied")
        }
    }

    /// Counts on the satisfaction rate's numerator (满意 + 基本满意).
    public var countsAsSatisfied: Bool { self != .unsatisfied }
}

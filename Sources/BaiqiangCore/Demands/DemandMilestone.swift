/// The points in handling a demand that have time limits (时限节点).
public enum DemandMilestone: String, Sendable, Hashable, Codable, CaseIterable {
    /// 响应/答复: the handling unit's first answer to the enterprise.
    case response
    /// 提出解决方案: a proposed solution.
    case solution
    /// 办结: the demand resolved.
    case closure

    public var label: BilingualText {
        switch self {
        case .response: BilingualText(zh: "答复", en: "Response")
        case .solution: BilingualText(zh: "解决方案", en: "Solution")
        case .closure: BilingualText(zh: "办结", en: "Closure")
        }
    }
}

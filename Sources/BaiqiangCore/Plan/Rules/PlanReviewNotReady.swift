/// A final review asked for while the plan still runs: there is none until the day after its
/// period ends, and a plan without a period or deadlines never has one.
public struct PlanReviewNotReady: BilingualError, Equatable, Sendable {
    public let code: String
    /// The plan's last day; nil when it declares no period and no deadline.
    public let end: PlanDate?

    public init(code: String, end: PlanDate?) {
        self.code = code
        self.end = end
    }

    public var kind: FailureKind { .conflict }

    public var message: BilingualText {
        guard let end else {
            return BilingualText(zh: "规划 \(code) 没有规划期，不作终期评估",
                                 en: "Plan \(code) has no period, so it has no final review")
        }
        return BilingualText(zh: "规划 \(code) 的规划期至 \(end) 结束，结束后方有终期评估",
                             en: "Plan \(code) runs until \(end); its final review exists from the day after")
    }
}

/// A milestone (节点) of a plan item: something to be done by a planned day, e.g. Longi's land
/// supplied by 2023-03-31.
public struct PlanMilestone: Sendable, Hashable, Codable {
    /// Unique within the plan.
    public var code: String
    public var name: BilingualText
    public var planned: PlanDate
    /// The day it was done; absent while not done.
    public var actual: PlanDate?
    /// The owning department's code.
    public var owner: String?
    /// Where the planned date or the completion comes from.
    public var source: String?

    public init(code: String, name: BilingualText, planned: PlanDate, actual: PlanDate? = nil,
                owner: String? = nil, source: String? = nil) {
        self.code = code
        self.name = name
        self.planned = planned
        self.actual = actual
        self.owner = owner
        self.source = source
    }
}

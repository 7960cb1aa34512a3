/// A kind of demand (诉求类别) with its time limits; also an Open311 service, whose
/// `service_code` is `code`.
public struct DemandCategory: Sendable, Hashable, Identifiable {
    /// The service code: a short string, stable across releases ("12345-complaint").
    public let code: String
    public let name: BilingualText
    public let description: BilingualText
    /// Open311 `group`: which rule book the limits come from.
    public let group: BilingualText
    /// The limit of each milestone the category sets.
    public let limits: [DemandMilestone: TimeLimit]

    public var id: String { code }

    public init(
        code: String, name: BilingualText, description: BilingualText? = nil, group: BilingualText? = nil,
        limits: [DemandMilestone: TimeLimit]
    ) {
        self.code = code
        self.name = name
        self.description = description ?? name
        self.group = group ?? BilingualText(zh: "企业诉求", en: "Enterprise demands")
        self.limits = limits
    }

    /// The limit that applies to a milestone. 12345 rules set one limit, by which the case must
    /// be closed with an answer to the requester, so an unset response or solution limit is the
    /// closure limit: nobody can be later to answer than to finish.
    public func limit(for milestone: DemandMilestone) -> TimeLimit? {
        if let own = limits[milestone] { return own }
        return milestone == .closure ? nil : limits[.closure]
    }
}

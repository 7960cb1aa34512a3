/// An area (领域) of the plan: one of the report's main parts, e.g. manufacturing first.
public struct PlanArea: Sendable, Hashable, Codable {
    public var code: String
    public var name: BilingualText
    /// Share in the plan's roll-up; 1 unless the county says otherwise.
    public var weight: Double
    public var lines: [PlanLineOfWork]

    public init(code: String, name: BilingualText, weight: Double = 1, lines: [PlanLineOfWork] = []) {
        self.code = code
        self.name = name
        self.weight = weight
        self.lines = lines
    }
}

/// A line of work (工作线, a ● heading of the report), e.g. the industrial system.
public struct PlanLineOfWork: Sendable, Hashable, Codable {
    public var code: String
    public var name: BilingualText
    public var weight: Double
    public var items: [PlanItem]

    public init(code: String, name: BilingualText, weight: Double = 1, items: [PlanItem] = []) {
        self.code = code
        self.name = name
        self.weight = weight
        self.items = items
    }
}

/// An item (事项) of a line of work: one commitment of the report, with its owner, and the KPIs
/// and milestones that measure it. Qualitative items have milestones or nothing measurable yet.
public struct PlanItem: Sendable, Hashable, Codable {
    public var code: String
    public var name: BilingualText
    /// The lead department's code.
    public var owner: String?
    public var weight: Double
    public var kpis: [KPI]
    public var milestones: [PlanMilestone]

    public init(code: String, name: BilingualText, owner: String? = nil, weight: Double = 1,
                kpis: [KPI] = [], milestones: [PlanMilestone] = []) {
        self.code = code
        self.name = name
        self.owner = owner
        self.weight = weight
        self.kpis = kpis
        self.milestones = milestones
    }
}

/// A key performance indicator (指标) of the plan: a quantity with a baseline, a target to reach
/// by a deadline, and the dated observations that show how far the county has come.
///
/// Without a target it is a monitoring indicator (监测指标): a published figure kept beside the
/// plan for context (GDP, the 2022 baseline figures), judged by no light and left out of roll-ups.
public struct KPI: Sendable, Hashable, Codable {
    /// Unique within the plan, e.g. `enterprises-above-scale`.
    public var code: String
    public var name: BilingualText
    /// The unit code (see `KPIUnit`); every observation is in this unit.
    public var unit: String
    public var direction: KPIDirection
    /// Where the county started; absent when no published figure exists.
    public var baseline: KPIBaseline?
    /// Nil for a monitoring indicator.
    public var target: KPITarget?
    /// The owning department's code (责任单位).
    public var owner: String?
    /// Share in the item's roll-up.
    public var weight: Double
    /// Shown on the public progress page (政务公开).
    public var published: Bool
    public var source: KPISource
    /// For a computed KPI: the registry key of the capability that measures it.
    public var provider: String?
    /// Which figures judge the KPI when it has both official reported ones and ones computed from
    /// the platform's records; nil judges on both together, the latest winning.
    public var lightFrom: KPILightSource?
    /// The values its figures may take; nil: the unit's (see `effectiveRange`).
    public var range: KPIRange?
    /// Dated figures, each with its source; for a computed KPI, the figures published before the
    /// capability existed.
    public var observations: [KPIObservation]
    /// The report's own wording or a remark (e.g. "零的突破").
    public var note: BilingualText?

    /// A monitoring indicator (监测指标): no target, so no light and no part in roll-ups.
    public var isMonitoring: Bool { target == nil }

    public init(code: String, name: BilingualText, unit: String, direction: KPIDirection = .up,
                baseline: KPIBaseline? = nil, target: KPITarget?, owner: String? = nil,
                weight: Double = 1, published: Bool = false, source: KPISource = .manual,
                provider: String? = nil, lightFrom: KPILightSource? = nil, range: KPIRange? = nil, observations: [KPIObservation] = [],
                note: BilingualText? = nil) {
        self.code = code
        self.name = name
        self.unit = unit
        self.direction = direction
        self.baseline = baseline
        self.target = target
        self.owner = owner
        self.weight = weight
        self.published = published
        self.source = source
        self.provider = provider
        self.lightFrom = lightFrom
        self.range = range
        self.observations = observations
        self.note = note
    }
}

/// Whether more is better (up, 越大越好) or less is better (down, 越小越好).
public enum KPIDirection: String, Sendable, Hashable, Codable, CaseIterable {
    case up
    case down
}

/// Where a KPI's figures come from: typed in by its owner (manual, 手工填报) or computed by
/// another capability (computed, 系统计算) through a named provider.
public enum KPISource: String, Sendable, Hashable, Codable, CaseIterable {
    case manual
    case computed
}

/// The starting point (基期) of a KPI.
public struct KPIBaseline: Sendable, Hashable, Codable {
    /// Absent when the starting figure was never published; progress then waits for a provider.
    public var value: Double?
    public var date: PlanDate
    /// Where the figure comes from.
    public var source: String?

    public init(value: Double?, date: PlanDate, source: String? = nil) {
        self.value = value
        self.date = date
        self.source = source
    }
}

/// What a KPI must reach (目标值) and by when (完成时限).
public struct KPITarget: Sendable, Hashable, Codable {
    public var value: Double
    /// Optional in the type only so that a document missing it can be loaded and reported;
    /// validation rejects a target without a deadline.
    public var deadline: PlanDate?
    /// The target must be passed, not just reached (突破/超过 "more than 800"), rather than
    /// reached (达到/以上 "at least 1333.3").
    public var strict: Bool

    public init(value: Double, deadline: PlanDate?, strict: Bool = false) {
        self.value = value
        self.deadline = deadline
        self.strict = strict
    }

    /// Whether `value` meets the target in the given direction.
    public func isMet(by value: Double, direction: KPIDirection) -> Bool {
        switch (direction, strict) {
        case (.up, false): return value >= self.value
        case (.up, true): return value > self.value
        case (.down, false): return value <= self.value
        case (.down, true): return value < self.value
        }
    }
}

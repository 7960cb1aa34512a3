/// A capability that measures computed KPIs (系统计算指标), registered under a key such as
/// `enterprises.above_scale_count` or `land.low_efficiency_disposed_ha`.
///
/// Providers live where the data lives (the app's enterprise register, land module …); Core only
/// knows the interface, so its rules stay free of I/O.
public protocol KPIValueProvider: Sendable {
    /// The registry key KPIs name in their `provider` field.
    var key: String { get }
    func readings(for kpi: KPI, asOf now: PlanDate) async throws -> KPIReadings
}

/// What a provider measured for one KPI.
public struct KPIReadings: Sendable, Hashable {
    /// The value at the KPI's baseline date, when the KPI's file could not give one.
    public var baselineValue: Double?
    /// The measured figures, each dated and with its source (e.g. "企业库 2025-06-30"). Once the
    /// registry has merged in the KPI's reported figures: the figures its light is judged on.
    public var observations: [KPIObservation]
    /// The KPI's official reported figures, kept apart to be shown beside the computed ones.
    public var reported: [KPIObservation] = []
    /// The provider's own figures, kept apart to be shown beside the reported ones.
    public var computed: [KPIObservation] = []

    public init(baselineValue: Double? = nil, observations: [KPIObservation]) {
        self.baselineValue = baselineValue
        self.observations = observations
    }
}

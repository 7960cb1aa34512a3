/// A KPI's reported and computed figures side by side as of a day: the official figure with its
/// source (公布数) and the one the platform computes from its records (系统计算), and which of
/// them sets the light.
public struct KPIFigures: Sendable, Hashable {
    /// The latest reported figure on or before the day.
    public var reported: KPIObservation?
    /// The latest computed figure on or before the day.
    public var computed: KPIObservation?
    /// The KPI's declaration; nil judges on both together.
    public var lightFrom: KPILightSource?

    public init(reported: KPIObservation?, computed: KPIObservation?, lightFrom: KPILightSource?) {
        self.reported = reported
        self.computed = computed
        self.lightFrom = lightFrom
    }

    /// Both kinds of figure exist, so both are worth showing.
    public var hasBoth: Bool { reported != nil && computed != nil }

    /// The figures of `kpi` in `data` as of `now`; figures dated later cannot have been known.
    public static func of(_ kpi: KPI, data: KPIData, now: PlanDate) -> KPIFigures {
        let reported: [KPIObservation], computed: [KPIObservation]
        switch data {
        case .recorded(let observations): (reported, computed) = (observations, [])
        case .measured(let readings): (reported, computed) = (readings.reported, readings.computed)
        case .awaitingData: (reported, computed) = (kpi.currentObservations, [])
        }
        return KPIFigures(reported: latest(reported, now: now), computed: latest(computed, now: now), lightFrom: kpi.lightFrom)
    }

    /// The last figure on or before `now`; of several on one day, the last entered.
    private static func latest(_ observations: [KPIObservation], now: PlanDate) -> KPIObservation? {
        observations.enumerated().filter { $0.element.date <= now }
            .max { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }?.element
    }
}

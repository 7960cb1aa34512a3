/// The providers known to the running system, keyed by name.
public struct KPIProviderRegistry: Sendable {
    private var providers: [String: any KPIValueProvider] = [:]

    public init(_ providers: [any KPIValueProvider] = []) {
        for provider in providers { register(provider) }
    }

    /// Adds a provider; a later one with the same key replaces the earlier.
    public mutating func register(_ provider: any KPIValueProvider) {
        providers[provider.key] = provider
    }

    public func provider(for key: String) -> (any KPIValueProvider)? { providers[key] }

    public var keys: [String] { providers.keys.sorted() }

    /// The figures to judge `kpi` by: its own observations when manual; when computed, the
    /// provider's readings and the published ones — those `light_from` names, or both merged —
    /// or "awaiting data" without a provider. Both sets stay in the readings to be shown.
    public func data(for kpi: KPI, asOf now: PlanDate) async throws -> KPIData {
        guard kpi.source == .computed else { return .recorded(kpi.currentObservations) }
        guard let key = kpi.provider, let provider = providers[key] else {
            return .awaitingData(provider: kpi.provider ?? "")
        }
        var readings = try await provider.readings(for: kpi, asOf: now)
        readings.reported = kpi.currentObservations.sorted { $0.date < $1.date }
        readings.computed = readings.observations.sorted { $0.date < $1.date }
        switch kpi.lightFrom {
        case .reported?: readings.observations = readings.reported
        case .computed?: readings.observations = readings.computed
        case nil: readings.observations = (kpi.currentObservations + readings.observations).sorted { $0.date < $1.date }
        }
        return .measured(readings)
    }

    /// The figures of every KPI of a plan, keyed by KPI code.
    public func data(for plan: PlanDocument, asOf now: PlanDate) async throws -> [String: KPIData] {
        var result: [String: KPIData] = [:]
        for kpi in plan.allKPIs {
            result[kpi.code] = try await data(for: kpi, asOf: now)
        }
        return result
    }
}

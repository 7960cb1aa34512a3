/// The figures a KPI is judged by.
public enum KPIData: Sendable, Hashable {
    /// Figures typed in or published (a manual KPI's observations).
    case recorded([KPIObservation])
    /// Figures a provider measured, together with those published before it existed.
    case measured(KPIReadings)
    /// A computed KPI whose provider is not there yet: no number may be shown (待接入).
    case awaitingData(provider: String)
}

extension KPI {
    /// The figures a KPI offers without any provider: its observations when manual, "awaiting
    /// data" when computed.
    public var ownData: KPIData {
        source == .computed ? .awaitingData(provider: provider ?? "") : .recorded(currentObservations)
    }
}

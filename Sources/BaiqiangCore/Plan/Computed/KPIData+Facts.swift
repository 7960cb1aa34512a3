extension KPIData {
    /// The figures without any that rest on demo records: what a public page may judge a KPI on.
    /// A KPI left with no figure shows "no data" there, never a generated number.
    public var factsOnly: KPIData {
        switch self {
        case .recorded(let observations):
            return .recorded(observations.filter { !$0.provenance.includesDemo })
        case .measured(var readings):
            readings.observations = readings.observations.filter { !$0.provenance.includesDemo }
            readings.reported = readings.reported.filter { !$0.provenance.includesDemo }
            readings.computed = readings.computed.filter { !$0.provenance.includesDemo }
            return .measured(readings)
        case .awaitingData:
            return self
        }
    }
}

extension Dictionary where Key == String, Value == KPIData {
    /// Every KPI's figures without those resting on demo records.
    public var factsOnly: [String: KPIData] { mapValues(\.factsOnly) }
}

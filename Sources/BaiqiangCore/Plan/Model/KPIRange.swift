/// The values a KPI's figures may take (`range: {min, max}`); either bound may be open. A KPI
/// that declares none gets its unit's: nothing below zero in a count, an area or an amount of
/// money (a GDP of −5 亿元 is a typing error), a percentage between −100 and 1000.
public struct KPIRange: Sendable, Hashable, Codable {
    public var min: Double?
    public var max: Double?

    public init(min: Double? = nil, max: Double? = nil) {
        self.min = min
        self.max = max
    }

    public func contains(_ value: Double) -> Bool {
        (min.map { value >= $0 } ?? true) && (max.map { value <= $0 } ?? true)
    }

    /// The unit's range; nil for a unit the platform does not know.
    public static func `default`(for unit: String) -> KPIRange? {
        if unit == "percent" { return KPIRange(min: -100, max: 1000) }
        return KPIUnit.mayBeNegative(unit) ? nil : KPIRange(min: 0)
    }

    /// "0 … 1000", "≥ 0" or "≤ 5" for messages.
    public var text: String {
        switch (min, max) {
        case let (min?, max?): "\(PlanYAMLWriter.formatted(min)) … \(PlanYAMLWriter.formatted(max))"
        case let (min?, nil): "≥ \(PlanYAMLWriter.formatted(min))"
        case let (nil, max?): "≤ \(PlanYAMLWriter.formatted(max))"
        case (nil, nil): "—"
        }
    }
}

extension KPI {
    /// The declared range, or the unit's.
    public var effectiveRange: KPIRange? { range ?? KPIRange.default(for: unit) }

    /// The figures that count: neither corrected nor withdrawn.
    public var currentObservations: [KPIObservation] { observations.filter { $0.status == .current } }
}

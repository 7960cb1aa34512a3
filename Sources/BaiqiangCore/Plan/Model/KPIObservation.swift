/// A dated figure of a KPI (观测值) with where it comes from: nothing is shown without a source.
public struct KPIObservation: Sendable, Hashable, Codable {
    public var value: Double
    public var date: PlanDate
    /// When given, must equal the KPI's unit: figures are never silently converted.
    public var unit: String?
    /// The source note (数据来源): the document, bulletin or register the figure is taken from.
    public var source: String
    /// Who entered it (填报人), a user or `system` for imported defaults.
    public var enteredBy: String?
    /// Whether the figure rests on demo records; only a provider measuring records sets it, so it
    /// is never read from or written to a plan file.
    public var provenance: DataProvenance = .factual

    public init(value: Double, date: PlanDate, unit: String? = nil, source: String, enteredBy: String? = nil,
                provenance: DataProvenance = .factual) {
        self.value = value
        self.date = date
        self.unit = unit
        self.source = source
        self.enteredBy = enteredBy
        self.provenance = provenance
    }

    enum CodingKeys: String, CodingKey {
        case value, date, unit, source
        case enteredBy = "entered_by"
    }
}

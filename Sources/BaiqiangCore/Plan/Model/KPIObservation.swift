/// A dated figure of a KPI (观测值) with where it comes from: nothing is shown without a source.
public struct KPIObservation: Sendable, Hashable, Codable {
    public var value: Double
    public var date: PlanDate
    /// When given, must equal the KPI's unit: figures are never silently converted.
    public var unit: String?
    /// The source note (数据来源): the document, bulletin or register the figure is taken from.
    public var source: String
    /// The source as a citation (publisher, title, date, address); `source` then holds its text.
    public var citation: Citation?
    /// Who entered it (填报人), a user or `system` for imported defaults.
    public var enteredBy: String?
    /// Whether the figure is the one that counts for its date, or was corrected or withdrawn (kept,
    /// so the history shows what was once said and why it changed).
    public var status: KPIObservationStatus = .current
    /// Why it was corrected or withdrawn.
    public var reason: String?
    /// Reviewed and released for the public page; a figure loaded with the plan file is.
    public var published: Bool = true
    /// Whether the figure rests on demo records; only a provider measuring records sets it, so it
    /// is never read from or written to a plan file.
    public var provenance: DataProvenance = .factual

    /// A figure whose source is a citation; its text is the source note shown.
    public init(value: Double, date: PlanDate, citation: Citation, enteredBy: String? = nil) {
        self.init(value: value, date: date, source: citation.text.zh, enteredBy: enteredBy)
        self.citation = citation
    }

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
        case value, date, unit, source, citation, status, reason, published
        case enteredBy = "entered_by"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        value = try container.decode(Double.self, forKey: .value)
        date = try container.decode(PlanDate.self, forKey: .date)
        unit = try container.decodeIfPresent(String.self, forKey: .unit)
        source = try container.decode(String.self, forKey: .source)
        citation = try container.decodeIfPresent(Citation.self, forKey: .citation)
        enteredBy = try container.decodeIfPresent(String.self, forKey: .enteredBy)
        status = try container.decodeIfPresent(KPIObservationStatus.self, forKey: .status) ?? .current
        reason = try container.decodeIfPresent(String.self, forKey: .reason)
        published = try container.decodeIfPresent(Bool.self, forKey: .published) ?? true
    }
}

/// Where a figure stands in its KPI's history.
public enum KPIObservationStatus: String, Sendable, Hashable, Codable, CaseIterable {
    /// The figure that counts for its date.
    case current
    /// Replaced by a later figure for the same date (更正).
    case corrected
    /// Taken back without a replacement (撤回).
    case withdrawn

    public var label: BilingualText {
        switch self {
        case .current: BilingualText(zh: "有效", en: "current")
        case .corrected: BilingualText(zh: "已更正", en: "corrected")
        case .withdrawn: BilingualText(zh: "已撤回", en: "withdrawn")
        }
    }
}

/// Whether a figure rests on real records, on generated demo records (演示数据), or on both: a
/// figure computed from demo records must never pass as fact.
public enum DataProvenance: String, Sendable, Hashable, Codable, CaseIterable {
    /// Only real records, or a figure typed in or published with its source.
    case factual
    /// Only demo records.
    case demo
    /// Demo and real records together (含演示数据).
    case mixed

    /// The provenance of a figure counted from `demo` demo records and `real` real ones; a
    /// figure counted from nothing is factual (a true zero).
    public init(demo: Int, real: Int) {
        switch (demo > 0, real > 0) {
        case (true, true): self = .mixed
        case (true, false): self = .demo
        default: self = .factual
        }
    }

    /// The same rule on amounts (hectares, yuan) rather than counts.
    public init(demoAmount: Double, realAmount: Double) {
        self.init(demo: demoAmount > 0 ? 1 : 0, real: realAmount > 0 ? 1 : 0)
    }

    /// Whether any demo record went into the figure: such a figure is labelled and kept off
    /// public pages.
    public var includesDemo: Bool { self != .factual }

    /// What a figure made of figures of both provenances rests on.
    public func combined(with other: DataProvenance) -> DataProvenance {
        self == other ? self : .mixed
    }

    /// The label shown beside such a figure, nil for a factual one.
    public var label: BilingualText? {
        switch self {
        case .factual: nil
        case .demo: BilingualText(zh: "演示数据", en: "demo data")
        case .mixed: BilingualText(zh: "含演示数据", en: "includes demo data")
        }
    }
}

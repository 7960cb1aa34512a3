/// A per-mu evaluation method as written in its YAML file (亩均评价办法): the document, with
/// names of measures, flags and classes still as text. `EvaluationMethod(validating:)` checks it
/// and resolves those names.
public struct MethodDefinition: Codable, Sendable, Hashable {
    public var id: String
    public var name: BilingualText
    /// Where the scheme comes from (a notice number, a county's published benchmarks).
    public var source: String?
    public var notRated: NotRatedDefinition
    /// What a rated firm without a valid item gets: `group_mean` (the mean points of the firms
    /// in its group that have the item) or `zero`.
    public var missingItem: String
    public var groups: [GroupDefinition]
    public var classCutoffs: CutoffsDefinition
    /// Applied in order to the class by rank: vetoes (一票否决), protections (新企业不评 D).
    public var classRules: [ClassRuleDefinition]

    public init(
        id: String, name: BilingualText, source: String? = nil, notRated: NotRatedDefinition,
        missingItem: String = "group_mean", groups: [GroupDefinition], classCutoffs: CutoffsDefinition,
        classRules: [ClassRuleDefinition] = []
    ) {
        self.id = id
        self.name = name
        self.source = source
        self.notRated = notRated
        self.missingItem = missingItem
        self.groups = groups
        self.classCutoffs = classCutoffs
        self.classRules = classRules
    }

    enum CodingKeys: String, CodingKey {
        case id, name, source, groups
        case notRated = "not_rated"
        case missingItem = "missing_item"
        case classCutoffs = "class_cutoffs"
        case classRules = "class_rules"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        name = try c.decode(BilingualText.self, forKey: .name)
        source = try c.decodeIfPresent(String.self, forKey: .source)
        notRated = try c.decodeIfPresent(NotRatedDefinition.self, forKey: .notRated) ?? NotRatedDefinition()
        missingItem = try c.decodeIfPresent(String.self, forKey: .missingItem) ?? "group_mean"
        groups = try c.decode([GroupDefinition].self, forKey: .groups)
        classCutoffs = try c.decode(CutoffsDefinition.self, forKey: .classCutoffs)
        classRules = try c.decodeIfPresent([ClassRuleDefinition].self, forKey: .classRules) ?? []
    }
}

/// Which firms are not rated (T, 暂不评价).
public struct NotRatedDefinition: Codable, Sendable, Hashable {
    /// Any of these flags makes a firm T.
    public var flags: [String]
    /// A firm is T while year − start_year is below this.
    public var yearsInProductionBelow: Int?

    public init(flags: [String] = [], yearsInProductionBelow: Int? = nil) {
        self.flags = flags
        self.yearsInProductionBelow = yearsInProductionBelow
    }

    enum CodingKeys: String, CodingKey {
        case flags
        case yearsInProductionBelow = "years_in_production_below"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        flags = try c.decodeIfPresent([String].self, forKey: .flags) ?? []
        yearsInProductionBelow = try c.decodeIfPresent(Int.self, forKey: .yearsInProductionBelow)
    }
}

/// One evaluated group (above-scale or below-scale) and its indicators.
public struct GroupDefinition: Codable, Sendable, Hashable {
    /// `above` or `below`: firms of this scale form the group.
    public var scale: String
    /// Firms on less land than this are outside the scope (`out`).
    public var minLandMu: Double?
    public var indicators: [IndicatorDefinition]

    public init(scale: String, minLandMu: Double? = nil, indicators: [IndicatorDefinition]) {
        self.scale = scale
        self.minLandMu = minLandMu
        self.indicators = indicators
    }

    enum CodingKeys: String, CodingKey {
        case scale, indicators
        case minLandMu = "min_land_mu"
    }
}

/// One scored item. `id` names an indicator of `IndicatorCatalogue`, or, with `numerator` and
/// `denominator` given, a new one.
public struct IndicatorDefinition: Codable, Sendable, Hashable {
    public var id: String
    public var name: BilingualText?
    public var numerator: String?
    public var denominator: String?
    public var weight: Double
    /// `up` (higher is better, the default) or `down` (lower is better).
    public var direction: String?
    /// Points at most `cap × weight`.
    public var cap: Double?
    public var benchmark: BenchmarkDefinition

    public init(
        id: String, name: BilingualText? = nil, numerator: String? = nil, denominator: String? = nil,
        weight: Double, direction: String? = nil, cap: Double? = nil, benchmark: BenchmarkDefinition
    ) {
        self.id = id
        self.name = name
        self.numerator = numerator
        self.denominator = denominator
        self.weight = weight
        self.direction = direction
        self.cap = cap
        self.benchmark = benchmark
    }
}

/// `aggregate` (Σnumerator / Σdenominator over the group's rated firms with a valid item) or a
/// published number.
public enum BenchmarkDefinition: Codable, Sendable, Hashable {
    case aggregate
    case fixed(Double)

    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if let number = try? c.decode(Double.self) {
            self = .fixed(number)
            return
        }
        let word = try c.decode(String.self)
        guard word == "aggregate" else {
            throw DecodingError.dataCorruptedError(
                in: c, debugDescription: "benchmark must be a number or `aggregate`, not `\(word)`")
        }
        self = .aggregate
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .aggregate: try c.encode("aggregate")
        case .fixed(let value): try c.encode(value)
        }
    }
}

/// Cumulative shares of the ranked group: A up to `a`, B up to `b`, C up to `c`, D the rest.
public struct CutoffsDefinition: Codable, Sendable, Hashable {
    public var a: Double
    public var b: Double
    public var c: Double

    public init(a: Double, b: Double, c: Double) {
        self.a = a
        self.b = b
        self.c = c
    }

    enum CodingKeys: String, CodingKey {
        case a = "A"
        case b = "B"
        case c = "C"
    }
}

/// A rule that changes a class after ranking: a firm matching the condition (any of `flags`,
/// or fewer than `yearsInProductionBelow` years in production) whose class is in `from` gets `to`.
public struct ClassRuleDefinition: Codable, Sendable, Hashable {
    public var id: String
    public var name: BilingualText
    public var flags: [String]
    public var yearsInProductionBelow: Int?
    public var from: [String]
    public var to: String

    public init(
        id: String, name: BilingualText, flags: [String] = [], yearsInProductionBelow: Int? = nil,
        from: [String], to: String
    ) {
        self.id = id
        self.name = name
        self.flags = flags
        self.yearsInProductionBelow = yearsInProductionBelow
        self.from = from
        self.to = to
    }

    enum CodingKeys: String, CodingKey {
        case id, name, flags, from, to
        case yearsInProductionBelow = "years_in_production_below"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        name = try c.decode(BilingualText.self, forKey: .name)
        flags = try c.decodeIfPresent([String].self, forKey: .flags) ?? []
        yearsInProductionBelow = try c.decodeIfPresent(Int.self, forKey: .yearsInProductionBelow)
        from = try c.decode([String].self, forKey: .from)
        to = try c.decode(String.self, forKey: .to)
    }
}

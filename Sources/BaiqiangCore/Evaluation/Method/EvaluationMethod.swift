/// A checked evaluation method, ready for the engine: every name resolved, every number sane.
/// Build one with `EvaluationMethod(validating:)` or load one with `EvaluationMethods`.
public struct EvaluationMethod: Sendable, Hashable {
    public let definition: MethodDefinition
    public let groups: [EvaluationGroup]
    public let notRatedFlags: FirmFlags
    public let notRatedYearsBelow: Int?
    public let missingItem: MissingItemRule
    public let cutoffs: ClassCutoffs
    public let classRules: [ClassRule]

    public var id: String { definition.id }
    public var name: BilingualText { definition.name }

    /// The index in `groups` of the group for `scale`; nil when the method leaves that scale out.
    public func groupIndex(for scale: FirmScale) -> Int? {
        groups.firstIndex { $0.scale == scale }
    }

    init(
        definition: MethodDefinition, groups: [EvaluationGroup], notRatedFlags: FirmFlags,
        notRatedYearsBelow: Int?, missingItem: MissingItemRule, cutoffs: ClassCutoffs, classRules: [ClassRule]
    ) {
        self.definition = definition
        self.groups = groups
        self.notRatedFlags = notRatedFlags
        self.notRatedYearsBelow = notRatedYearsBelow
        self.missingItem = missingItem
        self.cutoffs = cutoffs
        self.classRules = classRules
    }
}

/// The firms of one scale, ranked against each other.
public struct EvaluationGroup: Sendable, Hashable {
    public let scale: FirmScale
    public let minLandMu: Double?
    public let indicators: [EvaluationIndicator]
}

/// How an indicator turns a firm's value into points.
public enum IndicatorDirection: String, Sendable, Codable, Hashable {
    /// Higher is better: points = weight × value / benchmark.
    case up
    /// Lower is better: points = weight × (2 − value / benchmark), at least 0.
    case down
}

public enum IndicatorBenchmark: Sendable, Hashable {
    /// Σnumerator / Σdenominator over the group's rated firms with a valid item: the county
    /// aggregate, not the mean of the firms' ratios.
    case aggregate
    case fixed(Double)
}

/// One scored item of a group (评价指标).
public struct EvaluationIndicator: Sendable, Hashable {
    public let id: String
    public let name: BilingualText
    public let numerator: FirmMeasure
    public let denominator: FirmMeasure
    public let weight: Double
    public let direction: IndicatorDirection
    /// Points are at most `cap × weight`.
    public let cap: Double?
    public let benchmark: IndicatorBenchmark

    /// The points for `value` against `benchmark`; 0 when there is no usable benchmark.
    @inline(__always)
    public func points(value: Double, benchmark: Double) -> Double {
        guard benchmark > 0 else { return 0 }
        var points: Double
        switch direction {
        case .up: points = weight * (value / benchmark)
        case .down: points = max(0, 2 - value / benchmark) * weight
        }
        if let cap { points = min(points, cap * weight) }
        return points
    }
}

public enum MissingItemRule: String, Sendable, Codable, Hashable {
    /// The mean points of the item over the firms of the group that have it.
    case groupMean = "group_mean"
    /// No points.
    case zero
}

/// Class cut-offs as whole parts per million of the group, so ⌊share × n⌋ is exact integer
/// arithmetic rather than a floating product that can land a hair under an integer.
public struct ClassCutoffs: Sendable, Hashable {
    public let aPartsPerMillion: Int
    public let bPartsPerMillion: Int
    public let cPartsPerMillion: Int

    /// The last rank of classes A, B and C in a group of `n` rated firms.
    public func lastRanks(groupSize n: Int) -> (a: Int, b: Int, c: Int) {
        (aPartsPerMillion * n / 1_000_000, bPartsPerMillion * n / 1_000_000, cPartsPerMillion * n / 1_000_000)
    }

    /// The class of rank `rank` (1-based) in a group of `n`.
    public func rankClass(rank: Int, groupSize n: Int) -> EvaluationClass {
        let last = lastRanks(groupSize: n)
        if rank <= last.a { return .a }
        if rank <= last.b { return .b }
        if rank <= last.c { return .c }
        return .d
    }
}

/// A class change after ranking: veto (一票否决) or protection (新企业、小升规企业不评 D).
public struct ClassRule: Sendable, Hashable {
    public let id: String
    public let name: BilingualText
    public let flags: FirmFlags
    public let yearsInProductionBelow: Int?
    public let from: Set<EvaluationClass>
    public let to: EvaluationClass
    /// `from` as bits by `EvaluationClass` position: the per-firm check is a mask, not a hash.
    let fromMask: UInt8

    init(id: String, name: BilingualText, flags: FirmFlags, yearsInProductionBelow: Int?, from: Set<EvaluationClass>, to: EvaluationClass) {
        self.id = id
        self.name = name
        self.flags = flags
        self.yearsInProductionBelow = yearsInProductionBelow
        self.from = from
        self.to = to
        self.fromMask = from.reduce(0) { $0 | $1.bit }
    }

    @inline(__always)
    func changes(_ value: EvaluationClass) -> Bool { fromMask & value.bit != 0 }

    /// Whether the rule's condition holds for a firm (its class not considered).
    public func applies(flags firmFlags: FirmFlags, yearsInProduction: Int?) -> Bool {
        if !flags.isDisjoint(with: firmFlags) { return true }
        if let limit = yearsInProductionBelow, let years = yearsInProduction, years < limit { return true }
        return false
    }
}

/// The outcome of one run: per firm (in input row order) its status, score, rank and class,
/// and per group the benchmarks used. Explanations are derived on demand (`explanation(row:)`),
/// so a million-firm run holds no per-firm objects.
public struct EvaluationResult: Sendable {
    public let method: EvaluationMethod
    public let year: Int
    public let input: EvaluationInput
    /// Aligned with `method.groups`.
    public let groups: [GroupSummary]
    public let statuses: [FirmStatus]
    /// NaN when not rated.
    public let scores: [Double]
    /// 1-based rank within the group; 0 when not rated.
    public let ranks: [Int32]
    /// The class from the rank alone, before vetoes and protections; T/out when not rated.
    public let rankClasses: [EvaluationClass]
    /// The published class.
    public let classes: [EvaluationClass]

    public var count: Int { input.count }

    public func score(row: Int) -> Double? { statuses[row] == .rated ? scores[row] : nil }
    public func rank(row: Int) -> Int? { statuses[row] == .rated ? Int(ranks[row]) : nil }

    /// How many firms got each class.
    public func classCounts() -> [EvaluationClass: Int] {
        var counts: [EvaluationClass: Int] = [:]
        for value in classes { counts[value, default: 0] += 1 }
        return counts
    }
}

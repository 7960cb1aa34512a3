/// What a group's run produced besides each firm's figures: the benchmarks and the fill-in
/// means used for every firm, and the class boundaries.
public struct GroupSummary: Sendable, Hashable, Codable {
    public let scale: FirmScale
    /// The rated firms (n), which the class cut-offs are shares of.
    public let ratedCount: Int
    /// Per indicator (the order of the method's group): the benchmark used, nil when there was
    /// none (no rated firm with the item, or an aggregate not above 0: then the item gives 0 points).
    public let benchmarks: [Double?]
    /// Per indicator: the rated firms that had a valid item.
    public let firmsWithItem: [Int]
    /// Per indicator: the points given to a firm without the item.
    public let fillPoints: [Double]
    /// The last rank of classes A, B and C (⌊0.20n⌋, ⌊0.60n⌋, ⌊0.95n⌋ in the shipped methods).
    public let lastRankA: Int
    public let lastRankB: Int
    public let lastRankC: Int
}

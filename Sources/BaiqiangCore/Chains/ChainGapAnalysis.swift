/// Where the county's chain map has gaps (产业链缺口), the basis of chain recruiting (产业链招商).
/// DOMAIN.md §4 names the three kinds; the precise tests below are the platform's:
///
/// - fill (补链): nodes with no local firm;
/// - strengthen (强链): thin nodes, where the largest local firm makes more than the rule's share
///   of the node's output (`ChainGapRule.dominantFirmShareOver`), or the node's one firm;
/// - extend (延链): the next links out, nodes with no local firm linked directly to a node that
///   has some — where recruiting carries the local chain one step further.
public struct ChainGapAnalysis: Sendable, Hashable {
    public struct ThinNode: Sendable, Hashable {
        public let nodeCode: String
        public let dominantFirm: String
        /// The largest firm's share of the node's output, 0…1.
        public let share: Double
    }

    /// In the chain's node order.
    public let fill: [String]
    public let strengthen: [ThinNode]
    public let extend: [String]

    public init(chain: IndustrialChain, mapping: ChainFirmMapping) {
        let empty = chain.nodes.map(\.code).filter { mapping.firms(on: $0).isEmpty }
        fill = empty
        strengthen = chain.nodes.compactMap { node in
            let firms = mapping.firms(on: node.code)
            guard let top = firms.max(by: { $0.outputWanYuan < $1.outputWanYuan }) else { return nil }
            let total = firms.reduce(0) { $0 + $1.outputWanYuan }
            let share = total > 0 ? top.outputWanYuan / total : 1 / Double(firms.count)
            guard firms.count == 1 || share > chain.gapRule.dominantFirmShareOver else { return nil }
            return ThinNode(nodeCode: node.code, dominantFirm: top.creditCode, share: share)
        }
        extend = empty.filter { code in
            chain.neighbours(of: code).contains { !mapping.firms(on: $0).isEmpty }
        }
    }
}

/// Which local firms sit on which node of a chain (企业挂链): by the nodes' industry code rules,
/// then corrected by hand. A firm may sit on several nodes.
public struct ChainFirmMapping: Sendable, Hashable {
    /// Firms by node code, every node of the chain present (an empty list for none), each list in
    /// the order the firms were given.
    public let firmsByNode: [String: [ChainFirm]]

    public init(chain: IndustrialChain, firms: [ChainFirm], overrides: [ChainNodeOverride] = []) throws(ChainError) {
        for override in overrides where chain.node(override.nodeCode) == nil {
            throw ChainError(.unknownNode(override.nodeCode))
        }
        var map: [String: [ChainFirm]] = [:]
        for node in chain.nodes {
            map[node.code] = firms.filter { firm in
                let byCode = firm.industryCode.map { code in node.industryCodes.contains { code.hasPrefix($0) } } ?? false
                let added = overrides.contains { $0.creditCode == firm.creditCode && $0.nodeCode == node.code && $0.kind == .add }
                let removed = overrides.contains { $0.creditCode == firm.creditCode && $0.nodeCode == node.code && $0.kind == .remove }
                return (byCode || added) && !removed
            }
        }
        firmsByNode = map
    }

    public func firms(on node: String) -> [ChainFirm] { firmsByNode[node] ?? [] }
}

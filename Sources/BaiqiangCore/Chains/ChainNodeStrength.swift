/// How strong the county is at a node, as the chain map colours it: no local firm (a gap to fill,
/// 补链), thin (one firm makes most of the output, 强链), or held by several firms.
public enum ChainNodeStrength: String, Sendable, Hashable, Codable, CaseIterable {
    case gap
    case thin
    case solid

    public var label: BilingualText {
        switch self {
        case .gap: BilingualText(zh: "缺链（无本地企业）", en: "gap (no local firm)")
        case .thin: BilingualText(zh: "薄弱（一家独大）", en: "thin (one firm dominates)")
        case .solid: BilingualText(zh: "较强", en: "held by several firms")
        }
    }

    /// Each node's strength under `analysis`.
    public static func of(_ chain: IndustrialChain, analysis: ChainGapAnalysis) -> [String: ChainNodeStrength] {
        let empty = Set(analysis.fill), thin = Set(analysis.strengthen.map(\.nodeCode))
        return Dictionary(uniqueKeysWithValues: chain.nodes.map { node in
            (node.code, empty.contains(node.code) ? .gap : thin.contains(node.code) ? .thin : .solid)
        })
    }
}

/// The three kinds of chain gap (DOMAIN.md §4), each a reason to recruit.
public enum ChainGapKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// 补链: no local firm at the node.
    case fill
    /// 强链: one firm makes most of the node's output.
    case strengthen
    /// 延链: the next link out from where the county already has firms.
    case extend

    public var label: BilingualText {
        switch self {
        case .fill: BilingualText(zh: "补链", en: "fill")
        case .strengthen: BilingualText(zh: "强链", en: "strengthen")
        case .extend: BilingualText(zh: "延链", en: "extend")
        }
    }

    /// The nodes `analysis` finds for this kind, in the chain's order.
    public func nodes(in analysis: ChainGapAnalysis) -> [String] {
        switch self {
        case .fill: analysis.fill
        case .strengthen: analysis.strengthen.map(\.nodeCode)
        case .extend: analysis.extend
        }
    }
}

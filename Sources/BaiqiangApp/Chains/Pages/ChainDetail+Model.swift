import BaiqiangCore
import Foundation

/// One chain: its map drawn by strength and output, each node's local firms and pipeline
/// projects, its gaps with the button turning one into a lead, and — for who may — the forms
/// placing a firm on a node by hand and editing the chain.
enum ChainDetailPage {
    struct Model {
        var map: ChainsStore.ChainMap
        var townNames: [String: String]
        var mayEdit: Bool
        var mayLead: Bool
        /// Whether the account sees only part of the county (a town, a firm): the map is of that part.
        var isPartial: Bool
        var notice: String? = nil
        var issues: [String] = []

        var chain: IndustrialChain { map.chain }
    }
}

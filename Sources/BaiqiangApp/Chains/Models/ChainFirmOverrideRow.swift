import BaiqiangCore
import Fluent
import Foundation

/// A firm put on a chain node by hand, or taken off one its industry code puts it on (人工调整);
/// one row per firm and node, its kind the latest decision.
final class ChainFirmOverrideRow: Model, @unchecked Sendable {
    static let schema = "chain_firm_overrides"

    @ID(key: .id) var id: UUID?
    @Field(key: "county_code") var countyCode: String
    @Field(key: "chain_code") var chainCode: String
    @Field(key: "node_code") var nodeCode: String
    @Field(key: "credit_code") var creditCode: String
    /// Core's `ChainNodeOverride.Kind` raw value.
    @Field(key: "kind") var kind: String
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {
        countyCode = CountyCode.heshan
    }

    var override: ChainNodeOverride? {
        ChainNodeOverride.Kind(rawValue: kind).map { ChainNodeOverride(creditCode: creditCode, nodeCode: nodeCode, kind: $0) }
    }
}

extension ChainFirmOverrideRow: CountyOwned {}

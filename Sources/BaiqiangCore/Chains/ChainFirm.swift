/// A local firm as the chain map needs it: its credit code, industry code and yearly output.
public struct ChainFirm: Sendable, Hashable, Codable {
    public let creditCode: String
    /// GB/T 4754-2017 class, e.g. `3825`.
    public let industryCode: String?
    /// Output (产值) of the year looked at, 万元.
    public let outputWanYuan: Double

    public init(creditCode: String, industryCode: String?, outputWanYuan: Double) {
        self.creditCode = creditCode
        self.industryCode = industryCode
        self.outputWanYuan = outputWanYuan
    }
}

/// A hand-made correction of the mapping (人工调整): put a firm on a node its industry code does
/// not reach, or take it off one its code puts it on.
public struct ChainNodeOverride: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable {
        case add
        case remove
    }

    public let creditCode: String
    public let nodeCode: String
    public let kind: Kind

    public init(creditCode: String, nodeCode: String, kind: Kind) {
        self.creditCode = creditCode
        self.nodeCode = nodeCode
        self.kind = kind
    }
}

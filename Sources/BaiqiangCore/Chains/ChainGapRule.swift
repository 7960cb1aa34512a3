/// The thresholds of the gap analysis, kept with the chain's data.
public struct ChainGapRule: Sendable, Hashable, Codable {
    /// A node is thin (强链) when its largest firm makes more than this share of the node's output.
    /// The platform's default is 0.5 — "one firm makes most of the output" — as no published
    /// threshold was found.
    public var dominantFirmShareOver: Double

    public init(dominantFirmShareOver: Double = 0.5) {
        self.dominantFirmShareOver = dominantFirmShareOver
    }

    public static let platformDefault = ChainGapRule()

    enum CodingKeys: String, CodingKey {
        case dominantFirmShareOver = "dominant_firm_share_over"
    }
}

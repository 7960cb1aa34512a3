/// Whether a firm is above scale (规上, main business revenue ≥ 2000万元) or below (规下);
/// each is evaluated as its own group.
public enum FirmScale: String, CaseIterable, Sendable, Codable, Hashable {
    case above
    case below

    public var name: BilingualText {
        switch self {
        case .above: BilingualText(zh: "规上企业", en: "above-scale firms")
        case .below: BilingualText(zh: "规下企业", en: "below-scale firms")
        }
    }
}

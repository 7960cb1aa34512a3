/// Where a node sits on an industrial chain (产业链环节): upstream (上游), midstream (中游) or
/// downstream (下游).
public enum ChainSegment: String, Sendable, Hashable, Codable, CaseIterable {
    case upstream
    case midstream
    case downstream

    public var label: BilingualText {
        switch self {
        case .upstream: BilingualText(zh: "上游", en: "upstream")
        case .midstream: BilingualText(zh: "中游", en: "midstream")
        case .downstream: BilingualText(zh: "下游", en: "downstream")
        }
    }
}

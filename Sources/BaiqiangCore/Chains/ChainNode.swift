/// A node (链条节点) of an industrial chain: a product or service the chain needs, with the
/// industry classes (国民经济行业分类, GB/T 4754-2017) whose firms make it.
public struct ChainNode: Sendable, Hashable, Codable {
    /// Unique within the chain.
    public var code: String
    public var name: BilingualText
    public var segment: ChainSegment
    /// Industry code prefixes: a firm whose code starts with one belongs here (`3825` a class,
    /// `382` its whole group).
    public var industryCodes: [String]

    public init(code: String, name: BilingualText, segment: ChainSegment, industryCodes: [String] = []) {
        self.code = code
        self.name = name
        self.segment = segment
        self.industryCodes = industryCodes
    }

    enum CodingKeys: String, CodingKey {
        case code, name, segment
        case industryCodes = "industry_codes"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        code = try c.decode(String.self, forKey: .code)
        name = try c.decode(BilingualText.self, forKey: .name)
        segment = try c.decode(ChainSegment.self, forKey: .segment)
        industryCodes = try c.decodeIfPresent([String].self, forKey: .industryCodes) ?? []
    }
}

/// A link of the chain (链条关系): `from` supplies `to`.
public struct ChainEdge: Sendable, Hashable, Codable {
    public var from: String
    public var to: String

    public init(from: String, to: String) {
        self.from = from
        self.to = to
    }
}

/// An industrial chain (产业链) under the chain-chief system (链长制): its nodes up-, mid- and
/// downstream, the links between them, the chain chief (链长) and the lead department (牵头部门).
/// Kept as data (`Resources/chains/*.yaml`), checked when read: node codes unique, every link
/// between known nodes, no circle unless the chain allows one.
public struct IndustrialChain: Sendable, Hashable {
    public let code: String
    /// The county (its profile's code, e.g. `heshan`) a shipped chain is the default of; nil for
    /// a chain any county may start from.
    public let county: String?
    public let name: BilingualText
    /// The chain chief, as the county names the leader.
    public let chief: String?
    public let leadDepartmentCode: String?
    /// Where the node list comes from, or a note that it is the county's own to edit.
    public let source: String?
    public let nodes: [ChainNode]
    public let edges: [ChainEdge]
    public let allowsCycles: Bool
    public let gapRule: ChainGapRule

    public init(
        code: String, county: String? = nil, name: BilingualText, chief: String? = nil, leadDepartmentCode: String? = nil,
        source: String? = nil, nodes: [ChainNode], edges: [ChainEdge], allowsCycles: Bool = false,
        gapRule: ChainGapRule = .platformDefault
    ) throws(ChainError) {
        guard !nodes.isEmpty else { throw ChainError(.noNodes) }
        try ChainLimits.check(code: code, county: county, name: name, chief: chief, leadDepartmentCode: leadDepartmentCode, source: source,
                              nodes: nodes, edges: edges)
        var seen = Set<String>()
        for node in nodes {
            guard seen.insert(node.code).inserted else { throw ChainError(.duplicateNode(node.code)) }
        }
        for edge in edges {
            for end in [edge.from, edge.to] where !seen.contains(end) { throw ChainError(.unknownNode(end)) }
        }
        guard (0...1).contains(gapRule.dominantFirmShareOver) else {
            throw ChainError(.shareOutOfRange(gapRule.dominantFirmShareOver))
        }
        if !allowsCycles, let cycle = Self.findCycle(nodes: nodes.map(\.code), edges: edges) {
            throw ChainError(.cycle(cycle))
        }
        self.code = code
        self.county = county
        self.name = name
        self.chief = chief
        self.leadDepartmentCode = leadDepartmentCode
        self.source = source
        self.nodes = nodes
        self.edges = edges
        self.allowsCycles = allowsCycles
        self.gapRule = gapRule
    }

    public func node(_ code: String) -> ChainNode? {
        nodes.first { $0.code == code }
    }

    /// The node, or the error for a form, import or project naming an unknown one.
    public func requireNode(_ code: String) throws(ChainError) -> ChainNode {
        guard let node = node(code) else { throw ChainError(.unknownNode(code)) }
        return node
    }

    /// The nodes linked to `code` by an edge either way.
    public func neighbours(of code: String) -> [String] {
        edges.compactMap { $0.from == code ? $0.to : $0.to == code ? $0.from : nil }
    }

    /// A circle of codes (first repeated last), found by depth-first search, or nil.
    static func findCycle(nodes: [String], edges: [ChainEdge]) -> [String]? {
        let next = Dictionary(grouping: edges, by: \.from).mapValues { $0.map(\.to) }
        var state: [String: Bool] = [:]  // false: on the current path; true: finished
        var path: [String] = []
        func visit(_ code: String) -> [String]? {
            if state[code] == true { return nil }
            if state[code] == false {
                return Array(path[path.firstIndex(of: code)!...]) + [code]
            }
            state[code] = false
            path.append(code)
            for to in next[code] ?? [] {
                if let cycle = visit(to) { return cycle }
            }
            path.removeLast()
            state[code] = true
            return nil
        }
        for code in nodes {
            if let cycle = visit(code) { return cycle }
        }
        return nil
    }
}

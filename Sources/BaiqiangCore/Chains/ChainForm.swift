/// A new chain as the page's form gives it: its code and names, chain chief and lead department,
/// its first nodes typed one a line under up-, mid- and downstream, and its first links one a
/// line. The lines are read here; the chain they make is checked by `IndustrialChain` like any
/// chain file (duplicate or unknown node, cycle, limits), so the form and the API refuse alike.
public struct ChainForm: Sendable, Hashable {
    public var code: String
    public var nameZh: String
    public var nameEn: String
    public var chief: String?
    public var leadDepartmentCode: String?
    /// One node a line: `code | 中文名 | English name | industry codes` (the last two optional,
    /// industry codes separated by spaces or commas).
    public var nodes: [ChainSegment: String]
    /// One link a line: `from > to` (`->` and `→` read the same).
    public var edges: String

    /// The form fields the node lines of each segment come in.
    public static func field(of segment: ChainSegment) -> String { segment.rawValue }
    public static let edgesField = "edges"

    /// A form's text is bounded before it is read, the same bound as a chain file's.
    public static var maximumBytes: Int { ChainLimits.maximumFileBytes }

    public init(code: String, nameZh: String, nameEn: String, chief: String? = nil, leadDepartmentCode: String? = nil,
                nodes: [ChainSegment: String] = [:], edges: String = "") {
        self.code = code
        self.nameZh = nameZh
        self.nameEn = nameEn
        self.chief = chief
        self.leadDepartmentCode = leadDepartmentCode
        self.nodes = nodes
        self.edges = edges
    }

    /// The chain the form describes. A line that cannot be read is refused with its field and
    /// line number (`FieldInputError`); a chain that breaks a chain rule with the rule
    /// (`ChainError`). Nothing is kept either way.
    public func chain() throws -> IndustrialChain {
        var issues: [LocatedIssue] = []
        func refuse(_ field: String, _ line: Int?, _ zh: String, _ en: String) {
            issues.append(LocatedIssue(row: line, column: field, reason: BilingualText(zh: zh, en: en)))
        }
        let trimmedCode = code.trimmingCharacters(in: .whitespaces)
        let zh = nameZh.trimmingCharacters(in: .whitespaces)
        let en = nameEn.trimmingCharacters(in: .whitespaces)
        if trimmedCode.isEmpty { refuse("code", nil, "不能为空", "is required") }
        if zh.isEmpty { refuse("name_zh", nil, "不能为空", "is required") }
        let total = nodes.values.reduce(edges.utf8.count) { $0 + $1.utf8.count }
        guard total <= Self.maximumBytes else {
            throw ChainError(.fileTooLarge(maximumBytes: Self.maximumBytes))
        }
        var chainNodes: [ChainNode] = []
        for segment in ChainSegment.allCases {
            let field = Self.field(of: segment)
            for (number, line) in Self.lines(nodes[segment] ?? "") {
                let parts = line.split(whereSeparator: { $0 == "|" || $0 == "｜" }).map { $0.trimmingCharacters(in: .whitespaces) }
                guard parts.count >= 2, parts.count <= 4, !parts[0].isEmpty, !parts[1].isEmpty else {
                    refuse(field, number, "须写作“编码 | 中文名 | 英文名 | 行业代码”，至少编码和中文名",
                           "must read “code | Chinese name | English name | industry codes”, at least the code and the Chinese name")
                    continue
                }
                let english = parts.count > 2 && !parts[2].isEmpty ? parts[2] : parts[1]
                let industries = parts.count > 3
                    ? parts[3].split(whereSeparator: { $0 == " " || $0 == "," || $0 == "，" }).map(String.init) : []
                chainNodes.append(ChainNode(code: parts[0], name: BilingualText(zh: parts[1], en: english), segment: segment,
                                            industryCodes: industries))
            }
        }
        var chainEdges: [ChainEdge] = []
        for (number, line) in Self.lines(edges) {
            let normalised = line.replacingOccurrences(of: "->", with: ">").replacingOccurrences(of: "→", with: ">")
            let ends = normalised.split(separator: ">", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard ends.count == 2, !ends[0].isEmpty, !ends[1].isEmpty else {
                refuse(Self.edgesField, number, "须写作“上游节点编码 > 下游节点编码”", "must read “from-node code > to-node code”")
                continue
            }
            chainEdges.append(ChainEdge(from: ends[0], to: ends[1]))
        }
        guard issues.isEmpty else { throw FieldInputError(issues) }
        func optional(_ value: String?) -> String? {
            value.map { $0.trimmingCharacters(in: .whitespaces) }.flatMap { $0.isEmpty ? nil : $0 }
        }
        return try IndustrialChain(code: trimmedCode, name: BilingualText(zh: zh, en: en.isEmpty ? zh : en), chief: optional(chief),
                                   leadDepartmentCode: optional(leadDepartmentCode), source: nil, nodes: chainNodes, edges: chainEdges)
    }

    /// The non-blank lines of a text, numbered from 1 as the user counts them (blank ones too).
    static func lines(_ text: String) -> [(Int, String)] {
        text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().compactMap { offset, line in
            let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
            return trimmed.isEmpty ? nil : (offset + 1, trimmed)
        }
    }
}

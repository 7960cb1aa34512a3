/// The bounds a chain is held to, from a shipped file, an upload or the edit form alike: its
/// codes go into web addresses, its texts onto pages, and its size into one drawing.
public enum ChainLimits {
    public static let maximumNodes = 200
    public static let maximumEdges = 1_000
    public static let maximumIndustryCodesPerNode = 20
    /// An uploaded or edited chain file (bytes).
    public static let maximumFileBytes = 256 * 1024

    static func check(code: String, county: String?, name: BilingualText, chief: String?, leadDepartmentCode: String?, source: String?,
                      nodes: [ChainNode], edges: [ChainEdge]) throws(ChainError) {
        try checkCode(code, field: "code")
        guard !reservedCodes.contains(code.lowercased()) else { throw ChainError(.reservedCode(code)) }
        try length(county, "county", .code)
        try length(name.zh, "name.zh", .name)
        try length(name.en, "name.en", .name)
        try length(chief, "chief", .contact)
        try length(leadDepartmentCode, "lead_department", .code)
        try length(source, "source", .note)
        guard nodes.count <= maximumNodes else {
            throw ChainError(.tooMany(what: BilingualText(zh: "节点", en: "nodes"), maximum: maximumNodes))
        }
        guard edges.count <= maximumEdges else {
            throw ChainError(.tooMany(what: BilingualText(zh: "链条关系", en: "links"), maximum: maximumEdges))
        }
        for node in nodes {
            try checkCode(node.code, field: "nodes.code")
            try length(node.name.zh, "nodes.name.zh", .name)
            try length(node.name.en, "nodes.name.en", .name)
            guard node.industryCodes.count <= maximumIndustryCodesPerNode else {
                throw ChainError(.tooMany(what: BilingualText(zh: "行业代码", en: "industry codes"), maximum: maximumIndustryCodesPerNode))
            }
            for industry in node.industryCodes where industry.isEmpty || industry.count > 4
                || !industry.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) }) {
                throw ChainError(.badCode(industry))
            }
        }
    }

    /// Words the addresses under `/chains` use for pages of their own (`/chains/new`,
    /// `/chains/import`) or may use for the list's files, and those after a chain's code: a
    /// chain with one of them as its code would be shadowed by that page. Compared without case,
    /// so no chain's address differs from a page's by case alone.
    public static let reservedCodes: Set<String> = ["new", "edit", "import", "export", "template", "firms", "leads"]

    /// Letters, digits and `-`, 1 to 64 of them.
    public static func checkCode(_ code: String, field: String) throws(ChainError) {
        guard !code.isEmpty else { throw ChainError(.missingField(field)) }
        try length(code, field, .code)
        let allowed = code.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
        guard allowed else { throw ChainError(.badCode(code)) }
    }

    private static func length(_ value: String?, _ field: String, _ kind: TextFieldKind) throws(ChainError) {
        guard let value, value.unicodeScalars.count > kind.maximumLength else { return }
        throw ChainError(.tooLong(field: field, maximum: kind.maximumLength))
    }
}

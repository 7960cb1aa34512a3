import Foundation
import Yams

/// A chain file's shape (`Resources/chains/*.yaml`), the same in YAML and in a JSON body: what is
/// read into an `IndustrialChain` and what one is written back as.
public struct ChainDefinition: Codable, Sendable, Hashable {
    public var code: String
    public var county: String?
    public var name: BilingualText
    public var chief: String?
    public var leadDepartment: String?
    public var source: String?
    public var allowsCycles: Bool?
    public var gaps: ChainGapRule?
    public var nodes: [ChainNode]
    public var edges: [ChainEdge]?

    enum CodingKeys: String, CodingKey {
        case code, county, name, chief, source, gaps, nodes, edges
        case leadDepartment = "lead_department"
        case allowsCycles = "allows_cycles"
    }

    /// The file of `chain`, leaving out what is the platform's default.
    public init(_ chain: IndustrialChain) {
        code = chain.code
        county = chain.county
        name = chain.name
        chief = chain.chief
        leadDepartment = chain.leadDepartmentCode
        source = chain.source
        allowsCycles = chain.allowsCycles ? true : nil
        gaps = chain.gapRule == .platformDefault ? nil : chain.gapRule
        nodes = chain.nodes
        edges = chain.edges
    }

    /// The chain the file describes, checked.
    public func chain() throws(ChainError) -> IndustrialChain {
        try IndustrialChain(
            code: code, county: county, name: name, chief: chief, leadDepartmentCode: leadDepartment, source: source,
            nodes: nodes, edges: edges ?? [], allowsCycles: allowsCycles ?? false, gapRule: gaps ?? .platformDefault)
    }
}

extension IndustrialChain {
    /// The chain as a chain file, which `init(yaml:)` reads back as the same chain.
    public func yaml() throws(ChainError) -> String {
        let encoder = YAMLEncoder()
        encoder.options.allowUnicode = true
        do {
            return try encoder.encode(ChainDefinition(self))
        } catch {
            throw ChainError(.malformed(String(describing: error)))
        }
    }

    /// Reads and checks a chain sent as JSON of the file's shape.
    public init(json: Data) throws(ChainError) {
        let definition: ChainDefinition
        do {
            definition = try JSONDecoder().decode(ChainDefinition.self, from: json)
        } catch let error as DecodingError {
            throw ChainError(yaml: error, in: "")
        } catch {
            throw ChainError(.malformed(String(describing: error)))
        }
        self = try definition.chain()
    }

    /// Reads and checks a chain file; a refusal says the line and column it concerns where the
    /// file shows one.
    public init(yaml: String, fileName: String? = nil) throws(ChainError) {
        let root: Yams.Node
        do {
            guard let composed = try Yams.compose(yaml: yaml) else { throw ChainError(problem: .empty, file: fileName) }
            root = composed
        } catch let error as ChainError {
            throw error
        } catch {
            throw ChainError(yaml: error, in: yaml, file: fileName)
        }
        let definition: ChainDefinition
        do {
            definition = try YAMLDecoder().decode(ChainDefinition.self, from: root)
        } catch {
            throw ChainError(yaml: error, in: yaml, root: root, file: fileName)
        }
        do {
            self = try definition.chain()
        } catch {
            let mark = ChainFileLocator.mark(of: error.reason, in: root)
            throw ChainError(error.reason, file: fileName, line: mark?.line, column: mark?.column)
        }
    }

    /// The chains shipped in `Resources/chains`.
    public static func bundled() throws(ChainError) -> [IndustrialChain] {
        try bundledFiles().map(\.chain)
    }

    /// The chains shipped in `Resources/chains`, each with its file's text (what a county starts
    /// from, and edits).
    public static func bundledFiles() throws(ChainError) -> [(chain: IndustrialChain, yaml: String)] {
        var chains: [(chain: IndustrialChain, yaml: String)] = []
        for url in CoreResources.files(in: "chains") where url.pathExtension == "yaml" {
            let text: String
            do {
                text = try String(contentsOf: url, encoding: .utf8)
            } catch {
                throw ChainError(.malformed("cannot read: \(error)"), file: url.lastPathComponent)
            }
            chains.append((try IndustrialChain(yaml: text, fileName: url.lastPathComponent), text))
        }
        return chains
    }
}

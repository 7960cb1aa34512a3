import BaiqiangCore
import Fluent
import Vapor

/// `/api/v1/chains`: the county's chains with their counts, and one chain with its nodes, the
/// firms and projects on each and its gaps, read within the account's scope like the pages; and
/// the writes the pages make (`ChainsAPIController+Writes`).
struct ChainsAPIController {
    func register(_ api: any RoutesBuilder) {
        api.get(SiteURL.API.chains.components, use: list)
        api.get(SiteURL.API.chain(code: .placeholder(.code)).components, use: show)
        api.on(.POST, SiteURL.API.chains.components, body: .collect(maxSize: ChainsPagesController.bodyLimit), use: create)
        api.on(.PUT, SiteURL.API.chain(code: .placeholder(.code)).components, body: .collect(maxSize: ChainsPagesController.bodyLimit),
               use: replace)
        api.post(SiteURL.API.chainFirms(code: .placeholder(.code)).components, use: place)
    }

    struct ChainSummary: Content {
        var code: String
        var name: BilingualText
        var chief: String?
        var leadDepartment: String?
        var source: String?
        var nodes: Int
        var firms: Int
        var projects: Int
        var gaps: Int

        enum CodingKeys: String, CodingKey {
            case code, name, chief, source, nodes, firms, projects, gaps
            case leadDepartment = "lead_department"
        }

        init(_ map: ChainsStore.ChainMap) {
            code = map.chain.code
            name = map.chain.name
            chief = map.chain.chief
            leadDepartment = map.chain.leadDepartmentCode
            source = map.chain.source
            nodes = map.chain.nodes.count
            firms = map.firmCount
            projects = map.projectCount
            gaps = map.gapCount
        }
    }

    struct FirmView: Content {
        var creditCode: String
        var name: String
        var town: String?
        var outputWan: Double?
        var outputYear: Int?
        var byHand: Bool
        var isDemo: Bool

        enum CodingKeys: String, CodingKey {
            case name, town
            case creditCode = "credit_code", outputWan = "output_wan", outputYear = "output_year", byHand = "by_hand", isDemo = "is_demo"
        }
    }

    struct ProjectRef: Content {
        var id: String
        var name: String
        var stage: String
        var investmentYi: Double
        var isDemo: Bool

        enum CodingKeys: String, CodingKey {
            case id, name, stage
            case investmentYi = "investment_yi", isDemo = "is_demo"
        }
    }

    struct NodeView: Content {
        var code: String
        var name: BilingualText
        var segment: String
        var industryCodes: [String]
        var strength: String
        var outputWan: Double
        var firms: [FirmView]
        var projects: [ProjectRef]

        enum CodingKeys: String, CodingKey {
            case code, name, segment, strength, firms, projects
            case industryCodes = "industry_codes", outputWan = "output_wan"
        }
    }

    struct ThinView: Content {
        var node: String
        var dominantFirm: String
        var share: Double

        enum CodingKeys: String, CodingKey {
            case node, share
            case dominantFirm = "dominant_firm"
        }
    }

    struct GapsView: Content {
        var fill: [String]
        var strengthen: [ThinView]
        var extend: [String]
    }

    struct ChainDetail: Content {
        var chain: ChainSummary
        var nodes: [NodeView]
        var edges: [ChainEdge]
        var gaps: GapsView
    }

    @Sendable func list(_ request: Request) async throws -> ItemList<ChainSummary> {
        let store = ChainsStore(db: request.db, principal: try request.requirePrincipal())
        var items: [ChainSummary] = []
        for row in try await store.rows().sort(\.$code).all() {
            items.append(ChainSummary(try await store.map(of: row)))
        }
        return ItemList(items: items)
    }

    @Sendable func show(_ request: Request) async throws -> ChainDetail {
        let store = ChainsStore(db: request.db, principal: try request.requirePrincipal())
        let code = try request.parameters.require(.code)
        guard FieldLimits.check(code, .code) == nil, let row = try await store.row(code: code) else { throw Abort(.notFound) }
        return Self.detail(try await store.map(of: row))
    }

    static func detail(_ map: ChainsStore.ChainMap) -> ChainDetail {
        let nodes = map.chain.nodes.map { node in
            NodeView(code: node.code, name: node.name, segment: node.segment.rawValue, industryCodes: node.industryCodes,
                     strength: (map.strength[node.code] ?? .gap).rawValue, outputWan: map.output(of: node.code),
                     firms: (map.firmsByNode[node.code] ?? []).map { firm in
                         FirmView(creditCode: firm.creditCode, name: firm.name, town: firm.townCode, outputWan: firm.outputWanYuan,
                                  outputYear: firm.year, byHand: firm.byHand, isDemo: firm.isDemo)
                     },
                     projects: (map.projectsByNode[node.code] ?? []).map { project in
                         ProjectRef(id: project.id.uuidString, name: project.name, stage: project.stage.rawValue,
                                    investmentYi: project.investmentYi, isDemo: project.isDemo)
                     })
        }
        let gaps = GapsView(fill: map.analysis.fill,
                            strengthen: map.analysis.strengthen.map { ThinView(node: $0.nodeCode, dominantFirm: $0.dominantFirm, share: $0.share) },
                            extend: map.analysis.extend)
        return ChainDetail(chain: ChainSummary(map), nodes: nodes, edges: map.chain.edges, gaps: gaps)
    }
}

import BaiqiangCore
import Fluent
import Foundation
import SQLKit

/// Every read of the county's industrial chains, with the firms on their nodes and the projects
/// in the pipeline for them. Firms and projects are read within what the asking account may see
/// (a town its own town's firms, a firm itself), so the map, its counts and its gaps are of that
/// reach; names of projects are shown as `ProjectNameVisibility` allows.
struct ChainsStore {
    let db: any Database
    let principal: Principal

    var county: String { principal.countyCode }

    func rows() -> QueryBuilder<ChainRow> {
        ChainRow.query(on: db, county: county)
    }

    func row(code: String) async throws -> ChainRow? {
        try await rows().filter(\.$code == code).first()
    }

    /// A firm on a node: from the registry, with its latest reported output.
    struct NodeFirm: Sendable, Hashable {
        var creditCode: String
        var name: String
        var townCode: String?
        var industryCode: String?
        /// Output (工业总产值, 万元) of `year`, the latest year the registry has it; nil when none.
        var outputWanYuan: Double?
        var year: Int?
        var isDemo: Bool
        /// Put on the node by hand rather than by its industry code.
        var byHand: Bool
    }

    /// A project in the pipeline for a node.
    struct NodeProject: Sendable, Hashable {
        var id: UUID
        var name: String
        var stage: ProjectStage
        var investmentYi: Double
        var isDemo: Bool
    }

    /// A chain with its firms, projects and gaps, as the asking account may see them.
    struct ChainMap: Sendable {
        var chain: IndustrialChain
        var firmsByNode: [String: [NodeFirm]]
        var projectsByNode: [String: [NodeProject]]
        var analysis: ChainGapAnalysis
        var strength: [String: ChainNodeStrength]

        func output(of node: String) -> Double {
            (firmsByNode[node] ?? []).reduce(0) { $0 + ($1.outputWanYuan ?? 0) }
        }

        var firmCount: Int { Set(firmsByNode.values.flatMap { $0.map(\.creditCode) }).count }
        var projectCount: Int { Set(projectsByNode.values.flatMap { $0.map(\.id) }).count }
        var gapCount: Int { analysis.fill.count }
        var anyDemo: Bool {
            firmsByNode.values.contains { $0.contains(where: \.isDemo) } || projectsByNode.values.contains { $0.contains(where: \.isDemo) }
        }
    }

    func map(of row: ChainRow) async throws -> ChainMap {
        let chain = try row.chain()
        let overrides = try await ChainFirmOverrideRow.query(on: db, county: county).filter(\.$chainCode == chain.code).all()
            .compactMap(\.override)
        let handAdded = overrides.filter { $0.kind == .add }.map(\.creditCode)
        let prefixes = Array(Set(chain.nodes.flatMap(\.industryCodes)))
        var firms: [Enterprise] = []
        if !prefixes.isEmpty || !handAdded.isEmpty {
            firms = try await Enterprise.query(on: db).scoped(to: principal).group(.or) { group in
                for prefix in prefixes { group.filter(\.$industryCode =~ prefix) }
                if !handAdded.isEmpty { group.filter(\.$creditCode ~~ Array(Set(handAdded))) }
            }.sort(\.$creditCode).all()
        }
        let outputs = try await latestOutputs(of: firms.map(\.creditCode))
        let towns = try await OrganisationStore(db: db, county: county).towns()
        let townCodes = Dictionary(uniqueKeysWithValues: towns.compactMap { town in town.id.map { ($0, town.code) } })
        let coreFirms = firms.map { ChainFirm(creditCode: $0.creditCode, industryCode: $0.industryCode, outputWanYuan: outputs[$0.creditCode]?.output ?? 0) }
        let mapping = try ChainFirmMapping(chain: chain, firms: coreFirms, overrides: overrides)
        let byCode = Dictionary(uniqueKeysWithValues: firms.map { ($0.creditCode, $0) })
        var firmsByNode: [String: [NodeFirm]] = [:]
        for node in chain.nodes {
            firmsByNode[node.code] = mapping.firms(on: node.code).compactMap { firm in
                guard let enterprise = byCode[firm.creditCode] else { return nil }
                let byRule = enterprise.industryCode.map { code in node.industryCodes.contains { code.hasPrefix($0) } } ?? false
                return NodeFirm(creditCode: firm.creditCode, name: enterprise.name, townCode: enterprise.$town.id.flatMap { townCodes[$0] },
                                industryCode: enterprise.industryCode, outputWanYuan: outputs[firm.creditCode]?.output,
                                year: outputs[firm.creditCode]?.year, isDemo: enterprise.isDemo, byHand: !byRule)
            }
        }
        let projects = try await ProjectsStore(db: db, principal: principal).projects()
            .filter(\.$chainCode == chain.code).filter(\.$stage != ProjectStage.terminated.rawValue)
            .sort(\.$year, .descending).sort(\.$codename).all()
        var projectsByNode: [String: [NodeProject]] = [:]
        for project in projects {
            guard let id = project.id, let node = project.chainNode, chain.node(node) != nil else { continue }
            projectsByNode[node, default: []].append(NodeProject(id: id, name: project.shownName(to: principal), stage: project.currentStage,
                                                                 investmentYi: project.investmentYi, isDemo: project.isDemo))
        }
        let analysis = ChainGapAnalysis(chain: chain, mapping: mapping)
        return ChainMap(chain: chain, firmsByNode: firmsByNode, projectsByNode: projectsByNode, analysis: analysis,
                        strength: ChainNodeStrength.of(chain, analysis: analysis))
    }

    /// Each firm's output in the latest year the registry has one, 500 firms a query.
    func latestOutputs(of creditCodes: [String]) async throws -> [String: (year: Int, output: Double)] {
        guard let sql = db as? any SQLDatabase else { return [:] }
        struct Row: Decodable {
            var credit_code: String
            var year: Int
            var output_wan: Double
        }
        var found: [String: (year: Int, output: Double)] = [:]
        for chunk in creditCodes.chunked(500) {
            let rows = try await sql.select().column("credit_code").column("year").column(YearlyFigure.outputWan.column)
                .from(EnterpriseYearFigure.schema)
                .where("county_code", .equal, county)
                .where("credit_code", .in, Array(chunk))
                .where(SQLColumn(YearlyFigure.outputWan.column), .isNot, SQLLiteral.null)
                .all(decoding: Row.self)
            for row in rows where (found[row.credit_code]?.year ?? Int.min) < row.year {
                found[row.credit_code] = (row.year, row.output_wan)
            }
        }
        return found
    }
}

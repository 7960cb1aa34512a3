import BaiqiangCore
import BaiqiangHTML
import Foundation

/// The chain map as SVG: upstream, midstream and downstream as three columns, a circle per node
/// coloured by its strength and sized by its local output, its firm and project counts beside it,
/// and a line for each link.
enum ChainMapChart {
    static let width = 960.0
    static let rowHeight = 78.0
    static let top = 48.0
    static let smallest = 9.0
    static let largest = 26.0

    static func fill(_ strength: ChainNodeStrength?) -> String {
        switch strength {
        case .gap: "#c62828"
        case .thin: "#f9a825"
        case .solid: "#2e7d32"
        case nil: "#9e9e9e"
        }
    }

    static func svg(_ map: ChainsStore.ChainMap, _ context: PageContext) -> Node {
        let chain = map.chain
        let columns = ChainSegment.allCases
        let columnWidth = width / Double(columns.count)
        var places: [String: (x: Double, y: Double, r: Double)] = [:]
        let largestOutput = chain.nodes.map { map.output(of: $0.code) }.max() ?? 0
        for (column, segment) in columns.enumerated() {
            for (row, node) in chain.nodes.filter({ $0.segment == segment }).enumerated() {
                let share = largestOutput > 0 ? map.output(of: node.code) / largestOutput : 0
                let r = smallest + (largest - smallest) * share.squareRoot()
                places[node.code] = (columnWidth * Double(column) + 50, top + Double(row) * rowHeight + largest, r)
            }
        }
        let rows = columns.map { segment in chain.nodes.filter { $0.segment == segment }.count }.max() ?? 1
        let height = top + Double(rows) * rowHeight + 10
        var content: [Node] = []
        for (column, segment) in columns.enumerated() {
            content.append(.svgText(.class("axis"), .x(columnWidth * Double(column) + 24), .y(22), .text(context.t(segment.label))))
        }
        for edge in chain.edges {
            guard let from = places[edge.from], let to = places[edge.to] else { continue }
            content.append(.line(.class("edge"), .x1(from.x + from.r), .y1(from.y), .x2(to.x - to.r), .y2(to.y),
                                 .attribute(named: "stroke", value: "#90a4ae"), .attribute(named: "stroke-width", value: "1.5")))
        }
        for node in chain.nodes {
            guard let place = places[node.code] else { continue }
            content.append(nodeShape(node, place: place, map: map, context))
        }
        return .chart(class: "chart chain-map", width: width, height: height,
                      title: context.t("chains.map_title", ["name": context.t(chain.name)]), content)
    }

    static func nodeShape(_ node: ChainNode, place: (x: Double, y: Double, r: Double), map: ChainsStore.ChainMap,
                          _ context: PageContext) -> Node {
        let strength = map.strength[node.code]
        let firms = map.firmsByNode[node.code]?.count ?? 0
        let projects = map.projectsByNode[node.code]?.count ?? 0
        let counts = context.t("chains.node_counts", ["firms": String(firms), "projects": String(projects)])
        let name = context.t(node.name)
        let title = "\(name) · \(context.t(strength?.label ?? ChainNodeStrength.gap.label)) · \(counts) · \(ChainText.wan(map.output(of: node.code), context))"
        return .g(.class("node strength-\(strength?.rawValue ?? "gap")"),
            .circle(.attribute(named: "cx", value: SVGText.number(place.x)), .attribute(named: "cy", value: SVGText.number(place.y)),
                    .attribute(named: "r", value: SVGText.number(place.r)), .attribute(named: "fill", value: fill(strength)),
                    .svgTitle(title)),
            .svgText(.class("node-name"), .x(place.x + largest + 6), .y(place.y - 4), .text(name)),
            .svgText(.class("node-counts muted"), .x(place.x + largest + 6), .y(place.y + 14), .text(counts)))
    }
}

import Foundation
import Yams

/// Where in a chain file a refusal of the checked chain points: the line and column of the value
/// it is about, so a person fixing the file goes straight to it. (A file that does not parse or
/// decode is located by `YAMLProblem`, as every YAML file is.)
enum ChainFileLocator {
    /// The value a refusal of the checked chain is about.
    static func mark(of reason: ChainErrorReason, in root: Yams.Node) -> Mark? {
        let nodes = root["nodes"]?.sequence.map(Array.init) ?? []
        let edges = root["edges"]?.sequence.map(Array.init) ?? []
        switch reason {
        case .duplicateNode(let code):
            return nodes.filter { $0["code"]?.scalar?.string == code }.dropFirst().first?["code"]?.mark
        case .unknownNode(let code):
            let ends = edges.flatMap { edge in ["from", "to"].compactMap { edge[$0] } }
            return ends.first { $0.scalar?.string == code }?.mark
        case .cycle(let path):
            guard path.count >= 2 else { return nil }
            return edges.first { $0["from"]?.scalar?.string == path[0] && $0["to"]?.scalar?.string == path[1] }?.mark
        case .noNodes:
            return root["nodes"]?.mark ?? root.mark
        case .missingField(let field):
            return root[field]?.mark ?? root.mark
        case .badCode(let value):
            return firstScalar(in: root) { $0 == value }?.mark
        case .tooLong(_, let maximum):
            return firstScalar(in: root) { $0.unicodeScalars.count > maximum }?.mark
        case .shareOutOfRange:
            return root["gaps"]?.mark
        case .tooMany(let what, _):
            return what.en == "links" ? root["edges"]?.mark : root["nodes"]?.mark
        default:
            return nil
        }
    }

    /// The first scalar value, in the file's order, that `matches`.
    static func firstScalar(in node: Yams.Node, where matches: (String) -> Bool) -> Yams.Node? {
        if let scalar = node.scalar { return matches(scalar.string) ? node : nil }
        if let mapping = node.mapping {
            for (_, value) in mapping {
                if let found = firstScalar(in: value, where: matches) { return found }
            }
        }
        if let items = node.sequence {
            for item in items {
                if let found = firstScalar(in: item, where: matches) { return found }
            }
        }
        return nil
    }
}

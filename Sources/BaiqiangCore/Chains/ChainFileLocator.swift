import Foundation
import Yams

/// Where in a chain file a refusal points: the line and column of the value it is about, so a
/// person fixing the file goes straight to it.
enum ChainFileLocator {
    /// A parse or decoding failure as a chain refusal, located in `root` where it can be.
    static func error(_ error: any Error, in root: Yams.Node?, fileName: String? = nil) -> ChainError {
        switch error {
        case YamlError.scanner(_, let problem, let mark, _), YamlError.parser(_, let problem, let mark, _),
             YamlError.composer(_, let problem, let mark, _):
            return ChainError(.malformed(problem), file: fileName, line: mark.line, column: mark.column)
        case let decoding as DecodingError:
            var reason = ChainErrorReason.malformed(String(describing: decoding))
            var path: [any CodingKey] = []
            switch decoding {
            case .keyNotFound(let key, let context):
                reason = .missingField(field(context.codingPath + [key]))
                path = context.codingPath
            case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
                reason = .invalidValue(field(context.codingPath))
                path = context.codingPath
            @unknown default:
                break
            }
            let found: Mark? = root.flatMap { Self.mark(at: path, in: $0) }
            return ChainError(reason, file: fileName, line: found?.line, column: found?.column)
        default:
            return ChainError(.malformed(String(describing: error)), file: fileName)
        }
    }

    /// The field's name as the file writes it, without list positions (the line says which).
    static func field(_ path: [any CodingKey]) -> String {
        let names = path.filter { $0.intValue == nil }.map(\.stringValue)
        return names.isEmpty ? "(root)" : names.joined(separator: ".")
    }

    /// The deepest node of `path` the file has.
    static func mark(at path: [any CodingKey], in root: Yams.Node) -> Mark? {
        var node = root
        for key in path {
            if let index = key.intValue, let items = node.sequence.map(Array.init), items.indices.contains(index) {
                node = items[index]
            } else if let value = node.mapping?.first(where: { $0.key.scalar?.string == key.stringValue })?.value {
                node = value
            } else {
                break
            }
        }
        return node.mark
    }

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

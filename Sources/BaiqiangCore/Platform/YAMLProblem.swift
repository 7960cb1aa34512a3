import Yams

/// Why a YAML file (a method, a chain, a calendar…) could not be read, and where: the line and
/// column (1-based, as an editor shows them) and the reason in both languages, as the CSV
/// importers name row, column and reason. Parser messages of libyaml, which are English only,
/// are kept as a detail after a Chinese and English reason.
public struct YAMLProblem: Sendable, Equatable {
    public var line: Int?
    public var column: Int?
    /// The field the problem is about, as the file writes it (`groups.indicators`), if any.
    public var field: String?
    public var reason: BilingualText

    public init(line: Int? = nil, column: Int? = nil, field: String? = nil, reason: BilingualText) {
        self.line = line
        self.column = column
        self.field = field
        self.reason = reason
    }

    /// "第 3 行第 5 列：…" / "line 3, column 5: …", or the reason alone when the place is unknown.
    public var message: BilingualText {
        guard let line else { return reason }
        let zhPlace = "第 \(line) 行" + (column.map { "第 \($0) 列" } ?? "")
        let enPlace = "line \(line)" + (column.map { ", column \($0)" } ?? "")
        return BilingualText(zh: "\(zhPlace)：\(reason.zh)", en: "\(enPlace): \(reason.en)")
    }

    /// The problem `error` (thrown while decoding `yaml`) describes, located in the file.
    public static func from(_ error: any Error, yaml: String) -> YAMLProblem {
        switch error {
        case YamlError.scanner(_, let problem, let mark, _), YamlError.parser(_, let problem, let mark, _),
             YamlError.composer(_, let problem, let mark, _):
            return YAMLProblem(line: mark.line, column: mark.column, reason: BilingualText(
                zh: "YAML 格式错误（\(problem)）", en: "YAML syntax error: \(problem)"))
        case YamlError.duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.joined(separator: ", ")
            return YAMLProblem(line: context.mark.line, column: context.mark.column, reason: BilingualText(
                zh: "键重复：\(keys)", en: "the key appears twice: \(keys)"))
        case DecodingError.dataCorrupted(let context) where context.underlyingError != nil:
            // YAMLDecoder hands on the parser's own error inside a decoding error.
            return from(context.underlyingError!, yaml: yaml)
        case let decoding as DecodingError:
            let root = try? Yams.compose(yaml: yaml)
            let path: [any CodingKey]
            let field: String
            let reason: BilingualText
            switch decoding {
            case .keyNotFound(let key, let context):
                path = context.codingPath
                field = name(context.codingPath + [key])
                reason = BilingualText(zh: "缺少字段“\(field)”", en: "the field '\(field)' is missing")
            case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
                path = context.codingPath
                field = name(context.codingPath)
                if context.codingPath.isEmpty {
                    reason = BilingualText(zh: "不是有效的 YAML 文件", en: "this is not a valid YAML file")
                } else if case .dataCorrupted = decoding, !context.debugDescription.isEmpty {
                    // A file's own check says why (e.g. what the benchmark may be), in English only.
                    reason = BilingualText(zh: "字段“\(field)”的值无效（\(context.debugDescription)）",
                                           en: "the value of '\(field)' is not valid: \(context.debugDescription)")
                } else {
                    reason = BilingualText(zh: "字段“\(field)”的值无效", en: "the value of '\(field)' is not valid")
                }
            @unknown default:
                return YAMLProblem(reason: BilingualText(zh: "无法读取：\(error)", en: "cannot be read: \(error)"))
            }
            let found = root.flatMap { mark(at: path, in: $0) }
            return YAMLProblem(line: found?.line, column: found?.column, field: field, reason: reason)
        default:
            return YAMLProblem(reason: BilingualText(zh: "无法读取：\(error)", en: "cannot be read: \(error)"))
        }
    }

    /// A field's name as the file writes it, without list positions (the line says which).
    static func name(_ path: [any CodingKey]) -> String {
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
}

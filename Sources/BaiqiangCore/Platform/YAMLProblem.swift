import Yams

/// Why a YAML file (a method, a chain, a calendar…) could not be read, and where: the line and
/// column (1-based, as an editor shows them) and the reason in both languages, as the CSV
/// importers name row, column and reason. Parser messages of libyaml, which are English only,
/// are kept as a detail after a Chinese and English reason.
public struct YAMLProblem: Sendable, Equatable {
    /// What kind of problem, so a file's own reasons (a chain's missing field) can keep their names.
    public enum Kind: Sendable, Equatable {
        /// Not YAML: the parser stopped.
        case syntax
        case duplicateKey
        case missingField
        /// A value of the wrong kind or shape, or one the file's rules do not allow.
        case invalidValue
        /// Anything else (an unreadable file, an unexpected error).
        case other
    }

    public var kind: Kind
    public var line: Int?
    public var column: Int?
    /// The field the problem is about, as the file writes it (`groups.indicators`), if any.
    public var field: String?
    public var reason: BilingualText

    public init(_ kind: Kind = .other, line: Int? = nil, column: Int? = nil, field: String? = nil, reason: BilingualText) {
        self.kind = kind
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

    /// A problem with the value at `node` (a list where a mapping belongs, a number that is not one),
    /// found by a reader that walks the composed file itself.
    public static func at(_ node: Yams.Node?, field: String?, _ kind: Kind = .invalidValue, reason: BilingualText) -> YAMLProblem {
        YAMLProblem(kind, line: node?.mark?.line, column: node?.mark?.column, field: field, reason: reason)
    }

    /// The file holds nothing.
    public static let empty = YAMLProblem(.syntax, line: 1, column: 1, reason: BilingualText(zh: "文件为空", en: "the file is empty"))

    /// The problem `error` (thrown while decoding `yaml`) describes, located in the file.
    /// - Parameter root: the file already composed, when the caller has it; else `yaml` is composed
    ///   again to find the line of a decoding error. An empty `yaml` (JSON input) gives no line.
    public static func from(_ error: any Error, yaml: String, root: Yams.Node? = nil) -> YAMLProblem {
        switch error {
        case YamlError.scanner(_, let problem, let mark, _), YamlError.parser(_, let problem, let mark, _),
             YamlError.composer(_, let problem, let mark, _):
            return YAMLProblem(.syntax, line: mark.line, column: mark.column, reason: BilingualText(
                zh: "YAML 格式错误（\(problem)）", en: "YAML syntax error: \(problem)"))
        case YamlError.duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.joined(separator: ", ")
            return YAMLProblem(.duplicateKey, line: context.mark.line, column: context.mark.column, reason: BilingualText(
                zh: "键重复：\(keys)", en: "the key appears twice: \(keys)"))
        case DecodingError.dataCorrupted(let context) where context.underlyingError != nil:
            // YAMLDecoder hands on the parser's own error inside a decoding error.
            return from(context.underlyingError!, yaml: yaml, root: root)
        case let decoding as DecodingError:
            let root = root ?? (yaml.isEmpty ? nil : try? Yams.compose(yaml: yaml))
            let path: [any CodingKey]
            let field: String
            let reason: BilingualText
            var kind = Kind.invalidValue
            switch decoding {
            case .keyNotFound(let key, let context):
                path = context.codingPath
                field = name(context.codingPath + [key])
                kind = .missingField
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
            return YAMLProblem(kind, line: found?.line, column: found?.column, field: field, reason: reason)
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

/// A data file's reasons that include "the YAML does not read or has the wrong shape", so every
/// YAML file is refused the same way: `YAMLProblem`'s bilingual reason, line and column.
public protocol YAMLFileReason: DataFileReason {
    static func malformedYAML(_ problem: YAMLProblem) -> Self
    /// The file's own reason for a problem, when it has a more particular one (a chain's missing
    /// field); by default the problem itself.
    static func reason(for problem: YAMLProblem) -> Self
}

extension YAMLFileReason {
    public static func reason(for problem: YAMLProblem) -> Self { malformedYAML(problem) }
}

extension DataFileError where R: YAMLFileReason {
    /// The refusal of a file that did not parse or decode (`error`), located in the file.
    public init(yaml error: any Error, in text: String, root: Yams.Node? = nil, file: String? = nil) {
        self.init(problem: YAMLProblem.from(error, yaml: text, root: root), file: file)
    }

    /// The refusal for `problem`, at its line and column.
    public init(problem: YAMLProblem, file: String? = nil) {
        self.init(R.reason(for: problem), file: file, line: problem.line, column: problem.column)
    }
}

extension YAMLProblem {
    /// The problem's reason with the field it is about, for a file's own message to follow
    /// ("the chain file is not valid: …").
    public var detail: BilingualText {
        guard let field, !reason.zh.contains(field) else { return reason }
        return BilingualText(zh: "字段“\(field)”：\(reason.zh)", en: "'\(field)': \(reason.en)")
    }
}

extension YAMLProblem {
    /// The kinds of value a file's reader expects where it found something else.
    public enum Shape: Sendable {
        case mapping, list, wholeNumber

        var name: BilingualText {
            switch self {
            case .mapping: BilingualText(zh: "键值映射", en: "a mapping")
            case .list: BilingualText(zh: "列表", en: "a list")
            case .wholeNumber: BilingualText(zh: "整数", en: "a whole number")
            }
        }
    }

    /// `field` (nil: the whole file) at `node` is not the `shape` the file needs there.
    public static func expected(_ shape: Shape, at node: Yams.Node?, field: String?) -> YAMLProblem {
        let reason = field.map { BilingualText(zh: "字段“\($0)”应为\(shape.name.zh)", en: "'\($0)' must be \(shape.name.en)") }
            ?? BilingualText(zh: "文件顶层应为\(shape.name.zh)", en: "the top of the file must be \(shape.name.en)")
        return .at(node, field: field, .invalidValue, reason: reason)
    }

    /// A file that could not be read at all (not UTF-8, missing).
    public static func unreadable(_ error: any Error) -> YAMLProblem {
        YAMLProblem(.other, reason: BilingualText(zh: "无法读取文件（\(error)）", en: "the file cannot be read: \(error)"))
    }
}

/// Why a chain was refused; nothing is kept.
public typealias ChainError = DataFileError<ChainErrorReason>

public enum ChainErrorReason: YAMLFileReason {
    case malformed(String)
    /// The file does not parse, or a value has the wrong shape.
    case malformedYAML(YAMLProblem)
    case missingField(String)
    /// A field holds a value of the wrong kind, or one not allowed (a segment other than up-,
    /// mid- or downstream).
    case invalidValue(String)
    case noNodes
    case duplicateNode(String)
    /// An edge, override or project names a node the chain does not have.
    case unknownNode(String)
    /// The edges go round in a circle, and the chain does not allow it.
    case cycle([String])
    case shareOutOfRange(Double)
    /// A code that would not survive a web address: letters, digits and `-` only.
    case badCode(String)
    case tooLong(field: String, maximum: Int)
    case tooMany(what: BilingualText, maximum: Int)
    /// A lead asked for a node that is not that kind of gap (any more).
    case notAGap(String)
    /// An edit would drop a node a project still sits on.
    case nodeInUse(String)
    /// An edit of one chain carries another chain's code.
    case codeChanged(from: String, to: String)
    /// The file is larger than a chain file may be.
    case fileTooLarge(maximumBytes: Int)
    /// A new chain carries the code of a chain already kept (the form makes chains, it does not
    /// replace them).
    case codeTaken(String)
    /// A lead department that is not one of the county's departments.
    case unknownDepartment(String)
    /// A chain code that is a word the addresses under `/chains` use for a page of their own
    /// (`/chains/new`): the chain's page could never be reached.
    case reservedCode(String)

    /// A missing field or a wrong value keeps the chain's own reason, which names the field.
    public static func reason(for problem: YAMLProblem) -> ChainErrorReason {
        switch (problem.kind, problem.field) {
        case (.missingField, let field?): .missingField(field)
        case (.invalidValue, let field?): .invalidValue(field)
        default: .malformedYAML(problem)
        }
    }

    public var text: BilingualText {
        switch self {
        case .malformedYAML(let problem):
            BilingualText(zh: "产业链文件格式不正确：\(problem.detail.zh)", en: "The chain file is not valid: \(problem.detail.en)")
        case .malformed(let detail):
            BilingualText(zh: "产业链文件格式不正确：\(detail)", en: "The chain file is not valid: \(detail)")
        case .missingField(let field):
            BilingualText(zh: "缺少字段 “\(field)”", en: "The field “\(field)” is missing")
        case .invalidValue(let field):
            BilingualText(zh: "字段 “\(field)” 的值不正确", en: "The field “\(field)” has a value that is not allowed")
        case .noNodes:
            BilingualText(zh: "产业链没有任何节点", en: "The chain has no nodes")
        case .duplicateNode(let code):
            BilingualText(zh: "节点编码 “\(code)” 重复", en: "The node code “\(code)” appears twice")
        case .unknownNode(let code):
            BilingualText(zh: "未知的产业链节点 “\(code)”", en: "Unknown chain node “\(code)”")
        case .cycle(let path):
            BilingualText(zh: "产业链关系形成循环：\(path.joined(separator: " → "))",
                          en: "The chain's links go round in a circle: \(path.joined(separator: " → "))")
        case .shareOutOfRange(let share):
            BilingualText(zh: "强链阈值 \(share) 必须在 0 到 1 之间", en: "The strengthening threshold \(share) must lie between 0 and 1")
        case .badCode(let code):
            BilingualText(zh: "编码 “\(code)” 只能由字母、数字和 - 组成", en: "The code “\(code)” may hold only letters, digits and -")
        case .tooLong(let field, let maximum):
            BilingualText(zh: "字段 “\(field)” 超过 \(maximum) 个字符", en: "The field “\(field)” is longer than \(maximum) characters")
        case .nodeInUse(let code):
            BilingualText(zh: "节点 “\(code)” 上还有招商项目，不能删除", en: "The node “\(code)” still has projects on it and cannot be dropped")
        case .codeChanged(let from, let to):
            BilingualText(zh: "编码须保持为 “\(from)”，文件中为 “\(to)”", en: "The code must stay “\(from)”; the file says “\(to)”")
        case .fileTooLarge(let maximum):
            BilingualText(zh: "产业链文件超过 \(maximum / 1024) KB", en: "The chain file is larger than \(maximum / 1024) KB")
        case .codeTaken(let code):
            BilingualText(zh: "已有编码为 “\(code)” 的产业链", en: "A chain with the code “\(code)” already exists")
        case .reservedCode(let code):
            BilingualText(zh: "编码 “\(code)” 是系统保留字（\(ChainLimits.reservedCodes.sorted().joined(separator: "、"))），请换一个",
                          en: "The code “\(code)” is reserved (\(ChainLimits.reservedCodes.sorted().joined(separator: ", "))); choose another")
        case .unknownDepartment(let code):
            BilingualText(zh: "“\(code)” 不是本县（市、区）的部门", en: "“\(code)” is not a department of this county")
        case .notAGap(let code):
            BilingualText(zh: "节点 “\(code)” 不是这一类缺口", en: "The node “\(code)” is not that kind of gap")
        case .tooMany(let what, let maximum):
            BilingualText(zh: "\(what.zh)超过 \(maximum) 个", en: "More than \(maximum) \(what.en)")
        }
    }
}

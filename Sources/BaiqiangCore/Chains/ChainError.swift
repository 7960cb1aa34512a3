/// Why a chain was refused; nothing is kept.
public typealias ChainError = DataFileError<ChainErrorReason>

public enum ChainErrorReason: DataFileReason {
    case malformed(String)
    case missingField(String)
    case noNodes
    case duplicateNode(String)
    /// An edge, override or project names a node the chain does not have.
    case unknownNode(String)
    /// The edges go round in a circle, and the chain does not allow it.
    case cycle([String])
    case shareOutOfRange(Double)

    public var text: BilingualText {
        switch self {
        case .malformed(let detail):
            BilingualText(zh: "产业链文件格式不正确：\(detail)", en: "The chain file is not valid: \(detail)")
        case .missingField(let field):
            BilingualText(zh: "缺少字段 “\(field)”", en: "The field “\(field)” is missing")
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
        }
    }
}

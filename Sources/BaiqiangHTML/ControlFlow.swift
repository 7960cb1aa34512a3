public extension Node {
    static func group(_ nodes: Node...) -> Node { Node(.group(nodes)) }
    static func group(_ nodes: [Node]) -> Node { Node(.group(nodes)) }

    static func `if`(_ condition: Bool, _ node: Node, else otherwise: Node? = nil) -> Node {
        condition ? node : (otherwise ?? .empty)
    }

    static func unwrap<T>(_ optional: T?, _ transform: (T) throws -> Node, else otherwise: Node? = nil) rethrows -> Node {
        guard let value = optional else { return otherwise ?? .empty }
        return try transform(value)
    }

    static func forEach<S: Sequence>(_ sequence: S, _ transform: (S.Element) throws -> Node) rethrows -> Node {
        Node(.group(try sequence.map(transform)))
    }
}

/// A piece of an HTML (or inline SVG) document: an element, text, an attribute of the enclosing
/// element, or a group of those. Pages are built from these values only, and rendering escapes
/// every text and every attribute value, so no page can emit markup it was handed as a string.
/// There is deliberately no way to insert raw markup: the one kind of markup a node can carry
/// whole is `RenderedHTML`, which only this renderer makes.
public struct Node: Sendable {
    indirect enum Content: Sendable {
        case element(Element)
        case text(String)
        case attribute(Attribute)
        case group([Node])
        case rendered(RenderedHTML)
    }

    let content: Content

    init(_ content: Content) {
        self.content = content
    }
}

/// An element's name, fixed in source: element names never come from data.
struct Element: Sendable {
    let name: String
    let attributes: [Attribute]
    let children: [Node]

    static let refused: Set<String> = ["script", "style", "iframe", "object", "embed", "frame", "frameset", "base"]

    /// Elements that take no closing tag.
    static let void: Set<String> = ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]
}

/// An attribute; its name is fixed in source, its value is data and is escaped when rendered.
struct Attribute: Sendable {
    let name: String
    /// nil for a boolean attribute written by name alone (`selected`, `required`).
    let value: String?
    /// Event handlers (`on…`) would run script and inline styles are refused by the CSP, so
    /// neither can be written.
    static func isAllowed(_ name: String) -> Bool {
        let lower = name.lowercased()
        return !lower.hasPrefix("on") && lower != "style" && lower != "srcdoc"
    }

    /// Class names accumulate; any other attribute replaces an earlier one of the same name.
    var accumulates: Bool { name == "class" }
}

public extension Node {
    /// Text content; `<`, `&` and quotes come out as entities.
    static func text(_ text: String) -> Node {
        Node(.text(text))
    }

    /// An element by name: for the few elements this vocabulary does not name.
    static func element(named name: StaticString, _ nodes: Node...) -> Node {
        element(name.description, nodes)
    }

    /// An element by name holding only text.
    static func element(named name: StaticString, text: String) -> Node {
        element(name.description, [.text(text)])
    }

    /// An element by name, with its attributes and children as a list.
    static func element(named name: StaticString, nodes: [Node]) -> Node {
        element(name.description, nodes)
    }

    /// An attribute by name: for the few attributes this vocabulary does not name. A `nil`
    /// value leaves the attribute out.
    static func attribute(named name: StaticString, value: String?) -> Node {
        guard let value, Attribute.isAllowed(name.description) else { return .empty }
        return Node(.attribute(Attribute(name: name.description, value: value)))
    }

    /// A boolean attribute written by name alone.
    static func attribute(named name: StaticString) -> Node {
        guard Attribute.isAllowed(name.description) else { return .empty }
        return Node(.attribute(Attribute(name: name.description, value: nil)))
    }

    /// Nothing at all.
    static var empty: Node { Node(.group([])) }

    internal static func element(_ name: String, _ nodes: [Node]) -> Node {
        // Script and style can only come from the site's own files (the CSP says so too), and
        // embedded content is never wanted: such an element renders as nothing.
        guard !Element.refused.contains(name) else { return .empty }
        var attributes: [Attribute] = []
        var children: [Node] = []
        sort(nodes, into: &attributes, &children)
        return Node(.element(Element(name: name, attributes: attributes, children: children)))
    }

    internal static func attribute(_ name: String, _ value: String) -> Node {
        Node(.attribute(Attribute(name: name, value: value)))
    }

    /// Attributes anywhere in `nodes` (also inside groups, as `.if` and `.unwrap` make) belong
    /// to the element; everything else is its content.
    private static func sort(_ nodes: [Node], into attributes: inout [Attribute], _ children: inout [Node]) {
        for node in nodes {
            switch node.content {
            case .attribute(let attribute):
                if attribute.accumulates, let index = attributes.firstIndex(where: { $0.name == attribute.name }) {
                    let joined = [attributes[index].value, attribute.value].compactMap { $0 }.filter { !$0.isEmpty }
                    attributes[index] = Attribute(name: attribute.name, value: joined.joined(separator: " "))
                } else if let index = attributes.firstIndex(where: { $0.name == attribute.name }) {
                    attributes[index] = attribute
                } else {
                    attributes.append(attribute)
                }
            case .group(let group):
                sort(group, into: &attributes, &children)
            case .element, .text, .rendered:
                children.append(node)
            }
        }
    }
}

extension Node: ExpressibleByStringInterpolation {
    /// A string literal or interpolation in place of a node is text, escaped like any other.
    public init(stringLiteral value: String) {
        self.init(.text(value))
    }
}

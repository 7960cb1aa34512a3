/// A whole HTML document: `HTML(.lang(.chinese), .head(…), .body(…))`.
public struct HTML: Sendable {
    let root: Node

    public init(_ nodes: Node...) {
        root = .element("html", nodes)
    }

    public func render() -> String {
        var out = "<!DOCTYPE html>"
        root.render(into: &out)
        return out
    }
}

/// The document languages the site is written in.
public enum DocumentLanguage: String, Sendable {
    case chinese = "zh-Hans"
    case english = "en"
}

public extension Node {
    static func lang(_ language: DocumentLanguage) -> Node { .attribute("lang", language.rawValue) }
    static func head(_ nodes: Node...) -> Node { .element("head", nodes) }
    static func body(_ nodes: Node...) -> Node { .element("body", nodes) }
    /// The document's title (in `head`).
    static func title(_ text: String) -> Node { .element("title", [.text(text)]) }
    static func meta(_ nodes: Node...) -> Node { .element("meta", nodes) }
    static func link(_ nodes: Node...) -> Node { .element("link", nodes) }
    static func charset(_ encoding: DocumentEncoding) -> Node { .attribute("charset", encoding.rawValue) }
    static func content(_ value: String) -> Node { .attribute("content", value) }
    static func rel(_ relation: LinkRelation) -> Node { .attribute("rel", relation.rawValue) }
    static func httpEquiv(_ value: String) -> Node { .attribute("http-equiv", value) }
}

public enum DocumentEncoding: String, Sendable {
    case utf8 = "UTF-8"
}

public enum LinkRelation: String, Sendable {
    case stylesheet, icon, alternate
}

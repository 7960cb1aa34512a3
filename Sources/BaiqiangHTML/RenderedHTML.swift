/// Markup this renderer wrote, kept to be written again unchanged: a part of a page that costs
/// much to build and is the same for many requests (the plan's target cards between two writes
/// to the data they show). Only `Node.rendered()` makes one, from nodes, so it holds nothing the
/// renderer did not escape; there is still no way to turn a string into markup.
public struct RenderedHTML: Sendable, Hashable {
    let markup: String

    /// Its size in bytes, for a cache to bound what it keeps.
    public var byteCount: Int { markup.utf8.count }
}

public extension Node {
    /// The node's content rendered once, to be placed again with `Node.rendered(_:)`. Attributes
    /// at its top level belong to no element here and are left out, as `render()` leaves them.
    func rendered() -> RenderedHTML {
        RenderedHTML(markup: render())
    }

    /// Markup rendered earlier, written as it was.
    static func rendered(_ html: RenderedHTML) -> Node {
        Node(.rendered(html))
    }
}

/// A whole document this renderer wrote, kept to be sent again unchanged: a page that is the
/// same for everyone who may see it between two writes to the data it shows (the big screen).
/// Only `HTML.rendered()` makes one, so it holds nothing the renderer did not escape.
public struct RenderedDocument: Sendable, Hashable {
    /// The document's markup, as `HTML.render()` wrote it: to be sent, not placed in a node.
    public let text: String

    /// Its size in bytes, for a cache to bound what it keeps.
    public var byteCount: Int { text.utf8.count }
}

public extension HTML {
    /// The document rendered once, to be sent again unchanged.
    func rendered() -> RenderedDocument {
        RenderedDocument(text: render())
    }
}

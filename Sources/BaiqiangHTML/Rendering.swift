extension Node {
    /// The node as markup, every text and attribute value escaped.
    public func render() -> String {
        var out = ""
        render(into: &out)
        return out
    }

    func render(into out: inout String) {
        switch content {
        case .text(let text):
            Escaping.escape(text, into: &out)
        case .group(let nodes):
            for node in nodes { node.render(into: &out) }
        case .attribute:
            // An attribute outside any element has nothing to attach to.
            break
        case .rendered(let html):
            out += html.markup
        case .element(let element):
            out += "<" + element.name
            for attribute in element.attributes {
                out += " " + attribute.name
                guard let value = attribute.value else { continue }
                let shown = Escaping.urlAttributes.contains(attribute.name) ? Escaping.safeURL(value) : value
                out += "=\""
                Escaping.escape(shown, into: &out)
                out += "\""
            }
            out += ">"
            guard !Element.void.contains(element.name) else { return }
            for child in element.children { child.render(into: &out) }
            out += "</" + element.name + ">"
        }
    }
}

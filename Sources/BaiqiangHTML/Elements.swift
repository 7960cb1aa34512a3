/// The HTML elements pages use, each taking its attributes and children in one list.
public extension Node {
    static func header(_ nodes: Node...) -> Node { .element("header", nodes) }
    static func footer(_ nodes: Node...) -> Node { .element("footer", nodes) }
    static func main(_ nodes: Node...) -> Node { .element("main", nodes) }
    static func nav(_ nodes: Node...) -> Node { .element("nav", nodes) }
    static func section(_ nodes: Node...) -> Node { .element("section", nodes) }
    static func article(_ nodes: Node...) -> Node { .element("article", nodes) }
    static func aside(_ nodes: Node...) -> Node { .element("aside", nodes) }
    static func div(_ nodes: Node...) -> Node { .element("div", nodes) }
    static func span(_ nodes: Node...) -> Node { .element("span", nodes) }
    static func p(_ nodes: Node...) -> Node { .element("p", nodes) }
    static func a(_ nodes: Node...) -> Node { .element("a", nodes) }
    static func h1(_ nodes: Node...) -> Node { .element("h1", nodes) }
    static func h2(_ nodes: Node...) -> Node { .element("h2", nodes) }
    static func h3(_ nodes: Node...) -> Node { .element("h3", nodes) }
    static func h4(_ nodes: Node...) -> Node { .element("h4", nodes) }
    static func h5(_ nodes: Node...) -> Node { .element("h5", nodes) }
    static func h6(_ nodes: Node...) -> Node { .element("h6", nodes) }
    static func ul(_ nodes: Node...) -> Node { .element("ul", nodes) }
    static func ol(_ nodes: Node...) -> Node { .element("ol", nodes) }
    static func li(_ nodes: Node...) -> Node { .element("li", nodes) }
    static func dl(_ nodes: Node...) -> Node { .element("dl", nodes) }
    static func dt(_ nodes: Node...) -> Node { .element("dt", nodes) }
    static func dd(_ nodes: Node...) -> Node { .element("dd", nodes) }
    /// A table inside a box of its own that scrolls sideways: a wide table on a phone scrolls
    /// there instead of making the whole page wider than the screen.
    static func table(_ nodes: Node...) -> Node {
        .element("div", [.attribute("class", "table-scroll"), .element("table", nodes)])
    }
    static func thead(_ nodes: Node...) -> Node { .element("thead", nodes) }
    static func tbody(_ nodes: Node...) -> Node { .element("tbody", nodes) }
    static func tfoot(_ nodes: Node...) -> Node { .element("tfoot", nodes) }
    static func tr(_ nodes: Node...) -> Node { .element("tr", nodes) }
    static func th(_ nodes: Node...) -> Node { .element("th", nodes) }
    static func td(_ nodes: Node...) -> Node { .element("td", nodes) }
    static func caption(_ nodes: Node...) -> Node { .element("caption", nodes) }
    static func colgroup(_ nodes: Node...) -> Node { .element("colgroup", nodes) }
    static func col(_ nodes: Node...) -> Node { .element("col", nodes) }
    static func form(_ nodes: Node...) -> Node { .element("form", nodes) }
    static func input(_ nodes: Node...) -> Node { .element("input", nodes) }
    static func button(_ nodes: Node...) -> Node { .element("button", nodes) }
    static func select(_ nodes: Node...) -> Node { .element("select", nodes) }
    static func option(_ nodes: Node...) -> Node { .element("option", nodes) }
    static func optgroup(_ nodes: Node...) -> Node { .element("optgroup", nodes) }
    static func textarea(_ nodes: Node...) -> Node { .element("textarea", nodes) }
    static func label(_ nodes: Node...) -> Node { .element("label", nodes) }
    static func fieldset(_ nodes: Node...) -> Node { .element("fieldset", nodes) }
    static func legend(_ nodes: Node...) -> Node { .element("legend", nodes) }
    static func details(_ nodes: Node...) -> Node { .element("details", nodes) }
    static func summary(_ nodes: Node...) -> Node { .element("summary", nodes) }
    static func strong(_ nodes: Node...) -> Node { .element("strong", nodes) }
    static func em(_ nodes: Node...) -> Node { .element("em", nodes) }
    static func small(_ nodes: Node...) -> Node { .element("small", nodes) }
    static func code(_ nodes: Node...) -> Node { .element("code", nodes) }
    static func pre(_ nodes: Node...) -> Node { .element("pre", nodes) }
    static func time(_ nodes: Node...) -> Node { .element("time", nodes) }
    static func br(_ nodes: Node...) -> Node { .element("br", nodes) }
    static func hr(_ nodes: Node...) -> Node { .element("hr", nodes) }
    static func img(_ nodes: Node...) -> Node { .element("img", nodes) }
    static func figure(_ nodes: Node...) -> Node { .element("figure", nodes) }
    static func figcaption(_ nodes: Node...) -> Node { .element("figcaption", nodes) }
    static func abbr(_ nodes: Node...) -> Node { .element("abbr", nodes) }
    static func mark(_ nodes: Node...) -> Node { .element("mark", nodes) }
    static func progress(_ nodes: Node...) -> Node { .element("progress", nodes) }
    static func meter(_ nodes: Node...) -> Node { .element("meter", nodes) }
    static func output(_ nodes: Node...) -> Node { .element("output", nodes) }
    static func b(_ nodes: Node...) -> Node { .element("b", nodes) }
    static func i(_ nodes: Node...) -> Node { .element("i", nodes) }
    static func sup(_ nodes: Node...) -> Node { .element("sup", nodes) }
    static func sub(_ nodes: Node...) -> Node { .element("sub", nodes) }
    static func blockquote(_ nodes: Node...) -> Node { .element("blockquote", nodes) }
    static func kbd(_ nodes: Node...) -> Node { .element("kbd", nodes) }
}

/// SVG drawn on the server for charts: the same nodes, the same escaping.
public extension Node {
    static func svg(_ nodes: Node...) -> Node { .element("svg", nodes) }
    static func g(_ nodes: Node...) -> Node { .element("g", nodes) }
    static func rect(_ nodes: Node...) -> Node { .element("rect", nodes) }
    static func line(_ nodes: Node...) -> Node { .element("line", nodes) }
    static func polyline(_ nodes: Node...) -> Node { .element("polyline", nodes) }
    static func polygon(_ nodes: Node...) -> Node { .element("polygon", nodes) }
    static func circle(_ nodes: Node...) -> Node { .element("circle", nodes) }
    static func path(_ nodes: Node...) -> Node { .element("path", nodes) }
    /// SVG `<text>`.
    static func svgText(_ nodes: Node...) -> Node { .element("text", nodes) }
    /// An SVG `<title>`: the tooltip of the shape it is in.
    static func svgTitle(_ text: String) -> Node { .element("title", [.text(text)]) }
}

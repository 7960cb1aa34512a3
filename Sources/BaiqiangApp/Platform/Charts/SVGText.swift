import BaiqiangHTML

/// Numbers and attributes for charts drawn as SVG nodes.
enum SVGText {
    /// A number for an SVG attribute: two decimals, no exponent.
    static func number(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}

extension Node {
    /// Geometry attributes of chart shapes, written from numbers.
    static func x(_ value: Double) -> Node { .attribute(named: "x", value: SVGText.number(value)) }
    static func y(_ value: Double) -> Node { .attribute(named: "y", value: SVGText.number(value)) }
    static func x1(_ value: Double) -> Node { .attribute(named: "x1", value: SVGText.number(value)) }
    static func x2(_ value: Double) -> Node { .attribute(named: "x2", value: SVGText.number(value)) }
    static func y1(_ value: Double) -> Node { .attribute(named: "y1", value: SVGText.number(value)) }
    static func y2(_ value: Double) -> Node { .attribute(named: "y2", value: SVGText.number(value)) }
    static func width(_ value: Double) -> Node { .attribute(named: "width", value: SVGText.number(value)) }
    static func height(_ value: Double) -> Node { .attribute(named: "height", value: SVGText.number(value)) }
    static func textAnchor(_ anchor: String) -> Node { .attribute(named: "text-anchor", value: anchor) }
    static func middleBaseline() -> Node { .attribute(named: "dominant-baseline", value: "middle") }

    /// The outer `<svg>` of a chart with its accessible title.
    static func chart(class names: String, width: Double, height: Double, title: String, _ content: [Node]) -> Node {
        .svg(.class(names), .attribute(named: "viewBox", value: "0 0 \(Int(width)) \(Int(height))"),
             .role("img"), .attribute(named: "xmlns", value: "http://www.w3.org/2000/svg"),
             .svgTitle(title), .group(content))
    }
}

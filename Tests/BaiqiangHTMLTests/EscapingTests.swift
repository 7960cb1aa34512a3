import BaiqiangHTML
import Testing

/// Whatever a value holds, it comes out as text: never as markup, never as a new attribute,
/// never as a script URL.
struct EscapingTests {
    static let hostile = #""'><script>x</script>&"#

    @Test func textIsEscaped() {
        let html = Node.p(.text(Self.hostile)).render()
        #expect(html == "<p>&quot;&#39;&gt;&lt;script&gt;x&lt;/script&gt;&amp;</p>")
    }

    @Test func stringLiteralNodesAreText() {
        let value = Self.hostile
        let html = Node.span("\(value)").render()
        #expect(!html.contains("<script"))
    }

    @Test func everyAttributeValueIsEscaped() {
        let v = Self.hostile
        let nodes: [Node] = [
            .class(v), .id(v), .name(v), .value(v), .placeholder(v), .for(v), .min(v), .max(v), .step(v),
            .datetime(v), .role(v), .ariaLabel(v), .alt(v), .attribute(named: "data-x", value: v),
        ]
        for node in nodes {
            let html = Node.input(node).render()
            #expect(!html.contains("<script"), "\(html)")
            // One attribute, quoted once: the value cannot close it and start another.
            #expect(html.filter { $0 == "\"" }.count == 2, "\(html)")
        }
    }

    @Test(arguments: ["javascript:alert(1)", " JavaScript:alert(1)", "java\tscript:alert(1)", "java\nscript:x",
                      "data:text/html,<script>x</script>", "vbscript:x", "\u{1}javascript:x"])
    func scriptURLsAreRefused(_ url: String) {
        for node in [Node.a(.href(url)), .form(.action(url)), .img(.src(url))] {
            let html = node.render()
            #expect(!html.lowercased().contains("script:"), "\(html)")
            #expect(!html.lowercased().contains("data:"), "\(html)")
        }
    }

    @Test(arguments: ["/enterprises?q=a&b=c", "https://example.org/x", "mailto:a@b.cn", "#top", "relative/path", "/a:b"])
    func ordinaryURLsAreKept(_ url: String) {
        var escaped = ""
        for scalar in url.unicodeScalars { escaped += scalar == "&" ? "&amp;" : String(scalar) }
        #expect(Node.a(.href(url)).render() == "<a href=\"\(escaped)\"></a>")
    }

    @Test func scriptAndStyleElementsAndHandlersCannotBeWritten() {
        let html = Node.div(
            .element(named: "script", .text("alert(1)")),
            .element(named: "style", .text("body{}")),
            .attribute(named: "onclick", value: "alert(1)"),
            .attribute(named: "OnMouseOver", value: "alert(1)"),
            .attribute(named: "style", value: "background:url(x)")
        ).render()
        #expect(html == "<div></div>")
    }

    @Test func classesAccumulateOtherAttributesReplace() {
        let html = Node.a(.class("a"), .href("/1"), .if(true, .class("active")), .href("/2")).render()
        #expect(html == "<a class=\"a active\" href=\"/2\"></a>")
    }

    @Test func voidElementsHaveNoClosingTag() {
        #expect(Node.input(.type(.text), .required(true)).render() == "<input type=\"text\" required>")
    }

    @Test func documentStartsWithDoctype() {
        let html = HTML(.lang(.chinese), .head(.title("t<")), .body(.p("x"))).render()
        #expect(html == "<!DOCTYPE html><html lang=\"zh-Hans\"><head><title>t&lt;</title></head><body><p>x</p></body></html>")
    }
}

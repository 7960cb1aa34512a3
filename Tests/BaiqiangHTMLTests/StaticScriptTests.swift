import BaiqiangHTML
import Testing

/// A page carries script only from the site's own `/static/js/`, by path, with nothing inline.
struct StaticScriptTests {
    @Test func ownStaticFileIsLoadedDeferred() {
        #expect(Node.staticScript("/static/js/land-map.js").render() == #"<script src="/static/js/land-map.js" defer></script>"#)
    }

    @Test func foreignOrScriptURLsAreRefused() {
        let refused: [Node] = [
            .staticScript("javascript:alert(1)"), .staticScript("https://cdn.example.com/static/js/x.js"),
            .staticScript("//cdn.example.com/static/js/x.js"), .staticScript("/static/js/../../admin.js"),
            .staticScript("/static/js//cdn.example.com/x.js"), .staticScript("/static/css/app.css"),
            .staticScript("/static/js/x.js?v=1"), .staticScript("data:text/javascript,alert(1)"), .staticScript("/uploads/x.js"),
        ]
        for node in refused {
            #expect(Node.div(node).render() == "<div></div>")
        }
    }

    @Test func scriptElementsByNameStayRefused() {
        #expect(Node.div(.element(named: "script", .src("/static/js/land-map.js"))).render() == "<div></div>")
    }
}

import BaiqiangHTML
import Testing

/// A part rendered once and placed again reads exactly as if drawn in place, escaped as it was.
struct RenderedHTMLTests {
    @Test func aRenderedPartIsPlacedAsItWasDrawn() {
        let card = Node.article(.class("card"), .p(.text(EscapingTests.hostile)), .a(.href("javascript:alert(1)"), .text("x")))
        let inPlace = Node.div(.class("grid"), card).render()
        let placedAgain = Node.div(.class("grid"), .rendered(card.rendered())).render()
        #expect(placedAgain == inPlace)
        #expect(!placedAgain.contains("<script>"))
        #expect(!placedAgain.contains("javascript:"))
    }

    @Test func attributesOfTheEnclosingElementStayOnIt() {
        let part = Node.span(.text("a")).rendered()
        #expect(Node.div(.rendered(part), .class("after")).render() == #"<div class="after"><span>a</span></div>"#)
    }
}

/// A document rendered once is sent exactly as rendering it again would write it.
struct RenderedDocumentTests {
    @Test func aRenderedDocumentIsTheDocumentAsRendered() {
        let page = HTML(.lang(.chinese), .head(.title(EscapingTests.hostile)), .body(.p(.text(EscapingTests.hostile))))
        #expect(page.rendered().text == page.render())
        #expect(page.rendered().text.hasPrefix("<!DOCTYPE html>"))
        #expect(!page.rendered().text.contains("<script>"))
    }
}

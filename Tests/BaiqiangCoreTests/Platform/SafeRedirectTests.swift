import Testing
@testable import BaiqiangCore

@Suite("Redirects stay on the site")
struct SafeRedirectTests {
    @Test("Local paths are followed as given", arguments: [
        "/", "/enterprises", "/enterprises?q=%E9%B9%A4%E5%B1%B1&town=shaping", "/plan/kpis/gdp#history", "/a%20b",
    ])
    func local(path: String) {
        #expect(SafeRedirect.target(path) == path)
    }

    @Test("Anything that could lead to another host, or break out of HTML, goes home", arguments: [
        "//evil.example", "/\\evil.example", "\\\\evil.example", "/\t/evil.example", "/\n/evil.example", "/\r\n/evil.example",
        " /evil", "/ /evil.example", "https://evil.example", "http:/evil.example", "javascript:alert(1)", "JaVaScRiPt:alert(1)",
        "data:text/html,x", "evil.example", "", "/%09/evil.example", "/%2F/evil.example", "/%2f/evil.example",
        "/%5Cevil.example", "/%5cevil.example", "%2F%2Fevil.example", "/%252F/evil.example", "/%255Cevil.example",
        "/%2509/evil.example", "/%0D%0A/evil.example", "/\u{200B}/evil.example", "/\u{0}evil", "/a\"onmouseover=x",
        "/a'b", "/a<b", "/a>b", "/a`b", "/" + String(repeating: "a", count: 3000),
    ])
    func hostile(value: String) {
        #expect(SafeRedirect.target(value) == "/")
    }

    @Test("No value goes home")
    func missing() {
        #expect(SafeRedirect.target(nil) == "/")
    }

    @Test("A Referer gives its path and query only, checked the same way")
    func referer() {
        #expect(SafeRedirect.back(referer: "http://127.0.0.1:8080/enterprises?page=2") == "/enterprises?page=2")
        #expect(SafeRedirect.back(referer: "https://evil.example/plan") == "/plan")
        #expect(SafeRedirect.back(referer: "https://evil.example//evil.example/x") == "/")
        #expect(SafeRedirect.back(referer: "https://x/%09/evil.example") == "/")
        #expect(SafeRedirect.back(referer: "https://x/%5Cevil.example", fallback: "/plan") == "/plan")
        #expect(SafeRedirect.back(referer: "javascript:alert(1)") == "/")
        #expect(SafeRedirect.back(referer: nil, fallback: "/plan") == "/plan")
    }
}

import Foundation
import Testing
@testable import BaiqiangApp

/// Tests address pages and the API through `SiteURL`, as the routes are registered, so renaming
/// a route breaks the build instead of sending the tests to a path nothing answers (where a test
/// expecting a 404 or a 403 would go on passing). A literal path stays only where a test means
/// one that no route has, marked `deliberately not a SiteURL` on its line or on the comment line
/// directly above.
@Suite struct TestRequestPathTests {
    static let marker = "deliberately not a SiteURL"

    static let tests = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()

    /// What comes just before a path that is sent: the path argument of `test(method, …)`, a
    /// method and path pair, a hand-made `Request(url:)`, or a helper called with the app and a path.
    static let requestPosition = try! NSRegularExpression(pattern:
        #"(\.test\(\s*[^,()]+,|\.(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS|TRACE)\s*,|\burl:|\(\s*app\s*,)\s*$"#)

    /// What comes just before a path a test expects in a response (a `Location`, a problem's
    /// `instance`, a metrics label) rather than sends.
    static let expectedOutput = try! NSRegularExpression(pattern: #"(==|!=|hasPrefix\(|hasSuffix\(|contains\()\s*$"#)

    /// The first segments of the site's paths (`enterprises`, `api`, `open311` …), read from
    /// `SiteURL.path` itself.
    static func siteSegments() throws -> Set<String> {
        let source = tests.appendingPathComponent("../../Sources/BaiqiangApp/Platform/Web/SiteURL.swift").standardized
        let text = try String(contentsOf: source, encoding: .utf8)
        let pattern = try NSRegularExpression(pattern: #""/([A-Za-z0-9._-]+)"#)
        let found = pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { match in
            Range(match.range(at: 1), in: text).map { String(text[$0]) }
        }
        return Set(found)
    }

    /// The string literals of one line of code, each with the code before it; raw strings
    /// (`#"…"#`) and what follows `//` are not code that sends a path.
    static func literals(in line: String) -> [(before: String, text: String)] {
        let characters = Array(line)
        var found: [(String, String)] = []
        var index = 0
        func at(_ offset: Int) -> Character? { index + offset < characters.count ? characters[index + offset] : nil }
        while index < characters.count {
            switch (characters[index], at(1)) {
            case ("/", "/"):
                return found
            case ("#", "\""):
                index += 2
                while index < characters.count, !(characters[index] == "\"" && at(1) == "#") { index += 1 }
                index += 2
            case ("\"", _):
                let start = index
                var text = ""
                var depth = 0
                index += 1
                while index < characters.count {
                    let character = characters[index]
                    if character == "\\", let next = at(1) {
                        if next == "(" { depth += 1 }
                        text.append(character)
                        text.append(next)
                        index += 2
                        continue
                    }
                    if depth > 0 && character == "(" { depth += 1 }
                    if depth > 0 && character == ")" { depth -= 1 }
                    if depth == 0 && character == "\"" { break }
                    text.append(character)
                    index += 1
                }
                found.append((String(characters[..<start]), text))
                index += 1
            default:
                index += 1
            }
        }
        return found
    }

    static func matches(_ pattern: NSRegularExpression, _ text: String) -> Bool {
        pattern.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    /// The lines of `text` that send a literal path without the mark: any literal in a request
    /// position, and a literal naming one of the site's pages anywhere but in an expectation.
    static func findings(in text: String, segments: Set<String>) -> [String] {
        var findings: [String] = []
        var previous = ""
        var inMultilineString = false
        for (number, line) in text.components(separatedBy: "\n").enumerated() {
            let code = line.trimmingCharacters(in: .whitespaces)
            defer { if !code.isEmpty { previous = code } }
            if line.components(separatedBy: "\"\"\"").count % 2 == 0 { inMultilineString.toggle(); continue }
            if inMultilineString || code.hasPrefix("//") || code.hasPrefix("@Test(") || code.hasPrefix("@Suite(") { continue }
            if line.contains(marker) || (previous.hasPrefix("//") && previous.contains(marker)) { continue }
            for literal in literals(in: line) where literal.text.hasPrefix("/") {
                let first = literal.text.dropFirst().prefix { !"/?\\".contains($0) }
                let sent = matches(requestPosition, literal.before)
                let names = segments.contains(String(first)) && !matches(expectedOutput, literal.before)
                if sent || names {
                    findings.append("\(number + 1): \(code)")
                    break
                }
            }
        }
        return findings
    }

    @Test("No test sends a literal path where a SiteURL says it, unless it is marked deliberate")
    func requestsUseSiteURL() throws {
        let segments = try Self.siteSegments()
        #expect(segments.isSuperset(of: ["enterprises", "api", "open311", "login", "plan", "land"]), "\(segments)")
        var offending: [String] = []
        var scanned = 0
        let files = FileManager.default.enumerator(at: Self.tests, includingPropertiesForKeys: nil)!
        for case let file as URL in files where file.pathExtension == "swift" {
            scanned += 1
            let relative = file.standardized.path.replacingOccurrences(of: Self.tests.standardized.path + "/", with: "")
            let text = try String(contentsOf: file, encoding: .utf8)
            offending += Self.findings(in: text, segments: segments).map { "\(relative):\($0)" }
        }
        #expect(scanned > 30, "the tests were found")
        #expect(offending.isEmpty, "use SiteURL (or mark the literal `\(Self.marker): why`):\n\(offending.joined(separator: "\n"))")
    }

    @Test("The scan sees each way a path is sent, and leaves expectations, names and marked paths")
    func scanMatches() throws {
        let segments: Set = ["enterprises", "api", "admin"]
        func found(_ code: String) -> Int { Self.findings(in: code, segments: segments).count }
        #expect(found(#"try await app.testing().test(.GET, "/enterprises/\(code)", headers: h) { _ in }"#) == 1)
        #expect(found(#"try await app.testing().test(method, "/api/v1/demands") { _ in }"#) == 1)
        #expect(found(#"try await app.testing().test(.GET, "/") { _ in }"#) == 1)
        #expect(found(#"try await app.testing().test(.GET, "/static/css/app.css") { _ in }"#) == 1)
        #expect(found(#"("404-path", .GET, "/no/such/page", admin, nil),"#) == 1)
        #expect(found(#"Request(application: app, method: .GET, url: "/metrics", headers: headers,"#) == 1)
        #expect(found(#"let (status, body) = try await post(app, "/admin/users", browser, long)"#) == 1)
        #expect(found(#"let path = "/api/v1/enterprises?limit=3" + (cursor.map { "&cursor=\($0)" } ?? "")"#) == 1)
        #expect(found(#"for path in ["/admin/users", "/admin/audit"] {"#) == 1)
        #expect(found(#"try request.content.encode(["next": "/enterprises"], as: .urlEncodedForm)"#) == 1)

        #expect(found(#"try await app.testing().test(.GET, SiteURL.enterprise(creditCode: code).path) { _ in }"#) == 0)
        #expect(found(#"#expect(response.headers.first(name: .location) == "/enterprises?page=2")"#) == 0)
        #expect(found(#"&& $0.labels["route"] == "/api/v1/enterprises/:credit_code" && $0.labels["status"] == "401" })"#) == 0)
        #expect(found(#"#expect(location?.hasPrefix("/login") == true)"#) == 0)
        #expect(found(#"@Test("/healthz and /readyz answer")"#) == 0)
        #expect(found(#"let sqlite = DatabaseLocation.sqlite(path: "/srv/baiqiang/db.sqlite")"#) == 0)
        #expect(found(#"components.path = "/" + name"#) == 0)
        #expect(found(##"let body = #"<a href="/enterprises">"#"##) == 0)
        #expect(found(#"try await app.testing().test(.GET, "/no/such/page") { _ in } // deliberately not a SiteURL: no page"#) == 0)
        #expect(found("// deliberately not a SiteURL: no such page\n" + #"try await app.testing().test(.GET, "/no/such/page") { _ in }"#) == 0)
        #expect(found("// a comment that says nothing\n" + #"try await app.testing().test(.GET, "/no/such/page") { _ in }"#) == 1)
    }
}

import BaiqiangCore
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import BaiqiangApp

@Suite("Shell, languages, operations and the API description")
struct PlatformTests {
    @Test("Both language catalogues have exactly the same keys, and no value is empty")
    func catalogues() {
        let zh = Catalog.shared.strings[.zhHans] ?? [:]
        let en = Catalog.shared.strings[.en] ?? [:]
        #expect(!zh.isEmpty)
        #expect(Set(zh.keys).symmetricDifference(en.keys).isEmpty)
        #expect(zh.values.allSatisfy { !$0.isEmpty } && en.values.allSatisfy { !$0.isEmpty })
    }

    @Test("Every literal key the sources look up is in the catalogue")
    func keysUsedExist() throws {
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Sources/BaiqiangApp").standardized
        let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" } ?? []
        #expect(!files.isEmpty)
        let known = Set(Catalog.shared.strings[.zhHans]?.keys ?? [:].keys)
        let pattern = try NSRegularExpression(pattern: #"\bt\("([a-z][a-z0-9_.]+)""#)
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                let key = String(text[Range(match.range(at: 1), in: text)!])
                #expect(known.contains(key), "\(file.lastPathComponent) uses missing key \(key)")
            }
        }
    }

    @Test("The shell is Chinese by default and English by switch, with every capability in the navigation")
    func shellLanguages() async throws {
        try await withTestApp { app in
            try await Fixture.user(app, "admin1", .admin)
            let browser = try await app.signIn("admin1")
            try await app.testing().test(.GET, SiteURL.home.path, headers: browser.headers) { response async in
                let body = response.body.string
                #expect(body.contains(#"lang="zh-Hans""#))
                for label in ["规划目标", "企业", "亩均评价", "工业用地", "招商项目", "产业链", "企业诉求", "县域比较", "系统管理"] {
                    #expect(body.contains(label), "navigation lacks \(label)")
                }
                #expect(!body.contains("https://"), "no asset comes from another site")
            }
            var english = browser.headers
            english.replaceOrAdd(name: .cookie, value: "\(sessionCookieName)=\(browser.cookie); bq_lang=en")
            try await app.testing().test(.GET, SiteURL.home.path, headers: english) { response async in
                let body = response.body.string
                #expect(body.contains(#"lang="en""#))
                #expect(body.contains("Per-mu evaluation"))
                #expect(body.contains(">Admin</a>"))
            }
            try await app.testing().test(.GET, SiteURL.language("en").path, headers: browser.headers) { response async in
                #expect(response.headers.setCookie?["bq_lang"]?.string == "en")
            }
        }
    }

    @Test("Static assets are served locally")
    func staticAssets() async throws {
        try await withTestApp { app in
            // deliberately not a SiteURL: static files are served from Public/, not by a route
            for path in ["/static/css/app.css", "/static/css/print.css"] {
                try await app.testing().test(.GET, path) { response async in
                    #expect(response.status == .ok, "\(path)")
                }
            }
        }
    }

    @Test("/healthz and /readyz answer")
    func health() async throws {
        try await withTestApp { app in
            try await app.testing().test(.GET, SiteURL.health.path) { response async in #expect(response.status == .ok) }
            try await app.testing().test(.GET, SiteURL.readiness.path) { response async in
                #expect(response.status == .ok)
                #expect(response.body.string == "ready\n")
            }
        }
    }

    @Test("/metrics parses as Prometheus text and counts requests by route pattern and status")
    func metrics() async throws {
        let token = "metrics-token-0123456789abcdefghijklmnop"
        try await withTestApp(configure: { $0.metricsToken = token }) { app in
            try await Fixture.enterprise(app, serial: 1, name: "甲", town: "shaping")
            try await app.testing().test(.GET, SiteURL.health.path) { _ in }
            try await app.testing().test(.GET, SiteURL.api(.enterprise(creditCode: "91440784000000017")).path) { _ in }
            var headers = HTTPHeaders()
            headers.bearerAuthorization = .init(token: token)
            try await app.testing().test(.GET, SiteURL.metrics.path, headers: headers) { response async throws in
                #expect(response.headers.first(name: .contentType)?.hasPrefix("text/plain; version=0.0.4") == true)
                let samples = try PrometheusText.parse(response.body.string)
                #expect(samples.contains { $0.name == "baiqiang_http_requests_total" && $0.labels["route"] == "/healthz"
                    && $0.labels["status"] == "200" && $0.value == 1 })
                #expect(samples.contains { $0.name == "baiqiang_http_requests_total"
                    && $0.labels["route"] == "/api/v1/enterprises/:credit_code" && $0.labels["status"] == "401" })
                #expect(samples.contains { $0.name == "baiqiang_http_request_duration_seconds_bucket" && $0.labels["le"] == "+Inf" })
            }
        }
    }

    @Test("/openapi.json lists exactly the operations the router serves")
    func openAPIMatchesRoutes() async throws {
        try await withTestApp { app in
            var served = Set<String>()
            for route in app.routes.all {
                let path = "/" + route.path.map { component -> String in
                    if case .parameter(let name) = component { return "{\(name)}" }
                    return component.description
                }.joined(separator: "/")
                if path.hasPrefix("/api/") || [SiteURL.health, .readiness, .metrics, .apiDescription].map(\.path).contains(path) {
                    served.insert("\(route.method.rawValue) \(path)")
                }
            }
            let documented = try OpenAPIDocument.operations()
            #expect(served == documented, "undocumented: \(served.subtracting(documented)); missing: \(documented.subtracting(served))")
            try await app.testing().test(.GET, SiteURL.apiDescription.path) { response async throws in
                #expect(response.status == .ok)
                #expect(try response.content.get(String.self, at: "openapi") == "3.1.0")
            }
        }
    }
}

/// A strict reader of the Prometheus text exposition format (version 0.0.4), for tests.
enum PrometheusText {
    struct Sample {
        var name: String
        var labels: [String: String]
        var value: Double
    }

    struct Malformed: Error, CustomStringConvertible {
        var line: String
        var description: String { "not Prometheus text: \(line)" }
    }

    static func parse(_ text: String) throws -> [Sample] {
        let name = #"[a-zA-Z_:][a-zA-Z0-9_:]*"#
        let comment = try NSRegularExpression(pattern: #"^# (HELP \#(name) .*|TYPE \#(name) (counter|gauge|histogram|summary|untyped))$"#)
        let sample = try NSRegularExpression(pattern: #"^(\#(name))(\{([a-zA-Z_][a-zA-Z0-9_]*="(\\.|[^"\\])*",?)*\})? (\S+)( -?\d+)?$"#)
        let label = try NSRegularExpression(pattern: #"([a-zA-Z_][a-zA-Z0-9_]*)="((\\.|[^"\\])*)""#)
        var samples: [Sample] = []
        for line in text.split(separator: "\n").map(String.init) where !line.isEmpty {
            let range = NSRange(line.startIndex..., in: line)
            if line.hasPrefix("#") {
                guard comment.firstMatch(in: line, range: range) != nil else { throw Malformed(line: line) }
                continue
            }
            guard let match = sample.firstMatch(in: line, range: range),
                  let valueRange = Range(match.range(at: 5), in: line),
                  let value = Double(line[valueRange].replacingOccurrences(of: "+Inf", with: "inf")) else {
                throw Malformed(line: line)
            }
            var labels: [String: String] = [:]
            if let labelRange = Range(match.range(at: 2), in: line) {
                let body = String(line[labelRange])
                for l in label.matches(in: body, range: NSRange(body.startIndex..., in: body)) {
                    labels[String(body[Range(l.range(at: 1), in: body)!])] = String(body[Range(l.range(at: 2), in: body)!])
                }
            }
            samples.append(Sample(name: String(line[Range(match.range(at: 1), in: line)!]), labels: labels, value: value))
        }
        return samples
    }
}

import BaiqiangCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import BaiqiangApp

/// Every page, every API response and every kind of problem document, compared with its golden
/// file (see `Golden`), on a small county fixed in time: a change to what users see or what a
/// client parses shows up as a diff to be read and accepted, never silently.
@Suite(.serialized) struct SnapshotTests {
    /// 10:00 in Beijing on the last day of June 2026, after Heshan 2022's period (to 2025-12-31):
    /// its pages show the final review. A running plan's pages are checked in `PlanPeriodsTests`.
    static let moment = Date(timeIntervalSince1970: 1_782_784_800)

    @Test func everyPage() async throws {
        try await withTestApp(at: Self.moment) { app in
            let world = try await SnapshotWorld.make(app)
            let admin = try await app.signIn("admin").headers
            let firm = try await app.signIn("firm").headers
            var seen = 0
            for route in app.routes.all.sorted(by: { $0.description < $1.description }) where route.method == .GET {
                let pattern = route.path.string
                guard !pattern.hasPrefix("api/") && !pattern.hasPrefix("open311/") && pattern != "openapi.json" else { continue }
                guard let path = world.path(of: route) else { continue }
                for (who, headers) in [("admin", admin), ("firm", firm), ("anonymous", HTTPHeaders())] {
                    try await app.testing().test(.GET, path, headers: headers) { response async throws in
                        guard let text = Self.text(of: response) else { return }
                        seen += 1
                        try Golden.check(Self.record(response, text: text), named: "pages/\(who)/\(Self.fileName(pattern))")
                    }
                }
            }
            #expect(seen > 60, "only \(seen) pages were compared")
        }
    }

    @Test func everyAPIResponse() async throws {
        try await withTestApp(at: Self.moment) { app in
            let world = try await SnapshotWorld.make(app)
            let admin = try await world.demands.bearer("admin")
            var seen = 0
            for route in app.routes.all.sorted(by: { $0.description < $1.description }) where route.method == .GET {
                let pattern = route.path.string
                guard pattern.hasPrefix("api/") || pattern.hasPrefix("open311/") || pattern == "openapi.json" else { continue }
                guard let path = world.path(of: route) else { continue }
                try await app.testing().test(.GET, path, headers: admin) { response async throws in
                    guard let text = Self.text(of: response) else { return }
                    seen += 1
                    try Golden.check(Self.record(response, text: text), named: "api/\(Self.fileName(pattern))")
                }
            }
            #expect(seen > 15, "only \(seen) API responses were compared")
        }
    }

    /// One of each kind of refusal a client must handle, as its problem document.
    @Test func problemDocuments() async throws {
        try await withTestApp(at: Self.moment) { app in
            let world = try await SnapshotWorld.make(app)
            let admin = try await world.demands.bearer("admin")
            let firm = try await world.demands.bearer("firm")
            var english = admin
            english.replaceOrAdd(name: .acceptLanguage, value: "en")
            let cases: [(name: String, method: HTTPMethod, path: String, headers: HTTPHeaders, body: String?)] = [
                ("401-no-token", .GET, SiteURL.api(.enterprises).path, HTTPHeaders(), nil),
                ("401-bad-token", .GET, SiteURL.api(.enterprises).path, ["Authorization": "Bearer bq_nothing"], nil),
                ("403-role", .POST, SiteURL.api(.evaluationRuns).path, firm, #"{"method":"zhejiang-6","year":2025}"#),
                ("404-enterprise", .GET, SiteURL.api(.enterprise(creditCode: "91440784000000000X")).path, admin, nil),
                ("404-path", .GET, "/api/v1/nothing-here", admin, nil), // deliberately not a SiteURL: no route answers it
                ("405-method", .DELETE, SiteURL.api(.enterprises).path, admin, nil),
                ("400-query", .GET, SiteURL.api(.enterprises).path(query: ["limit": "abc"]), admin, nil),
                ("400-query-en", .GET, SiteURL.api(.enterprises).path(query: ["limit": "abc"]), english, nil),
                ("400-body", .POST, SiteURL.api(.demands).path, firm, #"{"category":"no-such-category","description":""}"#),
                ("400-malformed", .POST, SiteURL.api(.demands).path, firm, #"{"category":"#),
                ("415-media-type", .POST, SiteURL.api(.demands).path, firm, nil),
            ]
            for item in cases {
                var headers = item.headers
                if item.body != nil { headers.contentType = .json }
                try await app.testing().test(item.method, item.path, headers: headers, beforeRequest: { request in
                    if let body = item.body { request.body = ByteBuffer(string: body) } else if item.name.hasPrefix("415") {
                        request.headers.contentType = .plainText
                        request.body = ByteBuffer(string: "text")
                    }
                }, afterResponse: { response async throws in
                    try Golden.check(Self.record(response, text: Self.text(of: response) ?? ""), named: "problems/\(item.name)")
                })
            }
        }
    }

    /// The body as text; a spreadsheet only as a line saying so (its bytes carry zip timestamps).
    static func text(of response: TestingHTTPResponse) -> String? {
        let type = response.headers.contentType
        let subtype = type?.subType ?? ""
        if subtype.contains("spreadsheet") { return "(a spreadsheet of \(response.body.readableBytes > 0 ? "some" : "no") bytes)" }
        if subtype.contains("wordprocessingml") { return "(a Word document of \(response.body.readableBytes > 0 ? "some" : "no") bytes)" }
        if subtype.contains("json") {
            return Golden.canonicalJSON(Data(buffer: response.body))
        }
        if subtype == "html" { return Golden.lines(ofHTML: response.body.string) }
        if type?.type == "text" || subtype.contains("xml") || subtype.contains("yaml") || subtype.contains("csv") {
            return response.body.string
        }
        return response.body.readableBytes == 0 ? "" : nil
    }

    /// The status, the headers a client acts on, and the body, normalised.
    static func record(_ response: TestingHTTPResponse, text: String) -> String {
        var lines = ["\(response.status.code) \(response.status.reasonPhrase)"]
        for name in ["Content-Type", "Location", "Allow", "WWW-Authenticate", "Content-Disposition"] {
            if let value = response.headers.first(name: name) { lines.append("\(name): \(value)") }
        }
        return Golden.normalised(lines.joined(separator: "\n") + "\n\n" + text) + "\n"
    }

    static func fileName(_ pattern: String) -> String {
        let name = pattern.isEmpty ? "home" : pattern
        return name.replacingOccurrences(of: "/", with: "~").replacingOccurrences(of: ":", with: "$")
    }
}

/// The county the snapshots are taken of: a small generated registry with an evaluation run,
/// the demand tests' people and firms, and one demand in progress.
struct SnapshotWorld {
    var demands: DemandWorld
    var values: [String: String]

    static func make(_ app: Application) async throws -> SnapshotWorld {
        _ = try await DemoRegistry.fill(app, firms: 12, seed: 7, actor: .system)
        let demands = try await DemandWorld.make(app)
        let number = try await demands.submit("firm")
        try await demands.act("centre", number, ["action": "accept", "note": "已受理"])
        let run = try await EvaluationStore(db: app.db, principal: .countyWide).runOverRegistry(method: "zhejiang-6", methodYAML: nil, year: 2025, writer: app.writer(as: .commandLine("gxj")))
        let earlier = try await EvaluationStore(db: app.db, principal: .countyWide).runOverRegistry(method: "zhejiang-6", methodYAML: nil, year: 2024, writer: app.writer(as: .commandLine("gxj")))
        for published in [run, earlier] {
            try await EvaluationStore(db: app.db, principal: .countyWide).publish(try published.requireID(), writer: app.writer(as: .commandLine("leader")))
        }
        let runID = try run.requireID().uuidString
        // The demand world's leader follows the rated firms, so a leader's page has rows to show.
        let lead = try #require(try await User.query(on: app.db).filter(\.$username == "lead").first())
        for firm in try await Enterprise.query(on: app.db).sort(\.$creditCode).limit(3).all() {
            firm.cityLeaderID = lead.id
            firm.cityLeader = lead.displayName
            try await firm.update(on: app.db)
        }
        let rated = try #require(try await EvaluationResultRecord.query(on: app.db).sort(\.$creditCode).first()).creditCode
        return SnapshotWorld(demands: demands, values: [
            "id": runID, "code": "gdp", "credit_code": demands.firm, "number": number, "tracking_number": number,
            "year": "2026", "username": "firm",
        ], ratedFirm: rated, queries: [
            "evaluation/compare": "?run=\(try earlier.requireID().uuidString)&run=\(runID)",
        ])
    }

    /// A firm the evaluation run rated: what `:code` and `:credit_code` name under a run.
    var ratedFirm: String
    /// The query a page needs to show anything, by route pattern.
    var queries: [String: String]

    /// The value of the parameter `name` in a path that so far reads `parts`.
    func value(of name: String, after parts: [String]) -> String? {
        switch (parts.first, parts.last, name) {
        case ("evaluation", _, "code"), ("api", "results", "credit_code"): ratedFirm
        case ("language", _, "code"): "en"
        case ("leaders", _, "username"): "lead"
        case ("chains", _, "code"), ("api", "chains", "code"): "silicon-energy"
        case ("open311", "v2", "file"): "services.json"
        case ("open311", "services", "file"): "sme.json"
        case ("open311", "requests", "file"): (values["number"] ?? "") + ".json"
        case (_, "attachments", "id"), ("open311", "tokens", "file"): nil
        default: values[name]
        }
    }

    /// The route's path with each parameter filled by the world's value of that name; nil when
    /// a parameter has none (a route only reached by a form's post).
    func path(of route: Route) -> String? {
        var parts: [String] = []
        for component in route.path {
            switch component {
            case .constant(let text): parts.append(text)
            case .parameter(let name):
                guard let value = value(of: name, after: parts) else { return nil }
                parts.append(value)
            case .anything, .catchall: return nil
            }
        }
        return "/" + parts.joined(separator: "/") + (queries[route.path.string] ?? "")
    }
}

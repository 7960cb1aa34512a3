import BaiqiangCore
import Fluent
import Foundation
import SQLKit
import Testing
import Vapor
import VaporTesting
@testable import BaiqiangApp

/// Every page the router knows, rendered for every role with hostile text in every stored field
/// users can write and in every query parameter a page reads: nothing of it may come out as markup,
/// as a new attribute or as a script URL.
@Suite(.serialized) struct HostileRenderTests {
    static let hostile = #"x"'><script>alert(1)</script><b onmouseover="alert(2)">"#
    static let scriptURL = "javascript:alert(3)"

    /// Query parameters the pages read (filters, paging, redirects); unknown ones are ignored.
    static let queryNames = [
        "q", "industry", "town", "scale", "designation", "stage", "actor", "entity", "action", "from", "to",
        "next", "handler", "status", "state", "category", "cursor", "limit", "page", "year", "month",
        "department", "owner", "area", "light", "class", "format", "run", "done", "submitted", "lang",
        "overdue", "kind", "code", "sort", "order", "_csrf",
    ]

    @Test func noPageRendersHostileInputAsMarkup() async throws {
        try await withTestApp { app in
            let world = try await Self.world(app)
            let values = try await seedHostileRecords(world)
            var browsers: [String: HTTPHeaders] = ["anonymous": HTTPHeaders()]
            for user in ["admin", "lead", "gxj", "centre", "shaping", "firm"] {
                browsers[user] = try await app.signIn(user).headers
            }
            var failures: [String] = []
            var rendered = 0
            for route in app.routes.all where route.method == .GET {
                for path in Self.paths(of: route, values: values) {
                    for (user, headers) in browsers.sorted(by: { $0.key < $1.key }) {
                        let queries = [""] + (user == "admin" || user == "anonymous"
                            ? Self.queryNames.map { "?\($0)=\(Self.encoded(Self.hostile))" } + ["?next=\(Self.encoded(Self.scriptURL))"]
                            : ["?" + Self.queryNames.map { "\($0)=\(Self.encoded(Self.hostile))" }.joined(separator: "&")])
                        for query in queries {
                            var request = headers
                            request.replaceOrAdd(name: .referer, value: Self.scriptURL)
                            try await app.testing().test(.GET, path + query, headers: request) { response async in
                                guard response.headers.contentType?.subType == "html" else { return }
                                rendered += 1
                                if let problem = Self.problem(in: response.body.string) {
                                    failures.append("\(user) GET \(path)\(query): \(problem)")
                                }
                                if let location = response.headers.first(name: .location),
                                   location.lowercased().contains("javascript:") || location.hasPrefix("//") {
                                    failures.append("\(user) GET \(path)\(query): redirects to \(location)")
                                }
                            }
                        }
                    }
                }
            }
            #expect(rendered > 200, "only \(rendered) HTML responses were checked")
            #expect(failures.isEmpty, "\(failures.prefix(20).joined(separator: "\n"))")
        }
    }

    /// Form fields the pages read; a form ignores the ones it does not know.
    static let formNames = [
        "name", "address", "contact_name", "contact_phone", "city_leader", "town_leader", "ticker", "listing_stage",
        "listing_since", "ladder_stage", "description", "note", "reason", "town", "category", "enterprise", "handler",
        "handler_kind", "handler_code", "kind", "code", "username", "displayName", "binding", "role", "value", "date",
        "source", "yaml", "method", "method_yaml", "leader", "next", "current", "new", "repeated", "password",
        "satisfaction", "action", "year", "group", "actual",
    ]

    /// A form re-rendered after a refusal shows what was typed: posted hostile values must come
    /// back as text too.
    @Test func noFormEchoesHostileInputAsMarkup() async throws {
        try await withTestApp { app in
            let world = try await Self.world(app)
            let values = try await seedHostileRecords(world)
            var failures: [String] = []
            var rendered = 0
            for user in ["admin", "firm", "centre"] {
                let browser = try await app.signIn(user)
                for route in app.routes.all where route.method == .POST {
                    let path = route.path.first.map { "\($0)" } == "api" ? nil : Self.paths(of: route, values: values).first
                    guard let path, path != SiteURL.logout.path else { continue }
                    var fields = Dictionary(uniqueKeysWithValues: Self.formNames.map { ($0, Self.hostile) })
                    fields["_csrf"] = browser.csrf
                    try await app.testing().test(.POST, path, headers: browser.headers, beforeRequest: { request in
                        try request.content.encode(fields, as: .urlEncodedForm)
                    }, afterResponse: { response async in
                        guard response.headers.contentType?.subType == "html" else { return }
                        rendered += 1
                        if let problem = Self.problem(in: response.body.string) {
                            failures.append("\(user) POST \(path): \(problem)")
                        }
                    })
                }
            }
            #expect(rendered > 30, "only \(rendered) HTML responses were checked")
            #expect(failures.isEmpty, "\(failures.prefix(20).joined(separator: "\n"))")
        }
    }

    /// A small demo registry (for an evaluation run) and the demand tests' people and firms.
    static func world(_ app: Application) async throws -> DemandWorld {
        _ = try await DemoRegistry.fill(app, firms: 30, seed: 3, actor: .system)
        return try await DemandWorld.make(app)
    }

    /// What in a page shows that hostile text escaped its place.
    static func problem(in html: String) -> String? {
        // Escaped, the hostile text reads `&lt;script` and `onmouseover=&quot;`: only a break-out
        // leaves a raw tag, a raw quoted handler or a script URL in a link.
        // The one script tag a page may carry, a file of the site's own named in source, is not a
        // break-out; any other `<script` is.
        let lower = html.lowercased().replacingOccurrences(of: #"<script src="/static/js/[a-z0-9_-]+\.js" defer></script>"#, with: "",
                                                          options: .regularExpression)
        let needles = ["<script", "onmouseover=\"", "<b onmouseover", "href=\"javascript:", "action=\"javascript:",
                       "src=\"javascript:", "href=\" javascript:"]
        for needle in needles where lower.contains(needle) {
            let at = lower.range(of: needle)!.lowerBound
            let start = lower.index(at, offsetBy: -60, limitedBy: lower.startIndex) ?? lower.startIndex
            let end = lower.index(at, offsetBy: 60, limitedBy: lower.endIndex) ?? lower.endIndex
            return "found \(needle) in …\(lower[start..<end])…"
        }
        return nil
    }

    static func encoded(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? text
    }

    /// The route's path with each parameter filled by every known value of that name and by
    /// the hostile text itself.
    static func paths(of route: Route, values: [String: [String]]) -> [String] {
        var paths = [""]
        for component in route.path {
            let choices: [String]
            switch component {
            case .constant(let text): choices = [text]
            case .parameter(let name): choices = (values[name] ?? []) + [encoded(hostile)]
            case .anything, .catchall: choices = [encoded(hostile)]
            }
            paths = paths.flatMap { prefix in choices.map { prefix + "/" + $0 } }
        }
        return paths.map { $0.isEmpty ? "/" : $0 }
    }

    /// Writes hostile text into the records users can write, through the product's own paths
    /// where they exist and into every free-text column otherwise.
    func seedHostileRecords(_ world: DemandWorld) async throws -> [String: [String]] {
        let app = world.app
        let number = try await world.submit("firm", description: Self.hostile)
        try await world.act("centre", number, ["action": "accept", "note": Self.hostile])
        let admin = try await world.bearer("admin")
        try await app.testing().test(.POST, SiteURL.api(.planKPIObservations(code: "gdp")).path, headers: admin, beforeRequest: { request in
            try request.content.encode(PlanAPI.NewObservation(value: 10, date: "2023-06-30", source: Self.hostile, unit: nil))
        }, afterResponse: { _ async in })
        _ = try await TokenService(writer: app.writer(as: .system)).create(username: "admin", name: Self.hostile)
        let run = try await EvaluationStore(db: app.db, principal: .countyWide).runOverRegistry(method: "zhejiang-6", methodYAML: nil, year: 2025, writer: app.writer(as: .commandLine("gxj")))
        let sql = try #require(app.db as? any SQLDatabase)
        // Free text anywhere it is kept; codes and keys stay as they are so pages still resolve.
        let columns: [(table: String, columns: [String])] = [
            ("enterprises", ["name", "address", "contact_name", "contact_phone", "city_leader", "town_leader", "ticker"]),
            ("towns", ["name_zh", "name_en"]),
            ("departments", ["name_zh", "name_en"]),
            ("users", ["display_name"]),
            ("demands", ["description", "address"]),
            ("demand_events", ["note"]),
            ("api_tokens", ["name"]),
            ("audit_entries", ["actor", "entity", "entity_id", "action"]),
        ]
        for (table, names) in columns {
            for column in names {
                try await sql.update(table).set(SQLIdentifier(column), to: SQLBind(Self.hostile)).run()
            }
        }
        let kpis = ["gdp"]
        let firms = [world.firm, world.otherFirm] + (try await Enterprise.query(on: app.db).limit(3).all().map(\.creditCode))
        let demands = try await Demand.query(on: app.db).all().map(\.trackingNumber)
        let years = ["2025", "2026"]
        return ["id": [try run.requireID().uuidString], "code": kpis + Array(firms.prefix(3)), "credit_code": Array(firms.prefix(3)), "number": demands, "tracking_number": demands,
                "year": years, "file": ["discovery.json", "services.json", "requests.json"]]
    }
}

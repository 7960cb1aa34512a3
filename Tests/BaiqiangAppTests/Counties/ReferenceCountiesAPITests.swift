import BaiqiangCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import BaiqiangApp

/// `/api/v1/counties/references` and `/api/v1/counties/readiness-lines`: what a statistics bureau's
/// script does on the page, through the same store, for the same roles, audited; every refusal a
/// 400 naming its field, with nothing written.
@Suite("Counties API: reference counties, their figures and the readiness lines")
struct ReferenceCountiesAPITests {
    struct Sent {
        var status: HTTPStatus
        var json: [String: Any]
    }

    static func send(_ app: Application, _ method: HTTPMethod, _ resource: SiteURL.API, _ headers: HTTPHeaders,
                     query: KeyValuePairs<String, String?> = [:], json: [String: Any]? = nil) async throws -> Sent {
        var sent = Sent(status: .ok, json: [:])
        var headers = headers
        var body: ByteBuffer?
        if let json {
            headers.contentType = .json
            body = ByteBuffer(data: try JSONSerialization.data(withJSONObject: json))
        }
        let path = query.isEmpty ? SiteURL.api(resource).path : SiteURL.api(resource).path(query: query)
        try await app.testing().test(method, path, headers: headers, body: body) { response async in
            sent.status = response.status
            sent.json = (try? JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any]) ?? [:]
        }
        return sent
    }

    static var kunshan: [String: Any] { ["name": "昆山市", "province": "江苏省", "membership": "2023年全国工业百强县", "publisher": "中国信息通信研究院"] }

    static func figure(_ changes: [String: Any] = [:]) -> [String: Any] {
        ["indicator": "gdp", "period": "2023", "value": 5140.6, "growth_percent": 5.8,
         "source": ["publisher": "昆山市统计局", "title": "2023年统计公报"]].merging(changes) { _, new in new }
    }

    static func audited(_ app: Application, _ action: String) async throws -> Int {
        try await AuditEntry.query(on: app.db).filter(\.$action == action).count()
    }

    @Test("The statistics bureau adds a county, enters its GDP with the source, corrects it with a reason, lists it and removes it; each write audited")
    func roundTrip() async throws {
        try await withTestApp { app in
            try await Fixture.user(app, "stats", .department, binding: "tjj")
            let token = try await ProjectsAPITests.bearer(app, "stats")
            let addedBefore = try await Self.audited(app, "counties.reference.added")
            let added = try await Self.send(app, .POST, .countiesReferences, token, json: Self.kunshan)
            #expect(added.status == .created)
            #expect(added.json["code"] as? String == "昆山市" && added.json["province"] as? String == "江苏省")
            #expect(try await Self.audited(app, "counties.reference.added") == addedBefore + 1)

            let recorded = try await Self.send(app, .POST, .countiesReferenceFigures(code: "昆山市"), token, json: Self.figure())
            #expect(recorded.status == .created)
            #expect((recorded.json["source"] as? [String: Any])?["publisher"] as? String == "昆山市统计局")
            #expect(try await Self.audited(app, "counties.reference_figure.recorded") == 1)

            let again = try await Self.send(app, .POST, .countiesReferenceFigures(code: "昆山市"), token, json: Self.figure(["value": 5150.0]))
            #expect(again.status == .badRequest, "a second figure for the period without a reason")
            #expect(try await ReferenceFigureRow.query(on: app.db).count() == 1)

            let corrected = try await Self.send(app, .POST, .countiesReferenceFigures(code: "昆山市"), token,
                                                json: Self.figure(["value": 5150.0, "correction_reason": "统计局修订"]))
            #expect(corrected.status == .created)
            #expect(try await ReferenceFigureRow.query(on: app.db).count() == 2, "the corrected figure is kept")
            #expect(try await ReferenceFigureRow.query(on: app.db).filter(\.$isCurrent == true).count() == 1)
            #expect(try await Self.audited(app, "counties.reference_figure.corrected") == 1)

            let listed = try await Self.send(app, .GET, .countiesReferences, token)
            #expect(listed.status == .ok)
            let items = try #require(listed.json["items"] as? [[String: Any]])
            let kunshan = try #require(items.first { $0["code"] as? String == "昆山市" })
            let figures = try #require(kunshan["figures"] as? [[String: Any]])
            #expect(figures.count == 1 && figures.first?["value"] as? Double == 5150.0)
            #expect(figures.first?["correction_reason"] as? String == "统计局修订")

            #expect(try await Self.send(app, .DELETE, .countiesReference(code: "昆山市"), token).status == .noContent)
            #expect(try await Self.audited(app, "counties.reference.removed") == 1)
            #expect(try await Self.send(app, .DELETE, .countiesReference(code: "昆山市"), token).status == .notFound)
            #expect(try await Self.send(app, .POST, .countiesReferenceFigures(code: "昆山市"), token, json: Self.figure()).status == .notFound)
        }
    }

    @Test("The list pages by cursor, in the order of the names")
    func pages() async throws {
        try await withTestApp { app in
            try await Fixture.user(app, "adm", .admin)
            let token = try await ProjectsAPITests.bearer(app, "adm")
            let first = try await Self.send(app, .GET, .countiesReferences, token, query: ["limit": "1"])
            let firstItems = try #require(first.json["items"] as? [[String: Any]])
            let cursor = try #require(first.json["next_cursor"] as? String)
            let second = try await Self.send(app, .GET, .countiesReferences, token, query: ["limit": "1", "cursor": cursor])
            let secondItems = try #require(second.json["items"] as? [[String: Any]])
            #expect(firstItems.count == 1 && secondItems.count == 1)
            #expect(firstItems.first?["code"] as? String != secondItems.first?["code"] as? String)
            #expect(second.json["next_cursor"] == nil || second.json["next_cursor"] is NSNull)
        }
    }

    static func boundCase(_ index: Int) -> ([String: Any], String) {
        let cases: [([String: Any], String)] = [
        (["growth_percent": 1000.1], "growth"), (["growth_percent": -100.1], "growth"), (["value": 1.000001e12], "value"),
        (["period": "2099"], "period"), (["period": "2023-13"], "period"), (["indicator": "happiness"], "indicator"),
        (["source": ["publisher": String(repeating: "局", count: 201)]], "publisher"), (["source": ["publisher": " "]], "publisher"),
        (["correction_reason": String(repeating: "因", count: 201)], "correction_reason"),
        ]
        return cases[index]
    }

    @Test("Each bound the description declares is refused with a 400 naming the field, and nothing is written", arguments: 0..<9)
    func figureBounds(_ index: Int) async throws {
        let (changes, column) = Self.boundCase(index)
        try await withTestApp { app in
            try await Fixture.user(app, "adm", .admin)
            let token = try await ProjectsAPITests.bearer(app, "adm")
            #expect(try await Self.send(app, .POST, .countiesReferences, token, json: Self.kunshan).status == .created)
            let refused = try await Self.send(app, .POST, .countiesReferenceFigures(code: "昆山市"), token, json: Self.figure(changes))
            #expect(refused.status == .badRequest)
            let errors = refused.json["errors"] as? [[String: Any]] ?? []
            #expect(errors.contains { $0["column"] as? String == column }, "\(refused.json)")
            #expect(try await ReferenceFigureRow.query(on: app.db).count() == 0)
        }
    }

    @Test("A name one character over its limit, or a threshold of zero, is refused; the limit itself is accepted")
    func countyAndLineBounds() async throws {
        try await withTestApp { app in
            try await Fixture.user(app, "adm", .admin)
            let token = try await ProjectsAPITests.bearer(app, "adm")
            let linesBefore = try await Self.audited(app, "counties.threshold.set")
            let long = ["name": String(repeating: "县", count: 41), "province": "江苏省"]
            #expect(try await Self.send(app, .POST, .countiesReferences, token, json: long).status == .badRequest)
            let limit = ["name": String(repeating: "县", count: 40), "province": "江苏省"]
            #expect(try await Self.send(app, .POST, .countiesReferences, token, json: limit).status == .created)
            let zero: [String: Any] = ["indicator": "gdp", "value": 0, "name": "门槛", "source": ["publisher": "中新社"]]
            #expect(try await Self.send(app, .PUT, .countiesReadinessLines, token, json: zero).status == .badRequest)
            #expect(try await Self.audited(app, "counties.threshold.set") == linesBefore)
        }
    }

    @Test("A readiness line set by the API replaces the line of its indicator and name, the earlier kept; the list shows it")
    func readinessLines() async throws {
        try await withTestApp { app in
            try await Fixture.user(app, "gxj1", .department, binding: "gxj")
            let token = try await ProjectsAPITests.bearer(app, "gxj1")
            let setBefore = try await Self.audited(app, "counties.threshold.set")
            let rowsBefore = try await ReadinessThresholdRow.query(on: app.db).count()
            let before = try await Self.send(app, .GET, .countiesReadinessLines, token)
            #expect((before.json["items"] as? [[String: Any]])?.count == 2)
            let line: [String: Any] = ["indicator": "gdp", "value": 650, "name": "赛迪百强县入围条件（2024）",
                                       "source": ["publisher": "中新社", "date": "2024-07-31"]]
            let set = try await Self.send(app, .PUT, .countiesReadinessLines, token, json: line)
            #expect(set.status == .ok && set.json["value"] as? Double == 650)
            let after = try await Self.send(app, .GET, .countiesReadinessLines, token)
            let items = try #require(after.json["items"] as? [[String: Any]])
            #expect(items.count == 2 && items.contains { $0["value"] as? Double == 650 })
            #expect(try await ReadinessThresholdRow.query(on: app.db).count() == rowsBefore + 1)
            #expect(try await Self.audited(app, "counties.threshold.set") == setBefore + 1)
        }
    }

    @Test("A town, another department and the prefecture are refused every route with 403; nothing is written")
    func roleRefusals() async throws {
        try await withTestApp { app in
            try await Fixture.user(app, "town1", .town, binding: "shaping")
            try await Fixture.user(app, "land", .department, binding: "zrzyj")
            try await Fixture.user(app, "city", .prefecture)
            let rows = try await ReferenceCountyRow.query(on: app.db).count()
            let lines = try await ReadinessThresholdRow.query(on: app.db).count()
            for name in ["town1", "land", "city"] {
                let token = try await ProjectsAPITests.bearer(app, name)
                let line: [String: Any] = ["indicator": "gdp", "value": 650, "name": "门槛", "source": ["publisher": "中新社"]]
                let attempts: [(HTTPMethod, SiteURL.API, [String: Any]?)] = [
                    (.GET, .countiesReferences, nil), (.POST, .countiesReferences, Self.kunshan), (.DELETE, .countiesReference(code: "博罗县"), nil),
                    (.POST, .countiesReferenceFigures(code: "博罗县"), Self.figure()), (.GET, .countiesReadinessLines, nil),
                    (.PUT, .countiesReadinessLines, line),
                ]
                for (method, resource, json) in attempts {
                    let sent = try await Self.send(app, method, resource, token, json: json)
                    #expect(sent.status == .forbidden, "\(name) \(method) \(resource)")
                }
            }
            #expect(try await ReferenceCountyRow.query(on: app.db).count() == rows)
            #expect(try await ReferenceCountyRow.query(on: app.db).filter(\.$isRemoved == true).count() == 0)
            #expect(try await ReferenceFigureRow.query(on: app.db).count() == 0)
            #expect(try await ReadinessThresholdRow.query(on: app.db).count() == lines)
        }
    }
}

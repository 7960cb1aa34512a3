import BaiqiangCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import BaiqiangApp

/// Grid events: a grid worker sees only its grid's events, a town its town's grids, the county's
/// departments all; events run through the demands workflow; campaigns count them.
@Suite("Grid events and campaigns: scoping, workflow, progress, import, demo")
struct GridTests {
    static func bearer(_ app: Application, _ username: String) async throws -> HTTPHeaders {
        let token = try await TokenService(writer: app.writer(as: .system)).create(username: username).token
        var headers = HTTPHeaders()
        headers.bearerAuthorization = .init(token: token)
        return headers
    }

    static func admin(_ app: Application) async throws -> Principal {
        let existing = try await AccountStore(db: app.db).user(named: "gridadmin")
        let user = if let existing { existing } else { try await Fixture.user(app, "gridadmin", .admin) }
        return try await Principal.load(user, channel: .token, csrfToken: nil, on: app.db)
    }

    /// Three grids (two in Shaping, one in Gulao), a worker bound to each Shaping grid, town and
    /// department accounts, and one event reported in each grid. Returns the events' ids by grid.
    static func world(_ app: Application) async throws -> [String: UUID] {
        let admin = try await admin(app)
        let store = GridStore(db: app.db, principal: admin)
        let writer = app.writer(as: .system)
        try await store.importGrids([GridRecord(code: "shaping-01", name: "沙坪一网格", townCode: "shaping"),
                                     GridRecord(code: "shaping-02", name: "沙坪二网格", townCode: "shaping"),
                                     GridRecord(code: "gulao-01", name: "古劳一网格", townCode: "gulao")], writer: writer)
        try await Fixture.user(app, "gwk1", .gridWorker, displayName: "网格员甲")
        try await Fixture.user(app, "gwk2", .gridWorker)
        try await Fixture.user(app, "shaping", .town, binding: "shaping")
        try await Fixture.user(app, "gulao", .town, binding: "gulao")
        try await Fixture.user(app, "gxj1", .department, binding: "gxj")
        try await store.bindWorkers([GridWorkerRecord(username: "gwk1", gridCode: "shaping-01", team: .fullTime),
                                     GridWorkerRecord(username: "gwk2", gridCode: "shaping-02", team: .partTime)], writer: writer)
        var ids: [String: UUID] = [:]
        for grid in ["shaping-01", "shaping-02", "gulao-01"] {
            let event = try await store.report(GridEventReport(gridCode: grid, categoryCode: "factory-subletting",
                                                               description: "厂中厂 in \(grid)", address: "\(grid) 1号"), writer: writer)
            ids[grid] = try event.requireID()
        }
        return ids
    }

    static func listed(_ app: Application, _ headers: HTTPHeaders) async throws -> Set<String> {
        var grids: Set<String> = []
        try await app.testing().test(.GET, SiteURL.api(.gridEvents).path, headers: headers) { response async throws in
            #expect(response.status == .ok)
            struct Page: Decodable { struct Item: Decodable { var grid_code: String }; var items: [Item] }
            grids = Set(try decodeJSON(Page.self, response).items.map(\.grid_code))
        }
        return grids
    }

    static func status(_ app: Application, _ method: HTTPMethod, _ path: String, _ headers: HTTPHeaders,
                       json: [String: String]? = nil) async throws -> (HTTPStatus, String) {
        var result: (HTTPStatus, String) = (.ok, "")
        var headers = headers
        if json != nil { headers.contentType = .json }
        try await app.testing().test(method, path, headers: headers, beforeRequest: { request in
            if let json { request.body = ByteBuffer(data: try JSONEncoder().encode(json)) }
        }, afterResponse: { response async in
            result = (response.status, response.body.string)
        })
        return result
    }

    @Test("A grid worker lists and opens only its own grid's events; a town its town's grids; a department every grid")
    func scoping() async throws {
        try await withTestApp { app in
            let ids = try await Self.world(app)
            let worker = try await Self.bearer(app, "gwk1")
            #expect(try await Self.listed(app, worker) == ["shaping-01"])
            #expect(try await Self.listed(app, try await Self.bearer(app, "shaping")) == ["shaping-01", "shaping-02"])
            #expect(try await Self.listed(app, try await Self.bearer(app, "gulao")) == ["gulao-01"])
            #expect(try await Self.listed(app, try await Self.bearer(app, "gxj1")) == ["shaping-01", "shaping-02", "gulao-01"])
            let (own, _) = try await Self.status(app, .GET, SiteURL.api(.gridEvent(id: ids["shaping-01"]!.uuidString)).path, worker)
            #expect(own == .ok)
            let (neighbour, _) = try await Self.status(app, .GET, SiteURL.api(.gridEvent(id: ids["shaping-02"]!.uuidString)).path, worker)
            #expect(neighbour == .notFound)
            // The page of a neighbouring grid's event is as unknown as one that does not exist.
            let browser = try await app.signIn("gwk1")
            try await app.testing().test(.GET, SiteURL.gridEvent(id: ids["shaping-02"]!.uuidString).path, headers: browser.headers) { response async in
                #expect(response.status == .notFound)
            }
            try await app.testing().test(.GET, SiteURL.grid.path, headers: browser.headers) { response async in
                #expect(response.status == .ok)
                #expect(response.body.string.contains("沙坪一网格"))
                #expect(!response.body.string.contains("沙坪二网格"))
            }
            // Reporting into another grid is refused as an unknown grid, and nothing is written.
            let before = try await GridEvent.query(on: app.db).count()
            let (refused, body) = try await Self.status(app, .POST, SiteURL.api(.gridEvents).path, worker, json: [
                "grid": "shaping-02", "category": "fire-risk", "description": "通道堵塞", "address": "某处"])
            #expect(refused == .badRequest, "\(body)")
            #expect(try await GridEvent.query(on: app.db).count() == before)
            let (reported, created) = try await Self.status(app, .POST, SiteURL.api(.gridEvents).path, worker, json: [
                "grid": "shaping-01", "category": "fire-risk", "description": "通道堵塞", "address": "某处"])
            #expect(reported == .created, "\(created)")
        }
    }

    @Test("An event runs accept → assign → handle → verify → close through the demands workflow; another town may not accept it")
    func workflow() async throws {
        try await withTestApp { app in
            let ids = try await Self.world(app)
            let path = SiteURL.api(.gridEventSteps(id: ids["shaping-01"]!.uuidString)).path
            let town = try await Self.bearer(app, "shaping"), other = try await Self.bearer(app, "gulao")
            let department = try await Self.bearer(app, "gxj1"), worker = try await Self.bearer(app, "gwk1")
            #expect(try await Self.status(app, .POST, path, other, json: ["action": "accept"]).0 == .notFound)
            #expect(try await Self.status(app, .POST, path, worker, json: ["action": "accept"]).0 == .forbidden)
            #expect(try await Self.status(app, .POST, path, department, json: ["action": "accept"]).0 == .forbidden)
            #expect(try await Self.status(app, .POST, path, town, json: ["action": "accept"]).0 == .ok)
            #expect(try await Self.status(app, .POST, path, town, json: ["action": "assign", "handler": "department:gxj"]).0 == .ok)
            #expect(try await Self.status(app, .POST, path, department, json: ["action": "respond", "note": "已到场"]).0 == .ok)
            #expect(try await Self.status(app, .POST, path, department, json: ["action": "resolve", "note": "已清退"]).0 == .ok)
            #expect(try await Self.status(app, .POST, path, department, json: ["action": "escalate", "leader": "x"]).0 == .badRequest,
                    "a demand-only step is not a grid event's")
            let (closed, body) = try await Self.status(app, .POST, path, town, json: ["action": "return_visit", "satisfaction": "satisfied"])
            #expect(closed == .ok)
            #expect(body.contains("\"status\":\"closed\""))
            let steps = try await GridEventStep.query(on: app.db).filter(\.$eventID == ids["shaping-01"]!).all().map(\.action)
            #expect(steps.sorted() == ["accept", "assign", "reported", "resolve", "respond", "return_visit"])
        }
    }

    @Test("A campaign counts the events of its scope and period: sites checked, hazards found, hazards fixed")
    func campaign() async throws {
        try await withTestApp { app in
            let ids = try await Self.world(app)
            let admin = try await Self.admin(app)
            let today = PlanDate(shanghai: app.appEnvironment.now)
            try await GridStore(db: app.db, principal: admin).saveCampaign(GridCampaign(
                code: "cz", name: BilingualText(zh: "厂中厂专项整治", en: "Subletting campaign"), towns: ["shaping"],
                categories: ["factory-subletting"], start: today, end: today,
                targets: GridCampaignTargets(sitesChecked: 4, hazardsFound: 2, hazardsFixed: 2)), writer: app.writer(as: .system))
            // Close the first Shaping event as the centre would.
            let store = GridStore(db: app.db, principal: admin), writer = app.writer(as: .system)
            let id = ids["shaping-01"]!
            _ = try await store.apply(.accept, to: id, writer: writer)
            _ = try await store.apply(.assign(.town("shaping")), to: id, writer: writer)
            let town = try await Principal.load(try #require(try await AccountStore(db: app.db).user(named: "shaping")), channel: .token, csrfToken: nil, on: app.db)
            let handler = GridStore(db: app.db, principal: town)
            _ = try await handler.apply(.respond(answer: "到场"), to: id, writer: writer)
            _ = try await handler.apply(.resolve(summary: "清退"), to: id, writer: writer)
            _ = try await handler.apply(.returnVisit(.satisfied), to: id, writer: writer)
            let (status, body) = try await Self.status(app, .GET, SiteURL.api(.gridCampaign(code: "cz")).path, try await Self.bearer(app, "gxj1"))
            #expect(status == .ok)
            #expect(body.contains("\"counts\":{\"hazards_fixed\":1,\"hazards_found\":2,\"sites_checked\":2}")
                    || body.contains("\"hazards_fixed\":1"), "\(body)")
            let browser = try await app.signIn("gxj1")
            try await app.testing().test(.GET, SiteURL.gridCampaign(code: "cz").path, headers: browser.headers) { response async in
                #expect(response.status == .ok)
                #expect(response.body.string.contains("厂中厂专项整治"))
            }
        }
    }

    @Test("A grids file with a bad row is refused whole, naming the row and column")
    func importAllOrNothing() async throws {
        try await withTestApp { app in
            let admin = try await Self.admin(app)
            let file = Data("网格编码,网格名称,镇街编码\nshaping-01,沙坪一网格,shaping\nbad code,,nowhere\n".utf8)
            let records = try GridFile.grids(file)
            do {
                try await GridStore(db: app.db, principal: admin).importGrids(records, firstRow: 2, writer: app.writer(as: .system))
                Issue.record("the file was accepted")
            } catch let error as FieldInputError {
                #expect(error.issues.allSatisfy { $0.row == 3 })
                #expect(Set(error.fields) == ["code", "name", "town"])
            }
            #expect(try await Grid.query(on: app.db).count() == 0)
            // A department may keep grids; a town may not.
            try await Fixture.user(app, "shaping", .town, binding: "shaping")
            let town = try await Principal.load(try #require(try await AccountStore(db: app.db).user(named: "shaping")), channel: .token, csrfToken: nil, on: app.db)
            await #expect(throws: AccessRefusal.self) {
                try await GridStore(db: app.db, principal: town).importGrids(Array(records.prefix(1)), writer: app.writer(as: .system))
            }
        }
    }

    @Test("serve --demo makes grids for every town, grid workers, events in several states and one campaign, all 演示数据")
    func demo() async throws {
        try await withTestApp(demo: true) { app in
            let grids = try await Grid.query(on: app.db).all()
            #expect(!grids.isEmpty && grids.allSatisfy(\.isDemo))
            let towns = try await Town.query(on: app.db).count()
            #expect(Set(grids.map(\.townCode)).count == towns)
            #expect(try await GridWorker.query(on: app.db).count() == 3)
            let events = try await GridEvent.query(on: app.db).all()
            #expect(events.allSatisfy { $0.isDemo })
            #expect(Set(events.map(\.status)).count >= 4)
            let campaigns = try await GridCampaignRow.query(on: app.db).all()
            #expect(campaigns.count == 1 && campaigns[0].isDemo)
        }
    }
}

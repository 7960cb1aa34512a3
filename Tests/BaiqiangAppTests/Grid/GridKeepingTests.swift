import BaiqiangCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import BaiqiangApp

/// Keeping the grids' work: campaigns created and changed by an administrator, or by a town for
/// its own town only; grid workers bound, moved and unbound by an administrator, or by a town on
/// its own grids only; every change audited, every refusal writing nothing.
@Suite("Grid keeping: campaigns and worker bindings on pages and API, scoped and audited")
struct GridKeepingTests {
    /// Sends a raw JSON body (arrays and numbers included).
    static func send(_ app: Application, _ method: HTTPMethod, _ path: String, _ headers: HTTPHeaders,
                     json: String? = nil) async throws -> (HTTPStatus, String) {
        var result: (HTTPStatus, String) = (.ok, "")
        var headers = headers
        if json != nil { headers.contentType = .json }
        try await app.testing().test(method, path, headers: headers, beforeRequest: { request in
            if let json { request.body = ByteBuffer(string: json) }
        }, afterResponse: { response async in
            result = (response.status, response.body.string)
        })
        return result
    }

    /// Posts a form as a browser does, `fields` in order (a name may repeat).
    static func post(_ app: Application, _ path: String, _ browser: Browser, _ fields: [(String, String)]) async throws -> (HTTPStatus, String) {
        var result: (HTTPStatus, String) = (.ok, "")
        var headers = browser.headers
        headers.contentType = .urlEncodedForm
        let body = (fields + [("_csrf", browser.csrf)]).map { name, value in
            "\(name)=\(value.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")"
        }.joined(separator: "&")
        try await app.testing().test(.POST, path, headers: headers, beforeRequest: { request in
            request.body = ByteBuffer(string: body)
        }, afterResponse: { response async in
            result = (response.status, response.body.string)
        })
        return result
    }

    static func campaign(code: String?, towns: [String], name: String = "厂中厂整治", start: String = "2026-01-01", end: String = "2026-12-31",
                         sites: Int = 10) -> String {
        let codePart = code.map { "\"code\":\"\($0)\"," } ?? ""
        let townList = towns.map { "\"\($0)\"" }.joined(separator: ",")
        return """
        {\(codePart)"name_zh":"\(name)","name_en":"Subletting","towns":[\(townList)],"categories":["factory-subletting"],\
        "start":"\(start)","end":"\(end)","targets":{"sites_checked":\(sites),"hazards_found":2,"hazards_fixed":1}}
        """
    }

    static func savedCampaigns(_ app: Application) async throws -> Int {
        try await AuditEntry.query(on: app.db).filter(\.$action == AuditAction.gridCampaignSaved.code).count()
    }

    @Test("An admin creates and changes any campaign; a town only one of its own town alone; every save audited, every refusal writes nothing")
    func campaignsByAPI() async throws {
        try await withTestApp { app in
            _ = try await GridTests.world(app)
            let admin = try await GridTests.bearer(app, "gridadmin"), shaping = try await GridTests.bearer(app, "shaping")
            let path = SiteURL.api(.gridCampaigns).path
            let (created, body) = try await Self.send(app, .POST, path, admin, json: Self.campaign(code: "county", towns: []))
            #expect(created == .created, "\(body)")
            #expect(body.contains("\"towns\":[]"))
            let (own, ownBody) = try await Self.send(app, .POST, path, shaping, json: Self.campaign(code: "sp", towns: ["shaping"]))
            #expect(own == .created, "\(ownBody)")
            #expect(try await Self.savedCampaigns(app) == 2)

            // A town may not reach into a neighbour, cover the county or take over another's campaign.
            #expect(try await Self.send(app, .POST, path, shaping, json: Self.campaign(code: "gl", towns: ["gulao"])).0 == .forbidden)
            #expect(try await Self.send(app, .POST, path, shaping, json: Self.campaign(code: "all", towns: [])).0 == .forbidden)
            #expect(try await Self.send(app, .POST, path, shaping, json: Self.campaign(code: "two", towns: ["shaping", "gulao"])).0 == .forbidden)
            #expect(try await Self.send(app, .PUT, SiteURL.api(.gridCampaign(code: "county")).path, shaping,
                                        json: Self.campaign(code: nil, towns: ["shaping"])).0 == .forbidden)
            #expect(try await Self.send(app, .PUT, SiteURL.api(.gridCampaign(code: "sp")).path, shaping,
                                        json: Self.campaign(code: nil, towns: ["gulao"])).0 == .forbidden)
            // Neither may a department, a grid worker nor another town change Shaping's campaign.
            for other in ["gxj1", "gwk1", "gulao"] {
                let headers = try await GridTests.bearer(app, other)
                #expect(try await Self.send(app, .PUT, SiteURL.api(.gridCampaign(code: "sp")).path, headers,
                                            json: Self.campaign(code: nil, towns: ["shaping"], sites: 99)).0 == .forbidden, "\(other)")
            }
            let county = try #require(try await GridCampaignRow.query(on: app.db).filter(\.$code == "county").first())
            #expect(county.towns == "" && county.targetSites == 10)
            #expect(try await GridCampaignRow.query(on: app.db).count() == 2)
            #expect(try await Self.savedCampaigns(app) == 2)

            // The town changes its own; the admin changes the county's.
            let (changed, changedBody) = try await Self.send(app, .PUT, SiteURL.api(.gridCampaign(code: "sp")).path, shaping,
                                                             json: Self.campaign(code: nil, towns: ["shaping"], name: "沙坪厂中厂", sites: 40))
            #expect(changed == .ok, "\(changedBody)")
            #expect(changedBody.contains("沙坪厂中厂") && changedBody.contains("\"sites_checked\":40"))
            #expect(try await Self.send(app, .PUT, SiteURL.api(.gridCampaign(code: "county")).path, admin,
                                        json: Self.campaign(code: nil, towns: ["gulao"], sites: 5)).0 == .ok)
            let entries = try await AuditEntry.query(on: app.db).filter(\.$action == AuditAction.gridCampaignSaved.code)
                .sort(\.$sequence).all()
            #expect(entries.count == 4)
            #expect(entries.last?.before?.contains("\"sites_checked\":10") == true)
            #expect(entries.last?.after?.contains("\"sites_checked\":5") == true)
        }
    }

    @Test("A campaign is refused, with the field named, for an end before its start, an unknown town or category, a negative target or a code in use")
    func campaignInput() async throws {
        try await withTestApp { app in
            _ = try await GridTests.world(app)
            let admin = try await GridTests.bearer(app, "gridadmin")
            let path = SiteURL.api(.gridCampaigns).path
            let (early, earlyBody) = try await Self.send(app, .POST, path, admin,
                                                         json: Self.campaign(code: "a", towns: [], start: "2026-05-01", end: "2026-04-01"))
            #expect(early == .badRequest && earlyBody.contains("end"))
            let (unknown, unknownBody) = try await Self.send(app, .POST, path, admin, json: Self.campaign(code: "b", towns: ["nowhere"]))
            #expect(unknown == .badRequest && unknownBody.contains("nowhere"))
            let (negative, negativeBody) = try await Self.send(app, .POST, path, admin, json: Self.campaign(code: "c", towns: [], sites: -1))
            #expect(negative == .badRequest && negativeBody.contains("sites_checked"))
            let (badCode, _) = try await Self.send(app, .POST, path, admin, json: Self.campaign(code: "a/b", towns: []))
            #expect(badCode == .badRequest)
            let (reserved, _) = try await Self.send(app, .POST, path, admin, json: Self.campaign(code: "new", towns: []))
            #expect(reserved == .badRequest)
            #expect(try await GridCampaignRow.query(on: app.db).count() == 0)
            #expect(try await Self.send(app, .POST, path, admin, json: Self.campaign(code: "d", towns: [])).0 == .created)
            #expect(try await Self.send(app, .POST, path, admin, json: Self.campaign(code: "d", towns: [])).0 == .conflict)
            #expect(try await Self.send(app, .PUT, SiteURL.api(.gridCampaign(code: "zz")).path, admin,
                                        json: Self.campaign(code: nil, towns: [])).0 == .notFound)
        }
    }

    @Test("On the pages a town's campaign form offers its own town only, creates its campaign, and refuses a neighbour's; the county's campaign has no edit for it")
    func campaignPages() async throws {
        try await withTestApp { app in
            _ = try await GridTests.world(app)
            let town = try await app.signIn("shaping")
            let (formStatus, form) = try await app.get(SiteURL.gridCampaignNew.path, as: town)
            #expect(formStatus == .ok)
            #expect(form.contains("value=\"shaping\"") && !form.contains("value=\"gulao\""))
            let fields: [(String, String)] = [("code", "sp-fire"), ("name_zh", "沙坪消防整治"), ("name_en", ""), ("towns", "shaping"),
                                              ("categories", "fire-risk"), ("categories", "factory-subletting"),
                                              ("start", "2026-01-01"), ("end", "2026-06-30"),
                                              ("sites_checked", "30"), ("hazards_found", "5"), ("hazards_fixed", "5")]
            let (created, _) = try await Self.post(app, SiteURL.gridCampaigns.path, town, fields)
            #expect(created == .seeOther)
            let row = try #require(try await GridCampaignRow.query(on: app.db).filter(\.$code == "sp-fire").first())
            #expect(row.towns == "shaping" && row.categories == "factory-subletting;fire-risk" && row.targetSites == 30)
            var neighbour = fields
            neighbour[0] = ("code", "gl-fire")
            neighbour[3] = ("towns", "gulao")
            #expect(try await Self.post(app, SiteURL.gridCampaigns.path, town, neighbour).0 == .forbidden)
            var late = fields
            late[0] = ("code", "late")
            late[7] = ("end", "2025-01-01")
            let (refused, page) = try await Self.post(app, SiteURL.gridCampaigns.path, town, late)
            #expect(refused == .badRequest && page.contains("沙坪消防整治"), "the form comes back with its values")
            #expect(try await GridCampaignRow.query(on: app.db).count() == 1)

            let admin = try await GridTests.admin(app)
            try await GridStore(db: app.db, principal: admin).saveCampaign(GridCampaign(
                code: "county", name: BilingualText(zh: "全县整治", en: "County"), towns: [], categories: [],
                start: try #require(PlanDate("2026-01-01")), end: try #require(PlanDate("2026-12-31")),
                targets: GridCampaignTargets(sitesChecked: 1, hazardsFound: 1, hazardsFixed: 1)), writer: app.writer(as: .system))
            let (_, county) = try await app.get(SiteURL.gridCampaign(code: "county").path, as: town)
            #expect(!county.contains(SiteURL.gridCampaignEdit(code: "county").path))
            #expect(try await app.get(SiteURL.gridCampaignEdit(code: "county").path, as: town).status == .forbidden)
            let (_, own) = try await app.get(SiteURL.gridCampaign(code: "sp-fire").path, as: town)
            #expect(own.contains(SiteURL.gridCampaignEdit(code: "sp-fire").path))
            let worker = try await app.signIn("gwk1")
            #expect(try await app.get(SiteURL.gridCampaignNew.path, as: worker).status == .forbidden)
        }
    }

    static func binding(_ app: Application, _ username: String) async throws -> GridWorker? {
        let user = try #require(try await AccountStore(db: app.db).user(named: username))
        return try await GridWorker.query(on: app.db).filter(\.$userID == user.requireID()).first()
    }

    @Test("A town binds, moves and unbinds workers on its own grids only; another town's grid is unknown to it and its workers out of reach; audited")
    func bindingByAPI() async throws {
        try await withTestApp { app in
            _ = try await GridTests.world(app)
            try await Fixture.user(app, "gwk3", .gridWorker)
            try await Fixture.user(app, "gwk4", .gridWorker)
            let shaping = try await GridTests.bearer(app, "shaping"), gulao = try await GridTests.bearer(app, "gulao")
            let admin = try await GridTests.bearer(app, "gridadmin")
            let audited = { try await AuditEntry.query(on: app.db).filter(\.$entity == AuditEntity.gridWorker.code).count() }
            let before = try await audited()

            let (bound, body) = try await Self.send(app, .PUT, SiteURL.api(.gridWorker(username: "gwk3")).path, shaping,
                                                    json: #"{"grid":"shaping-02","team":"auxiliary"}"#)
            #expect(bound == .ok, "\(body)")
            #expect(try await Self.binding(app, "gwk3")?.gridCode == "shaping-02")
            #expect(try await Self.binding(app, "gwk3")?.team == "auxiliary")
            // Shaping cannot bind onto Gulao's grid: it is as unknown to it as a grid that does not exist.
            let (foreign, foreignBody) = try await Self.send(app, .PUT, SiteURL.api(.gridWorker(username: "gwk4")).path, shaping,
                                                             json: #"{"grid":"gulao-01","team":"full_time"}"#)
            #expect(foreign == .badRequest && foreignBody.contains("gulao-01"), "\(foreignBody)")
            #expect(try await Self.binding(app, "gwk4") == nil)
            // Gulao cannot take Shaping's worker onto its own grid, nor unbind it.
            let (taken, takenBody) = try await Self.send(app, .PUT, SiteURL.api(.gridWorker(username: "gwk1")).path, gulao,
                                                         json: #"{"grid":"gulao-01","team":"full_time"}"#)
            #expect(taken == .badRequest, "\(takenBody)")
            #expect(try await Self.send(app, .DELETE, SiteURL.api(.gridWorker(username: "gwk1")).path, gulao).0 == .badRequest)
            #expect(try await Self.binding(app, "gwk1")?.gridCode == "shaping-01")
            // Only grid worker accounts are bound; departments and grid workers bind nobody.
            #expect(try await Self.send(app, .PUT, SiteURL.api(.gridWorker(username: "gulao")).path, admin,
                                        json: #"{"grid":"gulao-01","team":"full_time"}"#).0 == .badRequest)
            for refused in ["gxj1", "gwk1"] {
                let headers = try await GridTests.bearer(app, refused)
                #expect(try await Self.send(app, .PUT, SiteURL.api(.gridWorker(username: "gwk4")).path, headers,
                                            json: #"{"grid":"shaping-01","team":"full_time"}"#).0 == .forbidden, "\(refused)")
                #expect(try await Self.send(app, .GET, SiteURL.api(.gridWorkers).path, headers).0 == .forbidden, "\(refused)")
            }
            #expect(try await audited() == before + 1)

            // A town's list holds its own grids' workers; the admin's all.
            let (_, gulaoList) = try await Self.send(app, .GET, SiteURL.api(.gridWorkers).path, gulao)
            #expect(gulaoList == "[]")
            let (_, shapingList) = try await Self.send(app, .GET, SiteURL.api(.gridWorkers).path, shaping)
            #expect(shapingList.contains("gwk1") && shapingList.contains("gwk3"))

            // The admin moves gwk1 to Gulao: it then reads Gulao's events, not Shaping's.
            #expect(try await Self.send(app, .PUT, SiteURL.api(.gridWorker(username: "gwk1")).path, admin,
                                        json: #"{"grid":"gulao-01","team":"part_time"}"#).0 == .ok)
            #expect(try await GridTests.listed(app, try await GridTests.bearer(app, "gwk1")) == ["gulao-01"])
            // Now Shaping cannot unbind it, and Gulao can.
            #expect(try await Self.send(app, .DELETE, SiteURL.api(.gridWorker(username: "gwk1")).path, shaping).0 == .badRequest)
            #expect(try await Self.send(app, .DELETE, SiteURL.api(.gridWorker(username: "gwk1")).path, gulao).0 == .noContent)
            #expect(try await Self.binding(app, "gwk1") == nil)
            #expect(try await GridTests.listed(app, try await GridTests.bearer(app, "gwk1")) == [])
            let unbound = try #require(try await AuditEntry.query(on: app.db).filter(\.$action == AuditAction.gridWorkerUnbound.code).first())
            #expect(unbound.before == "\"gwk1=gulao-01:part_time\"")
        }
    }

    @Test("The workers page: a town sees and binds its own grids' workers; a refused binding shows the reason and writes nothing; a grid worker may not open it")
    func bindingPage() async throws {
        try await withTestApp { app in
            _ = try await GridTests.world(app)
            try await Fixture.user(app, "gwk3", .gridWorker)
            let gulao = try await app.signIn("gulao")
            let (_, empty) = try await app.get(SiteURL.gridWorkers.path, as: gulao)
            #expect(!empty.contains("gwk1") && empty.contains("古劳一网格") && !empty.contains("沙坪一网格"))
            #expect(try await Self.post(app, SiteURL.gridWorkers.path, gulao, [("username", "gwk3"), ("grid", "gulao-01"), ("team", "full_time")]).0 == .seeOther)
            #expect(try await Self.binding(app, "gwk3")?.gridCode == "gulao-01")
            let (refused, page) = try await Self.post(app, SiteURL.gridWorkers.path, gulao,
                                                      [("username", "gwk1"), ("grid", "gulao-01"), ("team", "full_time")])
            #expect(refused == .badRequest && page.contains("gwk1"))
            #expect(try await Self.binding(app, "gwk1")?.gridCode == "shaping-01")
            #expect(try await Self.post(app, SiteURL.gridWorkerUnbind.path, gulao, [("username", "gwk3")]).0 == .seeOther)
            #expect(try await Self.binding(app, "gwk3") == nil)
            let worker = try await app.signIn("gwk1")
            #expect(try await app.get(SiteURL.gridWorkers.path, as: worker).status == .forbidden)
            let (_, list) = try await app.get(SiteURL.grid.path, as: try await app.signIn("shaping"))
            #expect(list.contains(SiteURL.gridWorkers.path))
        }
    }

    @Test("The import of grid workers follows the same rule: a row naming an account that is no grid worker is refused with its row, nothing written")
    func importUsesTheRule() async throws {
        try await withTestApp { app in
            _ = try await GridTests.world(app)
            try await Fixture.user(app, "gwk3", .gridWorker)
            let file = Data("账号,网格编码,队伍\ngwk3,gulao-01,专职\ngxj1,gulao-01,兼职\n".utf8)
            let session = AppSession(app: app, actor: .commandLine("ops"))
            let error = await #expect(throws: FieldInputError.self) { try await session.importGridWorkers(file, sheet: nil) }
            #expect(error?.issues.map(\.row) == [3])
            #expect(try await Self.binding(app, "gwk3") == nil)
        }
    }

    @Test("The bind form picks an account by name and town among those the binding rule allows: a town its own town's workers and the unbound, never another town's worker or an account that is no grid worker; with many, a search narrows them")
    func pickerOffersEligibleAccounts() async throws {
        try await withTestApp { app in
            _ = try await GridTests.world(app)
            try await Fixture.user(app, "gwk3", .gridWorker, displayName: "网格员丙")
            try await Fixture.user(app, "gwk4", .gridWorker, displayName: "网格员丁")
            try await GridStore(db: app.db, principal: try await GridTests.admin(app))
                .bindWorkers([GridWorkerRecord(username: "gwk4", gridCode: "gulao-01", team: .fullTime)], writer: app.writer(as: .system))
            func offered(_ page: String) -> Set<String> {
                Set(["gwk1", "gwk2", "gwk3", "gwk4", "gxj1", "shaping", "gulao", "gridadmin"].filter { page.contains("<option value=\"\($0)\"") })
            }
            let (_, shaping) = try await app.get(SiteURL.gridWorkers.path, as: try await app.signIn("shaping"))
            #expect(offered(shaping) == ["gwk1", "gwk2", "gwk3"])
            #expect(shaping.contains("网格员甲 · ") && shaping.contains("网格员丙 · 未绑定 (gwk3)"))
            #expect(!shaping.contains("按姓名或账号查找网格员"), "a short list needs no search")
            let (_, gulao) = try await app.get(SiteURL.gridWorkers.path, as: try await app.signIn("gulao"))
            #expect(offered(gulao) == ["gwk3", "gwk4"])
            try await Fixture.user(app, "pickadmin", .admin)
            let admin = try await app.signIn("pickadmin")
            #expect(offered(try await app.get(SiteURL.gridWorkers.path, as: admin).body) == ["gwk1", "gwk2", "gwk3", "gwk4"])

            for index in 1...GridKeepingPagesController.searchThreshold {
                try await Fixture.user(app, "many\(index)", .gridWorker, displayName: "批量网格员\(index)")
            }
            let (_, many) = try await app.get(SiteURL.gridWorkers.path, as: admin)
            #expect(many.contains("按姓名或账号查找网格员") && many.contains("<option value=\"many7\""))
            let (_, found) = try await app.get(SiteURL.gridWorkers.path + "?q=%E7%BD%91%E6%A0%BC%E5%91%98%E4%B8%99", as: admin)
            #expect(offered(found) == ["gwk3"] && !found.contains("<option value=\"many7\""))
            // The search never widens the rule: Gulao searching for Shaping's worker finds nothing.
            let (_, foreign) = try await app.get(SiteURL.gridWorkers.path + "?q=gwk1", as: try await app.signIn("gulao"))
            #expect(offered(foreign).isEmpty)
        }
    }
}

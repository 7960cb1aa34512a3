import BaiqiangCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import BaiqiangApp

/// The chain pages: Heshan's four chains, a chain's map with its firms, projects and gaps, the
/// chain file's import and edit refused whole on bad input, firms placed by hand, and a gap made
/// into a project lead — each within who may.
@Suite("Chains: the list, a chain's map and gaps, imports and edits, firms by hand, gap leads")
struct ChainPagesTests {
    @Test("Heshan's four chains are there, each saying its nodes are the county's to edit; Longi sits on the modules node")
    func defaults() async throws {
        try await withTestApp { app in
            #expect(try await ChainRow.query(on: app.db).count() == 4)
            try await Fixture.user(app, "boss", .leader)
            let browser = try await app.signIn("boss")
            try await app.testing().test(.GET, SiteURL.chains.path, headers: browser.headers) { response async in
                let html = response.body.string
                #expect(response.status == .ok)
                #expect(html.contains("硅能源及储能产业链（光伏）") && html.contains("新一代电子信息产业链（光电显示）"))
                #expect(html.contains("先进材料产业链") && html.contains("高端装备制造产业链"))
                #expect(!html.contains("chains/import"), "a leader is not offered the import")
            }
            try await app.testing().test(.GET, SiteURL.chain(code: "silicon-energy").path, headers: browser.headers) { response async in
                let html = response.body.string
                #expect(response.status == .ok)
                #expect(html.contains("chart chain-map") && html.contains("<circle"))
                #expect(html.contains("本县自定"))
                #expect(html.contains("隆基绿能鹤山10GW组件项目"), "the project on the modules node")
                #expect(!html.contains("演示数据"))
            }
        }
    }

    @Test("A chain file with a cycle, an unknown node or a duplicate node is refused whole; a good one is saved and audited")
    func importRefusesBadChains() async throws {
        try await withTestApp { app in
            try await Fixture.user(app, "gxj1", .department, binding: "gxj")
            let browser = try await app.signIn("gxj1")
            let audited = try await ChainFixture.auditCount(app, prefix: "chains.")
            let cycle = try await ChainFixture.upload(app, browser, yaml: ChainFixture.chainYAML(edges: [("a", "b"), ("b", "c"), ("c", "a")]))
            #expect(cycle.0 == .badRequest && cycle.1.contains("产业链关系形成循环"))
            let unknown = try await ChainFixture.upload(app, browser, yaml: ChainFixture.chainYAML(edges: [("a", "x")]))
            #expect(unknown.0 == .badRequest && unknown.1.contains("未知的产业链节点"))
            let duplicate = try await ChainFixture.upload(app, browser, yaml: ChainFixture.chainYAML(nodes: ["a", "a"], edges: []))
            #expect(duplicate.0 == .badRequest && duplicate.1.contains("重复"))
            #expect(try await ChainRow.query(on: app.db).filter(\.$code == "test-chain").count() == 0)
            #expect(try await ChainFixture.auditCount(app, prefix: "chains.") == audited, "nothing written, nothing audited")
            #expect(try await ChainFixture.upload(app, browser, yaml: ChainFixture.chainYAML(), csrf: false).0 == .forbidden)
            let good = try await ChainFixture.upload(app, browser, yaml: ChainFixture.chainYAML())
            #expect(good.0 == .ok && good.1.contains("已保存"))
            #expect(try await ChainRow.query(on: app.db).filter(\.$code == "test-chain").first()?.nodeCount == 3)
            #expect(try await ChainFixture.auditCount(app, prefix: "chains.created") == 5)
        }
    }

    @Test("Only administrators and departments may import or edit a chain; the edit keeps the code and refuses a cycle")
    func editRoles() async throws {
        try await withTestApp { app in
            try await Fixture.user(app, "townuser", .town, binding: "gonghe")
            try await Fixture.user(app, "boss", .leader)
            try await Fixture.user(app, "admin1", .admin)
            for name in ["townuser", "boss"] {
                let who = try await app.signIn(name)
                try await app.testing().test(.GET, SiteURL.chainEdit(code: "silicon-energy").path, headers: who.headers) { response async in
                    #expect(response.status == .forbidden, "\(name)")
                }
                #expect(try await ChainFixture.upload(app, who, yaml: ChainFixture.chainYAML()).0 == .forbidden, "\(name)")
            }
            let admin = try await app.signIn("admin1")
            let path = SiteURL.chainEdit(code: "high-end-equipment").path
            let changed = ChainFixture.chainYAML(code: "other-code")
            let renamed = try await ChainFixture.post(app, path, admin, ["definition": changed, "_csrf": admin.csrf])
            #expect(renamed.0 == .badRequest && renamed.1.contains("编码须保持为"))
            let cyclic = ChainFixture.chainYAML(code: "high-end-equipment", edges: [("a", "b"), ("b", "a")])
            #expect(try await ChainFixture.post(app, path, admin, ["definition": cyclic, "_csrf": admin.csrf]).0 == .badRequest)
            #expect(try await ChainFixture.post(app, path, admin, ["definition": ChainFixture.chainYAML(code: "high-end-equipment")]).0 == .forbidden)
            let row = try #require(try await ChainRow.query(on: app.db).filter(\.$code == "high-end-equipment").first())
            #expect(row.nodeCount == 8, "nothing changed yet")
            let saved = try await ChainFixture.post(app, path, admin, ["definition": ChainFixture.chainYAML(code: "high-end-equipment"), "_csrf": admin.csrf])
            #expect(saved.0 == .seeOther)
            #expect(try await ChainRow.query(on: app.db).filter(\.$code == "high-end-equipment").first()?.nodeCount == 3)
        }
    }

    @Test("An edit dropping a node a project sits on is refused")
    func nodeInUse() async throws {
        try await withTestApp { app in
            try await Fixture.user(app, "admin1", .admin)
            let admin = try await app.signIn("admin1")
            // Longi sits on silicon-energy's modules node.
            let yaml = ChainFixture.chainYAML(code: "silicon-energy")
            let refused = try await ChainFixture.post(app, SiteURL.chainEdit(code: "silicon-energy").path, admin, ["definition": yaml, "_csrf": admin.csrf])
            #expect(refused.0 == .badRequest && refused.1.contains("modules"))
        }
    }

    @Test("Firms sit on nodes by industry code; a firm is put on and taken off a node by hand, audited; a town sees only its own firms")
    func firmsOnNodesAndScope() async throws {
        try await withTestApp { app in
            let mine = try await ChainFixture.firm(app, serial: 1, name: "共和组件厂", town: "gonghe", industry: "3825", outputWan: 80_000)
            let theirs = try await ChainFixture.firm(app, serial: 2, name: "沙坪组件厂", town: "shaping", industry: "3825", outputWan: 20_000)
            let other = try await ChainFixture.firm(app, serial: 3, name: "沙坪五金厂", town: "shaping", industry: "3311", outputWan: 5_000)
            try await Fixture.user(app, "gxj1", .department, binding: "gxj")
            try await Fixture.user(app, "townuser", .town, binding: "gonghe")
            let department = try await app.signIn("gxj1")
            let page = SiteURL.chain(code: "silicon-energy").path
            try await app.testing().test(.GET, page, headers: department.headers) { response async in
                let html = response.body.string
                #expect(html.contains("共和组件厂") && html.contains("沙坪组件厂"))
                #expect(html.contains("80,000 万元"))
            }
            let place = SiteURL.chainFirms(code: "silicon-energy").path
            #expect(try await ChainFixture.post(app, place, department, ["node": "inverters", "credit_code": other, "action": "add"]).0 == .forbidden)
            let unknownNode = try await ChainFixture.post(app, place, department, ["node": "nowhere", "credit_code": other, "action": "add", "_csrf": department.csrf])
            #expect(unknownNode.0 == .badRequest && unknownNode.1.contains("未知的产业链节点"))
            let added = try await ChainFixture.post(app, place, department, ["node": "inverters", "credit_code": other, "action": "add", "_csrf": department.csrf])
            #expect(added.0 == .seeOther)
            let removed = try await ChainFixture.post(app, place, department, ["node": "modules", "credit_code": theirs, "action": "remove", "_csrf": department.csrf])
            #expect(removed.0 == .seeOther)
            #expect(try await ChainFixture.auditCount(app, prefix: "chains.firm.") == 2)
            let store = ChainsStore(db: app.db, principal: try await ProjectFixture.principal(app, "gxj1"))
            let map = try await store.map(of: try #require(try await store.row(code: "silicon-energy")))
            #expect(map.firmsByNode["inverters"]?.map(\.creditCode) == [other])
            #expect(map.firmsByNode["inverters"]?.first?.byHand == true)
            #expect(map.firmsByNode["modules"]?.map(\.creditCode) == [mine])
            let town = try await app.signIn("townuser")
            try await app.testing().test(.GET, page, headers: town.headers) { response async in
                let html = response.body.string
                #expect(response.status == .ok)
                #expect(html.contains("共和组件厂"))
                #expect(!html.contains("沙坪组件厂") && !html.contains("沙坪五金厂"), "another town's firms stay out of sight")
                #expect(!html.contains(#"name="credit_code""#), "a town is not offered the placement form")
            }
            #expect(try await ChainFixture.post(app, place, town, ["node": "inverters", "credit_code": mine, "action": "add", "_csrf": town.csrf]).0 == .forbidden)
        }
    }

    @Test("A gap becomes a 线索 project with the chain and node filled in; a node that is no such gap, a town and a missing token are refused")
    func gapToLead() async throws {
        try await withTestApp { app in
            try await Fixture.user(app, "tcj1", .department, binding: "tcj")
            try await Fixture.user(app, "townuser", .town, binding: "gonghe")
            let department = try await app.signIn("tcj1")
            let path = SiteURL.chainLeads(code: "high-end-equipment").path
            try await app.testing().test(.GET, SiteURL.chain(code: "high-end-equipment").path, headers: department.headers) { response async in
                #expect(response.body.string.contains(path), "each gap offers the button")
            }
            #expect(try await ChainFixture.post(app, path, department, ["node": "robots", "kind": "fill"]).0 == .forbidden)
            let town = try await app.signIn("townuser")
            #expect(try await ChainFixture.post(app, path, town, ["node": "robots", "kind": "fill", "_csrf": town.csrf]).0 == .forbidden)
            let notThin = try await ChainFixture.post(app, path, department, ["node": "robots", "kind": "strengthen", "_csrf": department.csrf])
            #expect(notThin.0 == .badRequest && notThin.1.contains("不是这一类缺口"))
            #expect(try await Project.query(on: app.db).filter(\.$chainCode == "high-end-equipment").count() == 0)
            let made = try await ChainFixture.post(app, path, department, ["node": "robots", "kind": "fill", "_csrf": department.csrf])
            #expect(made.0 == .seeOther)
            let project = try #require(try await Project.query(on: app.db).filter(\.$chainCode == "high-end-equipment").first())
            #expect(project.chainNode == "robots")
            #expect(project.stage == ProjectStage.lead.rawValue)
            #expect(project.channel == ProjectChannel.chain.rawValue)
            #expect(made.2 == SiteURL.project(id: try project.requireID().uuidString).path)
            let again = try await ChainFixture.post(app, path, department, ["node": "robots", "kind": "fill", "_csrf": department.csrf])
            #expect(again.0 == .badRequest, "one lead per gap a year")
            try await app.testing().test(.GET, SiteURL.chain(code: "high-end-equipment").path, headers: department.headers) { response async in
                #expect(response.body.string.contains("补链：高端装备制造产业链 · 工业机器人与增材制造装备"), "the lead shows on its node")
            }
        }
    }
}

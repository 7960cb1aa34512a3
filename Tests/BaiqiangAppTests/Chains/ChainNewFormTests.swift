import BaiqiangCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import BaiqiangApp

/// The new-chain form: who may use it, a chain made from it saved and audited through the same
/// write as an upload, and every refusal (a chain rule, a taken code, an unknown department, an
/// unreadable line) bilingual and writing nothing.
@Suite("Chains: the new-chain form")
struct ChainNewFormTests {
    static func fields(code: String = "pv-new", department: String = "gxj", up: String = "si | 硅料 | Silicon | 3218",
                       mid: String = "modules | 组件 | Modules | 3825", down: String = "plants | 电站",
                       edges: String = "si > modules\nmodules > plants") -> [String: String] {
        ["code": code, "name_zh": "新光伏链", "name_en": "New PV chain", "chief": "张市长", "lead_department": department,
         "upstream": up, "midstream": mid, "downstream": down, "edges": edges]
    }

    @Test("Only administrators and departments get the form; a leader and a town are refused, and the list offers it to who may")
    func roles() async throws {
        try await withTestApp { app in
            try await Fixture.user(app, "boss", .leader)
            try await Fixture.user(app, "townuser", .town, binding: "gonghe")
            try await Fixture.user(app, "gxj1", .department, binding: "gxj")
            for name in ["boss", "townuser"] {
                let who = try await app.signIn(name)
                try await app.testing().test(.GET, SiteURL.chainNew.path, headers: who.headers) { response async in
                    #expect(response.status == .forbidden, "\(name)")
                }
                var form = Self.fields()
                form["_csrf"] = who.csrf
                #expect(try await ChainFixture.post(app, SiteURL.chainNew.path, who, form).0 == .forbidden, "\(name)")
                try await app.testing().test(.GET, SiteURL.chains.path, headers: who.headers) { response async in
                    #expect(!response.body.string.contains(SiteURL.chainNew.path), "\(name) is not offered the form")
                }
            }
            #expect(try await ChainRow.query(on: app.db).filter(\.$code == "pv-new").count() == 0)
            let department = try await app.signIn("gxj1")
            try await app.testing().test(.GET, SiteURL.chains.path, headers: department.headers) { response async in
                #expect(response.body.string.contains(SiteURL.chainNew.path))
            }
            try await app.testing().test(.GET, SiteURL.chainNew.path, headers: department.headers) { response async in
                let html = response.body.string
                #expect(response.status == .ok)
                #expect(html.contains("新建产业链") && html.contains("工业和信息化局"), "the lead department is picked by name")
            }
        }
    }

    @Test("A chain made on the form is saved as its file through the upload's write, audited, and shows its nodes")
    func creates() async throws {
        try await withTestApp { app in
            try await Fixture.user(app, "gxj1", .department, binding: "gxj")
            let browser = try await app.signIn("gxj1")
            let audited = try await ChainFixture.auditCount(app, prefix: "chains.created")
            #expect(try await ChainFixture.post(app, SiteURL.chainNew.path, browser, Self.fields()).0 == .forbidden, "no CSRF token")
            var form = Self.fields()
            form["_csrf"] = browser.csrf
            let saved = try await ChainFixture.post(app, SiteURL.chainNew.path, browser, form)
            #expect(saved.0 == .seeOther && saved.2 == SiteURL.chain(code: "pv-new").path)
            let row = try #require(try await ChainRow.query(on: app.db).filter(\.$code == "pv-new").first())
            #expect(row.nodeCount == 3 && row.chief == "张市长" && row.leadDepartmentCode == "gxj" && row.nameEn == "New PV chain")
            let chain = try row.chain()
            #expect(chain.edges == [ChainEdge(from: "si", to: "modules"), ChainEdge(from: "modules", to: "plants")])
            #expect(try await ChainFixture.auditCount(app, prefix: "chains.created") == audited + 1)
            try await app.testing().test(.GET, SiteURL.chain(code: "pv-new").path, headers: browser.headers) { response async in
                let html = response.body.string
                #expect(html.contains("新光伏链") && html.contains("硅料") && html.contains("组件"))
            }
        }
    }

    @Test("A cycle, an unknown node, a taken code, an unknown department or an unreadable line is refused bilingually; nothing written")
    func refusals() async throws {
        try await withTestApp { app in
            try await Fixture.user(app, "admin1", .admin)
            let admin = try await app.signIn("admin1")
            let chains = try await ChainRow.query(on: app.db).count()
            let audited = try await ChainFixture.auditCount(app, prefix: "chains.")
            let cases: [([String: String], String, String)] = [
                (Self.fields(edges: "si > modules\nmodules > si"), "产业链关系形成循环", "go round in a circle"),
                (Self.fields(edges: "si > nowhere"), "未知的产业链节点", "Unknown chain node"),
                (Self.fields(code: "silicon-energy"), "已有编码为 “silicon-energy” 的产业链", "already exists"),
                (Self.fields(department: "no-such-bureau"), "不是本县（市、区）的部门", "is not a department of this county"),
                (Self.fields(mid: "modules | 组件\njust-a-code"), "midstream 第 2 行", "line 2"),
            ]
            for (fields, zh, en) in cases {
                var form = fields
                form["_csrf"] = admin.csrf
                let refused = try await ChainFixture.post(app, SiteURL.chainNew.path, admin, form)
                #expect(refused.0 == .badRequest && refused.1.contains(zh), "\(zh)")
                #expect(refused.1.contains("新光伏链"), "what was typed comes back")
                let english = try await ChainFixture.post(app, SiteURL.chainNew.path + "?lang=en", admin, form)
                #expect(english.0 == .badRequest && english.1.contains(en), "\(en)")
            }
            #expect(try await ChainRow.query(on: app.db).count() == chains)
            #expect(try await ChainRow.query(on: app.db).filter(\.$code == "silicon-energy").first()?.nameZh == "硅能源及储能产业链（光伏）",
                    "a taken code does not replace that chain")
            #expect(try await ChainFixture.auditCount(app, prefix: "chains.") == audited)
        }
    }
}

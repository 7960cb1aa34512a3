import BaiqiangCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import BaiqiangApp

/// A project's edit form: only the lead department and administrators (who alone see the real
/// name before signing) get it; a change is checked by the importer's rules and against the
/// stored data, written once and audited, or refused whole.
@Suite("Projects: the edit form")
struct ProjectEditTests {
    static func fields(_ changes: [String: String] = [:]) -> [String: String] {
        var fields = ["name": "保密光伏项目", "codename": "代号A", "year": "2024", "investor": "某投资方", "investment_yi": "15",
                      "funds_in_place_yi": "5", "channel": "chain", "chain_node": "silicon-energy/modules",
                      "leader_account": "mayor", "lead_department": "tcj", "town": "gonghe", "is_key": "1",
                      "planned_land_supplied": "2024-03-31", "planned_started": "2024-06-30", "planned_producing": "2025-06-30"]
        for (key, value) in changes { fields[key] = value }
        return fields
    }

    static func post(_ app: Application, _ id: UUID, _ browser: Browser, _ fields: [String: String], csrf: Bool = true,
                     language: String? = nil) async throws -> (HTTPStatus, String, String?) {
        var form = fields
        if csrf { form["_csrf"] = browser.csrf }
        return try await ChainFixture.post(app, SiteURL.projectEdit(id: id.uuidString).path + (language.map { "?lang=\($0)" } ?? ""),
                                           browser, form)
    }

    static func changes(_ app: Application) async throws -> Int {
        try await AuditEntry.query(on: app.db).filter(\.$action == "projects.changed").count()
    }

    @Test("Before signing, only the lead department and administrators get the form; another department, a town and a leader are refused without the name")
    func whoMayEdit() async throws {
        try await withTestApp { app in
            let id = try await ProjectFixture.project(app, ProjectFixture.record("保密光伏项目"))
            try await Fixture.user(app, "tcj1", .department, binding: "tcj")
            try await Fixture.user(app, "gxj1", .department, binding: "gxj")
            try await Fixture.user(app, "townuser", .town, binding: "gonghe")
            try await Fixture.user(app, "mayor", .leader)
            try await Fixture.user(app, "admin1", .admin)
            for name in ["gxj1", "townuser", "mayor"] {
                let who = try await app.signIn(name)
                try await app.testing().test(.GET, SiteURL.projectEdit(id: id.uuidString).path, headers: who.headers) { response async in
                    #expect(response.status == .forbidden, "\(name)")
                    #expect(!response.body.string.contains("保密光伏项目"), "\(name) is not shown the real name")
                }
                let refused = try await Self.post(app, id, who, Self.fields(["name": "改名"]))
                #expect(refused.0 == .forbidden, "\(name)")
                try await app.testing().test(.GET, SiteURL.project(id: id.uuidString).path, headers: who.headers) { response async in
                    #expect(!response.body.string.contains(SiteURL.projectEdit(id: id.uuidString).path), "\(name) is not offered the form")
                }
            }
            #expect(try await Project.find(id, on: app.db)?.name == "保密光伏项目")
            #expect(try await Self.changes(app) == 0)
            for name in ["tcj1", "admin1"] {
                let who = try await app.signIn(name)
                try await app.testing().test(.GET, SiteURL.projectEdit(id: id.uuidString).path, headers: who.headers) { response async in
                    #expect(response.status == .ok, "\(name)")
                    #expect(response.body.string.contains("保密光伏项目") && response.body.string.contains("硅能源及储能产业链"))
                }
            }
        }
    }

    @Test("The lead department changes the fields, chain node, linked leader and planned days in one audited write")
    func saves() async throws {
        try await withTestApp { app in
            let id = try await ProjectFixture.project(app, ProjectFixture.record("保密光伏项目"))
            try await Fixture.user(app, "tcj1", .department, binding: "tcj")
            try await Fixture.user(app, "mayor", .leader)
            let browser = try await app.signIn("tcj1")
            #expect(try await Self.post(app, id, browser, Self.fields(), csrf: false).0 == .forbidden, "no CSRF token")
            let saved = try await Self.post(app, id, browser, Self.fields(["investment_yi": "10000", "funds_in_place_yi": "10000"]))
            #expect(saved.0 == .seeOther && saved.2 == SiteURL.project(id: id.uuidString).path, "the bounds themselves are taken")
            let project = try #require(try await Project.find(id, on: app.db))
            #expect(project.investmentYi == 10_000 && project.fundsInPlaceYi == 10_000 && project.isKey)
            #expect(project.chainCode == "silicon-energy" && project.chainNode == "modules" && project.channel == "chain")
            let mayor = try #require(try await User.query(on: app.db).filter(\.$username == "mayor").first())
            #expect(project.linkedLeaderID == mayor.id)
            let planned = try await ProjectMilestoneRow.query(on: app.db).filter(\.$projectID == id).all()
            #expect(Dictionary(uniqueKeysWithValues: planned.map { ($0.stage, $0.planned) })
                    == ["land_supplied": "2024-03-31", "started": "2024-06-30", "producing": "2025-06-30"])
            #expect(try await Self.changes(app) == 1)
            // Clearing a planned day removes that milestone; clearing the leader unlinks it.
            let cleared = try await Self.post(app, id, browser, Self.fields(["planned_producing": "", "leader_account": ""]))
            #expect(cleared.0 == .seeOther)
            #expect(try await ProjectMilestoneRow.query(on: app.db).filter(\.$projectID == id).count() == 2)
            #expect(try await Project.find(id, on: app.db)?.linkedLeaderID == nil)
            #expect(try await Self.changes(app) == 2)
        }
    }

    @Test("Too large an investment, funds over it, a name taken that year, an unknown node, town or leader, days out of order: refused in both languages, nothing written")
    func refusals() async throws {
        try await withTestApp { app in
            let id = try await ProjectFixture.project(app, ProjectFixture.record("保密光伏项目"))
            try await ProjectFixture.project(app, ProjectFixture.record("已有项目", codename: "代号B"))
            try await ProjectFixture.project(app, ProjectFixture.record("去年项目", codename: "代号C", year: 2023))
            try await Fixture.user(app, "tcj1", .department, binding: "tcj")
            try await Fixture.user(app, "mayor", .leader)
            try await Fixture.user(app, "clerk", .department, binding: "gxj")
            let browser = try await app.signIn("tcj1")
            let cases: [([String: String], String, String)] = [
                (["investment_yi": "10000.01", "funds_in_place_yi": "0"], "是否填成了万元", "was it given in 万元"),
                (["investment_yi": "15", "funds_in_place_yi": "15.01"], "超过计划投资", "exceed the investment"),
                (["name": "已有项目"], "2024 年已有名为“已有项目”的项目", "already exists in 2024"),
                (["chain_node": "silicon-energy/nowhere"], "未知的产业链节点", "Unknown chain node"),
                (["town": "atlantis"], "不是本县（市、区）的镇街", "is not a town of this county"),
                (["leader_account": "clerk"], "不是本县（市、区）的领导账号", "is not a leader account of this county"),
                (["planned_started": "2024-03-30"], "早于“供地”的计划日期", "before the planned day of"),
            ]
            for (changes, zh, en) in cases {
                let refused = try await Self.post(app, id, browser, Self.fields(changes))
                #expect(refused.0 == .badRequest && refused.1.contains(zh), "\(zh)")
                let english = try await Self.post(app, id, browser, Self.fields(changes), language: "en")
                #expect(english.0 == .badRequest && english.1.contains(en), "\(en)")
            }
            let project = try #require(try await Project.find(id, on: app.db))
            #expect(project.name == "保密光伏项目" && project.investmentYi == 12 && project.chainCode == nil)
            #expect(try await ProjectMilestoneRow.query(on: app.db).filter(\.$projectID == id).count() == 0)
            #expect(try await Self.changes(app) == 0)
            // A name another project has in another year is free.
            #expect(try await Self.post(app, id, browser, Self.fields(["name": "去年项目"])).0 == .seeOther)
        }
    }

    @Test("The form edits the investor's revenue and the company's credit code; a wrong check character is refused in both languages")
    func revenueAndCreditCode() async throws {
        try await withTestApp { app in
            let id = try await ProjectFixture.project(app, ProjectFixture.record("保密光伏项目"))
            try await Fixture.user(app, "tcj1", .department, binding: "tcj")
            try await Fixture.user(app, "mayor", .leader)
            let browser = try await app.signIn("tcj1")
            let code = try #require(CreditCode.completing("91440784MA0000088"))
            let wrong = String(code.dropLast()) + (code.last == "0" ? "1" : "0")
            let refused = try await Self.post(app, id, browser, Self.fields(["credit_code": wrong, "investor_revenue_yi": "120"]))
            #expect(refused.0 == .badRequest && refused.1.contains("校验位错误"))
            let english = try await Self.post(app, id, browser, Self.fields(["credit_code": wrong]), language: "en")
            #expect(english.0 == .badRequest && english.1.contains("Wrong check character"))
            #expect(try await Project.find(id, on: app.db)?.investorRevenueYi == nil)

            let saved = try await Self.post(app, id, browser, Self.fields(["credit_code": code.lowercased(), "investor_revenue_yi": "120"]))
            #expect(saved.0 == .seeOther)
            let project = try #require(try await Project.find(id, on: app.db))
            #expect(project.creditCode == code && project.investorRevenueYi == 120 && project.record.tier.isHundredYiInvestor)
            try await app.testing().test(.GET, SiteURL.projectEdit(id: id.uuidString).path, headers: browser.headers) { response async in
                #expect(response.body.string.contains("value=\"\(code)\"") && response.body.string.contains("value=\"120\""),
                        "the form shows what is stored")
            }
        }
    }

    @Test("The store itself refuses an account that may not change the project, whichever page or script calls it")
    func storeRefusesOthers() async throws {
        try await withTestApp { app in
            let id = try await ProjectFixture.project(app, ProjectFixture.record("保密光伏项目"))
            try await Fixture.user(app, "gxj1", .department, binding: "gxj")
            let store = try await ProjectFixture.store(app, "gxj1")
            var form = ProjectForm(ProjectFixture.record("保密光伏项目"), planned: [])
            form.name = "改名"
            await #expect(throws: AccessRefusal.self) {
                try await store.update(projectID: id, with: form, leader: .keep, writer: ProjectFixture.writer(app, "gxj1"))
            }
            #expect(try await Project.find(id, on: app.db)?.name == "保密光伏项目")
            #expect(try await Self.changes(app) == 0)
        }
    }
}

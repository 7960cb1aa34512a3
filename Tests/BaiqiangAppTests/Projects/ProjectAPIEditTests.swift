import BaiqiangCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import BaiqiangApp

/// `PATCH /api/v1/projects/{id}`: the edit form's change through the API — the fields the body
/// names laid over the stored ones, read by Core's `ProjectForm`, written by the same store call
/// for the same accounts, audited as `projects.changed`, or refused whole as a 400 naming each field.
@Suite("Projects API: editing a project")
struct ProjectAPIEditTests {
    struct Sent {
        var status: HTTPStatus
        var json: [String: Any]
        var body: String
    }

    static func patch(_ app: Application, _ id: UUID, _ headers: HTTPHeaders, _ body: [String: Any], language: String? = nil) async throws -> Sent {
        var sent = Sent(status: .ok, json: [:], body: "")
        var headers = headers
        headers.contentType = .json
        let data = try JSONSerialization.data(withJSONObject: body)
        let path = SiteURL.api(.project(id: id.uuidString)).path + (language.map { "?lang=\($0)" } ?? "")
        try await app.testing().test(.PATCH, path, headers: headers, body: ByteBuffer(data: data)) { response async in
            sent.status = response.status
            sent.body = response.body.string
            sent.json = (try? JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any]) ?? [:]
        }
        return sent
    }

    static func changes(_ app: Application) async throws -> Int {
        try await AuditEntry.query(on: app.db).filter(\.$action == "projects.changed").count()
    }

    static func errorColumns(_ sent: Sent) -> [String] {
        ((sent.json["errors"] as? [[String: Any]]) ?? []).compactMap { $0["column"] as? String }
    }

    static let validCode = CreditCode.completing("91440784MA0000077")!

    @Test("The lead department changes only the fields it names; revenue, credit code, leader and a planned day included; audited once")
    func partialChange() async throws {
        try await withTestApp { app in
            var record = ProjectFixture.record("保密光伏项目")
            record.isKey = true
            let id = try await ProjectFixture.project(app, record)
            try await Fixture.user(app, "tcj1", .department, binding: "tcj")
            let mayor = try await Fixture.user(app, "mayor", .leader, displayName: "李市长")
            let token = try await ProjectsAPITests.bearer(app, "tcj1")
            let sent = try await Self.patch(app, id, token, [
                "investment_yi": 15, "investor_revenue_yi": 120, "credit_code": Self.validCode.lowercased(),
                "leader_account": "mayor", "chain_node": "silicon-energy/modules", "planned": ["started": "2024-06-30"],
            ])
            #expect(sent.status == .ok, "\(sent.body)")
            let project = try #require(sent.json["project"] as? [String: Any])
            #expect(project["investment_yi"] as? Double == 15 && project["hundred_yi_investor"] as? Bool == true)
            #expect(project["credit_code"] as? String == Self.validCode && project["linked_leader"] as? String == "李市长")
            #expect(project["chain"] as? String == "silicon-energy" && project["chain_node"] as? String == "modules")
            let stored = try #require(try await Project.find(id, on: app.db))
            #expect(stored.name == "保密光伏项目" && stored.codename == "代号A" && stored.investor == "某投资方", "what the body leaves out is kept")
            #expect(stored.isKey && stored.townCode == "gonghe" && stored.leadDepartmentCode == "tcj" && stored.year == 2024)
            #expect(stored.investorRevenueYi == 120 && stored.creditCode == Self.validCode && stored.linkedLeaderID == mayor.id)
            let planned = try await ProjectMilestoneRow.query(on: app.db).filter(\.$projectID == id).all()
            #expect(planned.map { "\($0.stage) \($0.planned)" } == ["started 2024-06-30"])
            #expect(try await Self.changes(app) == 1)

            // null clears: the revenue, the leader, the planned day; a field left out stays.
            let cleared = try await Self.patch(app, id, token, ["investor_revenue_yi": NSNull(), "leader_account": NSNull(),
                                                                 "planned": ["started": NSNull()]])
            #expect(cleared.status == .ok, "\(cleared.body)")
            let after = try #require(try await Project.find(id, on: app.db))
            #expect(after.investorRevenueYi == nil && after.linkedLeaderID == nil && after.creditCode == Self.validCode)
            #expect(try await ProjectMilestoneRow.query(on: app.db).filter(\.$projectID == id).count() == 0)
            #expect(try await Self.changes(app) == 2)
        }
    }

    @Test("Another department, a town and a leader are refused 403; another county's project is 404; nothing written or audited")
    func whoMayChange() async throws {
        try await withTestApp { app in
            let id = try await ProjectFixture.project(app, ProjectFixture.record("保密光伏项目"))
            let elsewhere = try await ProjectFixture.project(app, ProjectFixture.record("外县项目"), county: "440703")
            try await Fixture.user(app, "gxj1", .department, binding: "gxj")
            try await Fixture.user(app, "townuser", .town, binding: "gonghe")
            try await Fixture.user(app, "mayor", .leader)
            try await Fixture.user(app, "admin1", .admin)
            for name in ["gxj1", "townuser", "mayor"] {
                let refused = try await Self.patch(app, id, try await ProjectsAPITests.bearer(app, name), ["name": "改名", "investment_yi": 1])
                #expect(refused.status == .forbidden, "\(name): \(refused.body)")
                #expect(!refused.body.contains("保密光伏项目"), "\(name) is not told the real name")
            }
            var anonymous = HTTPHeaders()
            anonymous.contentType = .json
            #expect(try await Self.patch(app, id, anonymous, ["name": "改名"]).status == .unauthorized)
            let stored = try #require(try await Project.find(id, on: app.db))
            #expect(stored.name == "保密光伏项目" && stored.investmentYi == 12)
            #expect(try await Self.changes(app) == 0)

            let admin = try await ProjectsAPITests.bearer(app, "admin1")
            #expect(try await Self.patch(app, elsewhere, admin, ["name": "改名"]).status == .notFound)
            #expect(try await Project.find(elsewhere, on: app.db)?.name == "外县项目")
            #expect(try await Self.patch(app, id, admin, ["name": "改名"]).status == .ok)
            #expect(try await Project.find(id, on: app.db)?.name == "改名")
        }
    }

    @Test("A wrong check character, funds over the investment, a taken name, an unknown town, leader or stage: 400 naming each field in both languages; nothing written")
    func refusals() async throws {
        try await withTestApp { app in
            let id = try await ProjectFixture.project(app, ProjectFixture.record("保密光伏项目"))
            try await ProjectFixture.project(app, ProjectFixture.record("已有项目", codename: "代号B"))
            try await Fixture.user(app, "tcj1", .department, binding: "tcj")
            try await Fixture.user(app, "clerk", .department, binding: "gxj")
            let token = try await ProjectsAPITests.bearer(app, "tcj1")
            let wrongCheck = String(Self.validCode.dropLast()) + (Self.validCode.last == "0" ? "1" : "0")
            let cases: [([String: Any], [String], String, String)] = [
                (["credit_code": wrongCheck], ["credit_code"], "校验位错误", "Wrong check character"),
                (["funds_in_place_yi": 12.5], ["funds_in_place_yi"], "超过计划投资", "exceed the investment"),
                (["investment_yi": 10_000.5], ["investment_yi"], "是否填成了万元", "was it given in 万元"),
                (["name": "已有项目"], ["name"], "2024 年已有名为“已有项目”的项目", "already exists in 2024"),
                (["town": "atlantis", "leader_account": "clerk"], ["town", "leader_account"], "不是本县（市、区）的领导账号",
                 "is not a leader account of this county"),
                (["investor_revenue_yi": -1], ["investor_revenue_yi"], "investor_revenue_yi", "investor_revenue_yi"),
                (["planned": ["signed": "2024-01-01"]], ["planned"], "不是可计划的节点", "is not a stage that can be planned"),
                (["planned": ["land_supplied": "2024-06-30", "started": "2024-03-01"]], ["planned_started"], "早于“供地”的计划日期",
                 "before the planned day of"),
            ]
            for (body, columns, zh, en) in cases {
                let refused = try await Self.patch(app, id, token, body)
                #expect(refused.status == .badRequest, "\(body)")
                #expect(Self.errorColumns(refused) == columns, "\(body): \(refused.body)")
                #expect(refused.body.contains(zh), "\(zh): \(refused.body)")
                let english = try await Self.patch(app, id, token, body, language: "en")
                #expect(english.body.contains(en), "\(en): \(english.body)")
            }
            let wrongType = try await Self.patch(app, id, token, ["investment_yi": "很多"])
            #expect(wrongType.status == .badRequest)
            let stored = try #require(try await Project.find(id, on: app.db))
            #expect(stored.name == "保密光伏项目" && stored.investmentYi == 12 && stored.creditCode == nil && stored.townCode == "gonghe")
            #expect(try await ProjectMilestoneRow.query(on: app.db).filter(\.$projectID == id).count() == 0)
            #expect(try await Self.changes(app) == 0)
        }
    }
}

import BaiqiangCore
import Fluent
import Foundation
import SQLKit
import Testing
import Vapor
import VaporTesting
@testable import BaiqiangApp

/// Linked leaders (挂钩领导) are accounts: a form picks one of the county's leader accounts, a file
/// names one by username, and anything else is refused with nothing written.
@Suite("Linked leaders by account: linking, unknown leaders refused, county scoping")
struct LeaderLinkTests {
    func post(_ app: Application, _ url: SiteURL, _ browser: Browser, _ fields: [String: String]) async throws -> (HTTPStatus, String) {
        var result: (HTTPStatus, String) = (.ok, "")
        var form = fields
        form["_csrf"] = browser.csrf
        try await app.testing().test(.POST, url.path, headers: browser.headers, beforeRequest: { request in
            try request.content.encode(form, as: .urlEncodedForm)
        }, afterResponse: { response async in
            result = (response.status, response.body.string)
        })
        return result
    }

    func firm(_ app: Application, _ code: String) async throws -> Enterprise {
        try #require(try await Enterprise.query(on: app.db).filter(\.$creditCode == code).first())
    }

    @Test("The edit form offers the county's leader accounts; picking one links the firm and its page shows the account's current name")
    func linkByAccount() async throws {
        try await withTestApp { app in
            try await Fixture.user(app, "gxj1", .department, binding: "gxj")
            let li = try await Fixture.user(app, "lishi", .leader, displayName: "李市长")
            try await Fixture.user(app, "wang", .leader, displayName: "王镇长")
            try await Fixture.user(app, "zhou", .department, binding: "gxj", displayName: "周科长")
            let code = try await Fixture.enterprise(app, serial: 1, name: "甲", town: "shaping")
            let gx = try await app.signIn("gxj1")
            let form = try await app.page(SiteURL.enterpriseEdit(creditCode: code).path, as: gx)
            #expect(form.contains("李市长 (lishi)") && form.contains("王镇长 (wang)"))
            #expect(!form.contains("周科长"), "only leader accounts are offered")

            let (status, _) = try await post(app, SiteURL.enterpriseEdit(creditCode: code), gx, ["city_leader": "lishi", "town_leader": "wang"])
            #expect(status == .seeOther)
            let linked = try await firm(app, code)
            #expect(linked.cityLeaderID == li.id && linked.cityLeader == "李市长")
            #expect(linked.townLeader == "王镇长" && linked.townLeaderID != nil)

            li.displayName = "李副市长"
            try await li.update(on: app.db)
            #expect(try await app.page(SiteURL.enterprise(creditCode: code).path, as: gx).contains("李副市长"))
        }
    }

    @Test("An unknown username, a non-leader account or another county's leader is refused in both languages, and nothing is written")
    func unknownLeaderRefused() async throws {
        try await withTestApp { app in
            try await Fixture.user(app, "gxj1", .department, binding: "gxj")
            try await Fixture.user(app, "zhou", .department, binding: "gxj", displayName: "周科长")
            let away = try await Fixture.user(app, "xinhui", .leader, displayName: "新会领导")
            away.countyCode = "440705"
            try await away.update(on: app.db)
            let code = try await Fixture.enterprise(app, serial: 1, name: "甲", town: "shaping")
            let gx = try await app.signIn("gxj1")
            let audits = try await AuditEntry.query(on: app.db).count()
            for username in ["nobody", "zhou", "xinhui"] {
                let (status, body) = try await post(app, SiteURL.enterpriseEdit(creditCode: code), gx,
                                                    ["city_leader": username, "address": "新地址"])
                #expect(status == .badRequest, "\(username)")
                #expect(body.contains("“\(username)”不是本县（市、区）的领导账号"), "\(username)")
                let stored = try await firm(app, code)
                #expect(stored.cityLeaderID == nil && stored.cityLeader == nil && stored.address == nil, "\(username)")
            }
            #expect(try await AuditEntry.query(on: app.db).count() == audits)
            #expect(UnknownLeader(username: "x").message.en == "'x' is not a leader account of this county")
        }
    }

    @Test("An old row's typed name stays, shown and kept, until someone picks an account")
    func typedNameKept() async throws {
        try await withTestApp { app in
            try await Fixture.user(app, "gxj1", .department, binding: "gxj")
            let code = try await Fixture.enterprise(app, serial: 1, name: "甲", town: "shaping")
            let old = try await firm(app, code)
            old.cityLeader = "张副市长"
            try await old.update(on: app.db)
            let gx = try await app.signIn("gxj1")
            #expect(try await app.page(SiteURL.enterprise(creditCode: code).path, as: gx).contains("张副市长"))
            #expect(try await app.page(SiteURL.enterpriseEdit(creditCode: code).path, as: gx).contains("张副市长（未关联账号）"))
            let (status, _) = try await post(app, SiteURL.enterpriseEdit(creditCode: code), gx,
                                             ["city_leader": LeaderChoice.keepValue, "address": "新地址"])
            #expect(status == .seeOther)
            let kept = try await firm(app, code)
            #expect(kept.cityLeader == "张副市长" && kept.cityLeaderID == nil && kept.address == "新地址")
        }
    }

    @Test("The migration links a typed name to the one leader account of the county with that display name, and no other")
    func backfill() async throws {
        try await withTestApp { app in
            let li = try await Fixture.user(app, "lishi", .leader, displayName: "李市长")
            try await Fixture.user(app, "wang1", .leader, displayName: "王镇长")
            try await Fixture.user(app, "wang2", .leader, displayName: "王镇长")
            try await Fixture.user(app, "chen", .department, binding: "gxj", displayName: "陈局长")
            let away = try await Fixture.user(app, "xinhui", .leader, displayName: "赵市长")
            away.countyCode = "440705"
            try await away.update(on: app.db)
            let codes = [try await Fixture.enterprise(app, serial: 1, name: "甲", town: "shaping"),
                         try await Fixture.enterprise(app, serial: 2, name: "乙", town: "shaping"),
                         try await Fixture.enterprise(app, serial: 3, name: "丙", town: "shaping"),
                         try await Fixture.enterprise(app, serial: 4, name: "丁", town: "shaping")]
            for (code, name) in zip(codes, ["李市长", "王镇长", "陈局长", "赵市长"]) {
                let row = try await firm(app, code)
                row.cityLeader = name
                row.townLeader = name
                try await row.update(on: app.db)
            }
            let sql = try #require(app.db as? any SQLDatabase)
            try await LeaderAccountBackfill.link(sql, table: Enterprise.schema, nameColumn: "city_leader", idColumn: "city_leader_id")
            let linked = try await codes.asyncMap { try await firm(app, $0).cityLeaderID }
            #expect(linked == [li.id, nil, nil, nil], "one match links; two namesakes, a non-leader or another county's leader do not")
            #expect(try await firm(app, codes[0]).townLeaderID == nil, "only the column asked for")
        }
    }

    @Test("A projects file names the linked leader by account; an unknown account refuses the file naming row and column")
    func projectImport() async throws {
        try await withTestApp { app in
            let li = try await Fixture.user(app, "lishi", .leader, displayName: "李市长")
            let header = "项目名称,代号,年份,计划投资（亿元）,镇街,阶段,阶段日期,挂钩领导账号\n"
            let importer = ProjectImporter(writer: app.writer(as: .system), db: app.db)
            let bad = Data((header + "导入甲,代号甲,2024,12,gonghe,签约,2024-03-01,lishi\n导入乙,代号乙,2024,5,gonghe,lead,2024-03-01,ghost\n").utf8)
            let error = await #expect(throws: ProjectInputError.self) { try await importer.run(bad, sheet: nil, partial: false) }
            #expect(error?.locatedIssues.map { "\($0.row ?? 0):\($0.column ?? "")" } == ["3:leader_account"])
            #expect(error?.locatedIssues.first?.reason.zh == "“ghost”不是本县（市、区）的领导账号")
            #expect(try await Project.query(on: app.db).filter(\.$name == "导入甲").count() == 0)

            _ = try await importer.run(Data((header + "导入甲,代号甲,2024,12,gonghe,签约,2024-03-01,lishi\n").utf8), sheet: nil, partial: false)
            let project = try #require(try await Project.query(on: app.db).filter(\.$name == "导入甲").first())
            #expect(project.linkedLeaderID == li.id && project.linkedLeader == "李市长")
        }
    }
}

private extension Sequence {
    func asyncMap<T>(_ transform: (Element) async throws -> T) async rethrows -> [T] {
        var values: [T] = []
        for element in self { values.append(try await transform(element)) }
        return values
    }
}

import BaiqiangCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import BaiqiangApp

/// The visits page: coverage per leader and town by the plan KPI's rule, the visit plan set by an
/// administrator (audited, driving overdue visits), and the visits export and import.
@Suite("Visits page: coverage, the visit plan, export and import")
struct VisitsPageTests {
    let visits = VisitsTests()

    /// VisitsTests' world (李市长 city leader of 沙坪甲 and 共和乙) plus 王镇长 as 沙坪甲's town leader.
    static func world(_ app: Application) async throws -> (shaping: String, gonghe: String) {
        let (_, shaping, gonghe) = try await VisitsTests.world(app)
        let wang = try await Fixture.user(app, "wang", .leader, displayName: "王镇长")
        let firm = try #require(try await Enterprise.query(on: app.db).filter(\.$creditCode == shaping).first())
        firm.townLeaderID = wang.id
        firm.townLeader = wang.displayName
        try await firm.update(on: app.db)
        try await Fixture.user(app, "ops", .admin)
        return (shaping, gonghe)
    }

    static func record(_ app: Application, _ records: [VisitRecord], isDemo: Bool = false) async throws {
        let ops = try #require(try await User.query(on: app.db).filter(\.$username == "ops").first())
        let principal = try await Principal.load(ops, channel: .session, csrfToken: nil, on: app.db)
        try await VisitsStore(db: app.db, principal: principal).record(records, isDemo: isDemo, writer: app.writer(as: .system))
    }

    static func visit(_ code: String, _ leader: String, _ date: String, flags: Set<RiskFlag> = [], said: String? = nil) -> VisitRecord {
        VisitRecord(creditCode: code, leaderUsername: leader, date: PlanDate(date)!, firmSaid: said, flags: flags)
    }

    @Test("Coverage per leader and town follows the plan KPI's rule and figure; a town sees only its own firms")
    func coverage() async throws {
        try await withTestApp(at: VisitsTests.now) { app in
            let (shaping, gonghe) = try await Self.world(app)
            // 沙坪甲 visited this quarter; 共和乙 only last quarter.
            try await Self.record(app, [Self.visit(shaping, "lishi", "2026-04-02"), Self.visit(gonghe, "lishi", "2026-03-30")])
            let ops = try await app.signIn("ops")
            let page = try await app.page(SiteURL.visits.path, as: ops)
            #expect(page.contains("挂钩企业 2 家，本季度已走访 1 家，覆盖率 50%"), "\(page)")
            let kpi = try #require(try DefaultPlan.load(now: PlanDate("2026-05-20")!).allKPIs.first)
            let reading = try await VisitsKPIProvider(db: app.db, county: CountyCode.heshan).readings(for: kpi, asOf: PlanDate("2026-05-20")!)
            #expect(reading.observations.map(\.value) == [50], "the page's total is the plan KPI's figure")
            #expect(page.contains("王镇长</a></td><td class=\"num\">1</td><td class=\"num\">1</td><td class=\"num\">100%"))
            #expect(page.contains("李市长</a></td><td class=\"num\">2</td><td class=\"num\">1</td><td class=\"num\">50%"))
            #expect(page.contains("共和镇</td><td class=\"num\">1</td><td class=\"num\">0</td><td class=\"num\">0%"))
            try await Fixture.user(app, "gonghe1", .town, binding: "gonghe")
            let town = try await app.page(SiteURL.visits.path, as: try await app.signIn("gonghe1"))
            #expect(town.contains("挂钩企业 1 家，本季度已走访 0 家，覆盖率 0%"), "a town counts only its own firms")
            #expect(!town.contains("沙坪街道") && !town.contains("王镇长"))
        }
    }

    @Test("Demo visits count on the page, labelled 演示数据, but not in the plan's KPI")
    func demoLabelled() async throws {
        try await withTestApp(at: VisitsTests.now) { app in
            let (shaping, _) = try await Self.world(app)
            try await Self.record(app, [Self.visit(shaping, "lishi", "2026-04-02")], isDemo: true)
            let page = try await app.page(SiteURL.visits.path, as: try await app.signIn("ops"))
            #expect(page.contains("本页含演示数据") && page.contains("本季度已走访 1 家"))
            let kpi = try #require(try DefaultPlan.load(now: PlanDate("2026-05-20")!).allKPIs.first)
            let reading = try await VisitsKPIProvider(db: app.db, county: CountyCode.heshan).readings(for: kpi, asOf: PlanDate("2026-05-20")!)
            #expect(reading.observations.map(\.value) == [0])
        }
    }

    @Test("An administrator sets the plan on the page, audited, and overdue visits follow it; others may not; 13 visits is refused")
    func planOnPage() async throws {
        try await withTestApp(at: VisitsTests.now) { app in
            let (shaping, gonghe) = try await Self.world(app)
            try await Self.record(app, [Self.visit(shaping, "lishi", "2026-04-10"), Self.visit(gonghe, "lishi", "2026-04-10")])
            let lead = try await app.signIn("lishi")
            #expect(try await app.page(SiteURL.leaderMe.path, as: lead).components(separatedBy: "逾期未访").count - 1 == 0)
            let (refused, _) = try await visits.post(app, SiteURL.visitsPlan.path, lead, ["city_visits": "2", "city_period": "month"])
            #expect(refused == .forbidden)
            let ops = try await app.signIn("ops")
            let (bad, body) = try await visits.post(app, SiteURL.visitsPlan.path, ops, ["city_visits": "13", "city_period": "month"])
            #expect(bad == .badRequest && body.contains("须在 1 到 12 次之间"))
            #expect(try await VisitPlanRow.query(on: app.db).count() == 0)
            let (saved, _) = try await visits.post(app, SiteURL.visitsPlan.path, ops,
                                                   ["city_visits": "2", "city_period": "month", "town_visits": "1", "town_period": "quarter"])
            #expect(saved == .seeOther)
            #expect(try await AuditEntry.query(on: app.db).filter(\.$action == "visit.plan.set").count() == 1)
            #expect(try await VisitsStore.plan(on: app.db, county: CountyCode.heshan).quota(.city) == VisitQuota(visits: 2, period: .month))
            // 20 May with no visit since April: twice a month makes one due by now, so both firms are behind.
            let leaderPage = try await app.page(SiteURL.leaderMe.path, as: lead)
            #expect(leaderPage.components(separatedBy: "逾期未访").count - 1 == 2)
            #expect(leaderPage.contains("本期已访 0 / 2 次（每月）"))
            #expect(try await app.page(SiteURL.visits.path, as: ops).contains("每月 2 次"))
        }
    }

    @Test("The plan in the API: anyone signed in reads it; an administrator sets it; a leader is 403; 13 visits or an unknown period is 400")
    func planInAPI() async throws {
        try await withTestApp(at: VisitsTests.now) { app in
            _ = try await Self.world(app)
            let api = VisitsAPITests()
            func put(_ headers: HTTPHeaders, _ body: String) async throws -> (HTTPStatus, String) {
                var result: (HTTPStatus, String) = (.ok, "")
                var headers = headers
                headers.contentType = .json
                try await app.testing().test(.PUT, SiteURL.api(.visitsPlan).path, headers: headers, beforeRequest: { request in
                    request.body = ByteBuffer(string: body)
                }, afterResponse: { response async in result = (response.status, response.body.string) })
                return result
            }
            let ops = try await api.bearer(app, "ops"), lead = try await api.bearer(app, "lishi")
            #expect(try await put(lead, "{\"town_visits\": 2}").0 == .forbidden)
            #expect(try await put(ops, "{\"town_visits\": 13}").0 == .badRequest)
            #expect(try await put(ops, "{\"town_period\": \"week\"}").0 == .badRequest)
            let (status, body) = try await put(ops, "{\"town_visits\": 2, \"town_period\": \"month\"}")
            #expect(status == .ok && body.contains("\"town_visits\":2") && body.contains("\"town_period\":\"month\"")
                    && body.contains("\"city_visits\":1") && body.contains("\"city_period\":\"quarter\""), "\(body)")
            // A tier's part left out keeps its value.
            #expect(try await put(ops, "{\"town_visits\": 3}").1.contains("\"town_period\":\"month\""))
            try await app.testing().test(.GET, SiteURL.api(.visitsPlan).path, headers: lead) { response async in
                #expect(response.status == .ok && response.body.string.contains("\"town_visits\":3"))
            }
            try await app.testing().test(.GET, SiteURL.api(.visitsCoverage).path, headers: lead) { response async in
                #expect(response.status == .ok && response.body.string.contains("\"linked\":2"), "\(response.body.string)")
            }
        }
    }

    @Test("The CSV export: Chinese headers, names beside codes, flags by name, demo visits marked; a town exports only its own")
    func export() async throws {
        try await withTestApp(at: VisitsTests.now) { app in
            let (shaping, gonghe) = try await Self.world(app)
            try await Self.record(app, [Self.visit(shaping, "lishi", "2025-11-02", flags: [.leaseEnding, .outputFalling], said: "租约到期"),
                                        Self.visit(gonghe, "lishi", "2026-04-02")])
            try await Self.record(app, [Self.visit(gonghe, "wang", "2026-04-03")], isDemo: true)
            let csv = try await app.page(SiteURL.visitsExport(format: "csv").path, as: try await app.signIn("ops"))
            let lines = csv.split(whereSeparator: \.isNewline).map(String.init)
            #expect(lines.first?.contains("统一社会信用代码,企业名称,镇街,领导账号,领导姓名,走访日期") == true)
            #expect(lines.count == 4)
            #expect(lines[1].contains("\(shaping),沙坪甲,沙坪街道,lishi,李市长,2025-11-02,,租约到期,产值下滑、租约到期"))
            #expect(lines[3].hasSuffix(",演示数据") && !lines[2].contains("演示数据"))
            let year = try await app.page(SiteURL.visitsExport(format: "csv").path + "?year=2025", as: try await app.signIn("ops"))
            #expect(year.split(whereSeparator: \.isNewline).count == 2)
            try await Fixture.user(app, "gonghe1", .town, binding: "gonghe")
            let town = try await app.page(SiteURL.visitsExport(format: "csv").path, as: try await app.signIn("gonghe1"))
            #expect(!town.contains(shaping) && town.contains(gonghe), "a town exports only its own firms' visits")
        }
    }

    @Test("Import reads an export back as the same visits, audited; a bad row refuses the file naming row and column; a second import is refused")
    func importRoundTrip() async throws {
        try await withTestApp(at: VisitsTests.now) { app in
            let (shaping, gonghe) = try await Self.world(app)
            try await Self.record(app, [Self.visit(shaping, "lishi", "2025-11-02", flags: [.leaseEnding], said: "租约到期"),
                                        Self.visit(gonghe, "wang", "2026-04-02")])
            try await Self.record(app, [Self.visit(gonghe, "lishi", "2026-04-03")], isDemo: true)
            let session = AppSession(app: app, actor: .commandLine("ops"))
            let exported = try await session.exportVisits(year: nil, xlsx: false, language: .zhHans)
            for visit in try await Visit.query(on: app.db).all() { try await visit.delete(on: app.db) }
            let bad = Data(exported) + Data("\(shaping),,,nobody,,2026-04-05,,,,,\n".utf8)
            await #expect(throws: VisitsStore.InputError.self) { try await session.importVisits(bad, sheet: nil) }
            do { _ = try await session.importVisits(bad, sheet: nil) } catch let error as VisitsStore.InputError {
                #expect(error.issues.map(\.row) == [5] && error.issues.map(\.column) == ["leader"])
            }
            #expect(try await Visit.query(on: app.db).count() == 0, "nothing written from a file with a bad row")
            #expect(try await session.importVisits(Data(exported), sheet: nil) == 3)
            #expect(try await session.exportVisits(year: nil, xlsx: false, language: .zhHans) == exported)
            #expect(try await AuditEntry.query(on: app.db).filter(\.$action == "visit.import").count() == 3)
            await #expect(throws: VisitsStore.InputError.self) { try await session.importVisits(Data(exported), sheet: nil) }
            #expect(try await Visit.query(on: app.db).count() == 3)
        }
    }
}

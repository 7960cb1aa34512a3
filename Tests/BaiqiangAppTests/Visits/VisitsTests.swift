import BaiqiangCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import BaiqiangApp

/// Visits (走访): recorded on a leader's page within Core's bounds, scoped by county and role,
/// audited; a problem heard becomes a demand in one step, linked to the visit.
@Suite("Visits: recording, bounds, scoping, overdue firms and the demand raised from a visit")
struct VisitsTests {
    /// 2026-05-20 12:00 Beijing time.
    static let now = PlanPeriodsTests.noon("2026-05-20")

    func post(_ app: Application, _ path: String, _ browser: Browser, _ fields: [String: String]) async throws -> (HTTPStatus, String) {
        var result: (HTTPStatus, String) = (.ok, "")
        var form = fields
        form["_csrf"] = browser.csrf
        try await app.testing().test(.POST, path, headers: browser.headers, beforeRequest: { request in
            try request.content.encode(form, as: .urlEncodedForm)
        }, afterResponse: { response async in
            result = (response.status, response.body.string)
        })
        return result
    }

    /// 李市长 linked by account to 沙坪甲 (沙坪) and 共和乙 (共和).
    static func world(_ app: Application) async throws -> (leader: User, shaping: String, gonghe: String) {
        let leader = try await Fixture.user(app, "lishi", .leader, displayName: "李市长")
        let a = try await Fixture.enterprise(app, serial: 1, name: "沙坪甲", town: "shaping")
        let b = try await Fixture.enterprise(app, serial: 2, name: "共和乙", town: "gonghe")
        for code in [a, b] {
            let firm = try #require(try await Enterprise.query(on: app.db).filter(\.$creditCode == code).first())
            firm.cityLeaderID = leader.id
            firm.cityLeader = leader.displayName
            try await firm.update(on: app.db)
        }
        return (leader, a, b)
    }

    @Test("A leader records a visit on their page: saved with its flags, audited, and the firm no longer overdue")
    func recordOwnVisit() async throws {
        try await withTestApp(at: Self.now) { app in
            let (_, shaping, _) = try await Self.world(app)
            let lead = try await app.signIn("lishi")
            let before = try await app.page(SiteURL.leaderMe.path, as: lead)
            #expect(before.components(separatedBy: "逾期未访").count - 1 == 2, "never visited: both overdue")
            let (status, _) = try await post(app, SiteURL.leaderVisits(username: "lishi").path, lead, [
                "credit_code": shaping, "date": "2026-05-18", "participants": "李市长、工信局王科长",
                "firm_said": "订单下滑，厂房租约年底到期", "flag_output_falling": "1", "flag_lease_ending": "1"])
            #expect(status == .seeOther)
            let visit = try #require(try await Visit.query(on: app.db).first())
            #expect(visit.visitDate == "2026-05-18" && visit.flags == [.outputFalling, .leaseEnding] && visit.creditCode == shaping)
            #expect(try await AuditEntry.query(on: app.db).filter(\.$action == "visit.record").count() == 1)
            let after = try await app.page(SiteURL.leaderMe.path, as: lead)
            #expect(after.contains("2026-05-18") && after.contains("产值下滑、租约到期"))
            #expect(after.components(separatedBy: "逾期未访").count - 1 == 1, "only the unvisited firm is overdue")
        }
    }

    @Test("Tomorrow, before 2000, or 201 characters of who went are refused naming the field, and nothing is written")
    func bounds() async throws {
        try await withTestApp(at: Self.now) { app in
            let (_, shaping, _) = try await Self.world(app)
            let lead = try await app.signIn("lishi")
            let audits = try await AuditEntry.query(on: app.db).count()
            for (field, value, reason) in [("date", "2026-05-21", "不能晚于今天（2026-05-20）"), ("date", "1999-12-31", "不能早于 2000-01-01"),
                                           ("participants", String(repeating: "人", count: 201), "不能超过 200 个字符")] {
                var fields = ["credit_code": shaping, "date": "2026-05-18"]
                fields[field] = value
                let (status, body) = try await post(app, SiteURL.leaderVisits(username: "lishi").path, lead, fields)
                #expect(status == .badRequest, "\(field)")
                #expect(body.contains(reason), "\(field)")
            }
            #expect(try await Visit.query(on: app.db).count() == 0)
            #expect(try await AuditEntry.query(on: app.db).count() == audits)
        }
    }

    @Test("A leader records only their own visits; a town only for its own firms; an enterprise not at all")
    func whoMayRecord() async throws {
        try await withTestApp(at: Self.now) { app in
            let (_, shaping, gonghe) = try await Self.world(app)
            try await Fixture.user(app, "wang", .leader, displayName: "王镇长")
            try await Fixture.user(app, "gonghe1", .town, binding: "gonghe")
            let wang = try await app.signIn("wang")
            let (refused, body) = try await post(app, SiteURL.leaderVisits(username: "lishi").path, wang, ["credit_code": shaping, "date": "2026-05-18"])
            #expect(refused == .badRequest && body.contains("领导只能登记本人的走访"))
            let town = try await app.signIn("gonghe1")
            let (other, otherBody) = try await post(app, SiteURL.leaderVisits(username: "lishi").path, town, ["credit_code": shaping, "date": "2026-05-18"])
            #expect(other == .badRequest && otherBody.contains("未知的企业"), "another town's firm is as unknown as none")
            #expect(try await Visit.query(on: app.db).count() == 0)
            let (own, _) = try await post(app, SiteURL.leaderVisits(username: "lishi").path, town, ["credit_code": gonghe, "date": "2026-05-18"])
            #expect(own == .seeOther)
            #expect(try await Visit.query(on: app.db).count() == 1)
            try await Fixture.user(app, "firm1", .enterprise, binding: gonghe)
            let firm = try await app.signIn("firm1")
            let (forbidden, _) = try await post(app, SiteURL.leaderVisits(username: "lishi").path, firm, ["credit_code": gonghe, "date": "2026-05-18"])
            #expect(forbidden == .forbidden)
            #expect(try await Visit.query(on: app.db).count() == 1)
        }
    }

    @Test("A town reading a leader's page sees only its own town's visits")
    func townReadsOwnVisits() async throws {
        try await withTestApp(at: Self.now) { app in
            let (leader, shaping, gonghe) = try await Self.world(app)
            let principal = try await Principal.load(leader, channel: .session, csrfToken: nil, on: app.db)
            try await VisitsStore(db: app.db, principal: principal).record([
                VisitRecord(creditCode: shaping, leaderUsername: "lishi", date: PlanDate("2026-05-01")!, firmSaid: "沙坪的话"),
                VisitRecord(creditCode: gonghe, leaderUsername: "lishi", date: PlanDate("2026-05-02")!, firmSaid: "共和的话"),
            ], writer: app.writer(as: .system))
            try await Fixture.user(app, "gonghe1", .town, binding: "gonghe")
            let town = try await app.signIn("gonghe1")
            let body = try await app.page(SiteURL.leader(username: "lishi").path, as: town)
            #expect(body.contains("共和的话") && !body.contains("沙坪的话"))
        }
    }

    @Test("Once a quarter: a firm visited last quarter is not yet overdue mid-quarter; one whose last quarter passed without a visit is")
    func overdueBoundary() async throws {
        try await withTestApp(at: Self.now) { app in
            let (leader, shaping, gonghe) = try await Self.world(app)
            let principal = try await Principal.load(leader, channel: .session, csrfToken: nil, on: app.db)
            try await VisitsStore(db: app.db, principal: principal).record([
                VisitRecord(creditCode: shaping, leaderUsername: "lishi", date: PlanDate("2026-03-31")!),
                VisitRecord(creditCode: gonghe, leaderUsername: "lishi", date: PlanDate("2025-12-31")!),
            ], writer: app.writer(as: .system))
            let lead = try await app.signIn("lishi")
            let body = try await app.page(SiteURL.leaderMe.path, as: lead)
            #expect(body.components(separatedBy: "逾期未访").count - 1 == 1)
            let row = try #require(body.range(of: "2025-12-31"))
            #expect(body[row.upperBound...].prefix(200).contains("逾期未访"), "the firm not visited last quarter is the overdue one")
        }
    }

    @Test("A problem heard on a visit becomes a demand in one step, linked to the visit, audited; a second time is refused")
    func visitToDemand() async throws {
        try await withTestApp(at: Self.now) { app in
            let (_, shaping, _) = try await Self.world(app)
            let lead = try await app.signIn("lishi")
            _ = try await post(app, SiteURL.leaderVisits(username: "lishi").path, lead, ["credit_code": shaping, "date": "2026-05-18"])
            let visit = try #require(try await Visit.query(on: app.db).first())
            let path = SiteURL.visitDemand(id: try visit.requireID().uuidString).path
            let (status, _) = try await post(app, path, lead, ["category": "sme", "description": "厂房租约年底到期，需协调新厂房"])
            #expect(status == .seeOther)
            let linked = try #require(try await Visit.find(visit.id, on: app.db))
            let number = try #require(linked.demandNumber)
            let demand = try #require(try await Demand.query(on: app.db).filter(\.$trackingNumber == number).first())
            #expect(demand.enterpriseCode == shaping && demand.text == "厂房租约年底到期，需协调新厂房")
            #expect(try await AuditEntry.query(on: app.db).filter(\.$action == "visit.demand").count() == 1)
            #expect(try await AuditEntry.query(on: app.db).filter(\.$action == "demand.submit").count() == 1)
            let page = try await app.page(SiteURL.leaderMe.path, as: lead)
            #expect(page.contains(number))
            let (again, body) = try await post(app, path, lead, ["category": "sme", "description": "再次"])
            #expect(again == .badRequest && body.contains("这次走访已转为诉求"))
            #expect(try await Demand.query(on: app.db).count() == 1)
            let (bad, _) = try await post(app, path.replacingOccurrences(of: try visit.requireID().uuidString, with: UUID().uuidString), lead,
                                          ["category": "sme", "description": "x"])
            #expect(bad == .notFound)
        }
    }
}

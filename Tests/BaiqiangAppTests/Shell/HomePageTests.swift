import BaiqiangCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import BaiqiangApp

/// The home page says what each role has to do, from the blocks the capabilities contribute,
/// each read through the capability's scoped store: nobody sees a row they may not.
@Suite("Home page: what each role has to act on, and nothing it may not see")
struct HomePageTests {
    /// 10:00 in Beijing on 2025-06-30, while Heshan 2022's plan runs.
    static let moment = Date(timeIntervalSince1970: 1_751_248_800)

    func home(_ app: Application, _ username: String) async throws -> String {
        try await app.page(SiteURL.home.path, as: try await app.signIn(username))
    }

    @Test("An enterprise sees its own demands, its evaluation and its parcels, never another firm's demand")
    func enterprise() async throws {
        try await withTestApp(at: Self.moment) { app in
            let world = try await DemandWorld.make(app)
            let mine = try await world.submit("firm")
            let theirs = try await world.submit("other")
            let page = try await home(app, "firm")
            #expect(page.contains("我的诉求"))
            #expect(page.contains(SiteURL.demand(number: mine).path))
            #expect(!page.contains(theirs))
            #expect(page.contains("尚无已发布的评价结果。"))
            #expect(page.contains("没有登记在本企业名下的宗地。"))
            #expect(!page.contains("逾期诉求") && !page.contains("本月尚未填报") && !page.contains("滞后的目标"))
            #expect(try await home(app, "other").contains(theirs))
        }
    }

    @Test("A department sees the demands assigned to it with their deadlines; another department sees none")
    func departmentDemands() async throws {
        try await withTestApp(at: Self.moment) { app in
            let world = try await DemandWorld.make(app)
            let mine = try await world.submit("firm")
            let theirs = try await world.submit("other")
            _ = try await world.act("centre", mine, ["action": "accept"])
            _ = try await world.act("centre", mine, ["action": "assign", "handler_code": "gxj"])
            let assigned = try await home(app, "gxj")
            #expect(assigned.contains(SiteURL.demand(number: mine).path))
            #expect(assigned.contains("答复时限"))
            #expect(!assigned.contains(theirs))
            let other = try await home(app, "zrzyj")
            #expect(other.contains("没有待办诉求。"))
            #expect(!other.contains(mine) && !other.contains(theirs))
        }
    }

    @Test("A town sees its town's demands only and its firms near a ladder step")
    func town() async throws {
        try await withTestApp(at: Self.moment) { app in
            let world = try await DemandWorld.make(app)
            let mine = try await world.submit("firm")
            let theirs = try await world.submit("other")
            let page = try await home(app, "shaping")
            #expect(page.contains(SiteURL.demand(number: mine).path))
            #expect(!page.contains(theirs))
            #expect(page.contains("接近跃升的企业"))
        }
    }

    @Test("A department is reminded of the KPIs it owns with no figure this month, linked to the entry form, until it enters one")
    func monthlyReminder() async throws {
        try await withTestApp(at: Self.moment) { app in
            try await Fixture.user(app, "edu", .department, binding: "jyj")
            let link = SiteURL.planKPI(code: "education-investment-3y").path + "#" + PlanKPIParts.entryFormID
            let before = try await home(app, "edu")
            #expect(before.contains("本月尚未填报"))
            #expect(before.contains(link))
            let token = try await TokenService(writer: app.writer(as: .system)).create(username: "edu").token
            var headers = HTTPHeaders()
            headers.bearerAuthorization = .init(token: token)
            try await app.testing().test(.POST, SiteURL.api(.planKPIObservations(code: "education-investment-3y")).path, headers: headers,
                                         beforeRequest: { request in
                try request.content.encode(PlanAPI.NewObservation(value: 2.5, date: "2025-06-10", source: "教育局月报", unit: nil, reason: nil))
            }, afterResponse: { response async in #expect(response.status == .created) })
            #expect(!(try await home(app, "edu")).contains(link))
        }
    }

    @Test("A leader sees targets behind schedule, overdue demands, stalled projects and the firms linked to them")
    func leader() async throws {
        try await withTestApp(at: Self.moment) { app in
            let world = try await DemandWorld.make(app)
            let late = try await world.submit("firm")
            try await Fixture.user(app, "zhang", .leader, displayName: "张副市长")
            let linked = try await Fixture.enterprise(app, serial: 21, name: "挂钩甲公司", town: "shaping")
            let firm = try #require(try await Enterprise.query(on: app.db).filter(\.$creditCode == linked).first())
            firm.cityLeader = "张副市长"
            try await firm.save(on: app.db)
            try await Fixture.enterprise(app, serial: 22, name: "无挂钩乙公司", town: "shaping")

            let now = try await home(app, "zhang")
            #expect(now.contains("滞后的目标") && now.contains("停滞项目"))
            #expect(now.contains("没有逾期诉求。"))
            #expect(now.contains("挂钩甲公司"))
            #expect(!now.contains("无挂钩乙公司"))
            #expect(!(try await home(app, "lead")).contains("挂钩甲公司"), "linked to another leader")

            app.clock.set(Self.moment.addingTimeInterval(60 * 86_400))
            #expect(try await home(app, "zhang").contains(SiteURL.demand(number: late).path))
        }
    }

    @Test("An administrator is shown the pages of its duties, not the others' blocks")
    func administrator() async throws {
        try await withTestApp(at: Self.moment) { app in
            try await Fixture.user(app, "admin", .admin)
            let page = try await home(app, "admin")
            #expect(page.contains("我的工作"))
            #expect(page.contains(#"href="\#(SiteURL.adminUsers.path)""#))
            #expect(page.contains(#"href="\#(SiteURL.planImport.path)""#))
            #expect(!page.contains("逾期诉求") && !page.contains("本月尚未填报"))
        }
    }

    @Test("Blocks resting on demo records carry the 演示数据 label")
    func demo() async throws {
        try await withTestApp(demo: true, at: Self.moment) { app in
            try await Fixture.user(app, "zhang", .leader)
            let page = try await home(app, "zhang")
            #expect(page.contains(#"<span class="badge badge-demo">演示数据</span>"#))
        }
    }
}

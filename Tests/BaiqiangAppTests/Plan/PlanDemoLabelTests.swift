import BaiqiangCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import BaiqiangApp

/// A figure computed from the generated demo registry is labelled wherever it is shown, says so
/// when real records are mixed in, and never reaches the public page.
@Suite("Plan: figures from demo records are labelled and kept off the public page")
struct PlanDemoLabelTests {
    static let aboveScale = "enterprises-above-scale"

    func leaderKPI(_ app: Application, _ code: String) async throws -> PlanAPI.KPIView {
        let token = try await TokenService(writer: app.writer(as: .system)).create(username: "lead2").token
        var headers = HTTPHeaders()
        headers.bearerAuthorization = .init(token: token)
        var result: PlanAPI.KPIView?
        try await app.testing().test(.GET, SiteURL.api(.planKPI(code: code)).path, headers: headers) { response async throws in
            #expect(response.status == .ok)
            result = try decodeJSON(PlanAPI.KPIView.self, response)
        }
        return try #require(result)
    }

    @Test("With the demo loaded, the cockpit, the KPI page, the big screen, the report and the API label the count 演示数据")
    func labelledInside() async throws {
        try await withTestApp(demo: true) { app in
            try await Fixture.user(app, "lead2", .leader)
            let kpi = try await leaderKPI(app, Self.aboveScale)
            let latest = try #require(kpi.latest, "the demo registry gives a count")
            #expect(kpi.demo)
            #expect(latest.demo)
            #expect(latest.provenance == "demo")
            let browser = try await app.signIn("lead2")
            for path in [SiteURL.plan.path, SiteURL.planKPI(code: Self.aboveScale).path, SiteURL.planScreen.path, SiteURL.planReport.path] {
                try await app.testing().test(.GET, path, headers: browser.headers) { response async in
                    #expect(response.status == .ok)
                    #expect(response.body.string.contains("badge-demo\">演示数据<"), "\(path)")
                }
            }
        }
    }

    @Test("A real firm added to the demo registry makes the count 含演示数据, not a fact")
    func mixed() async throws {
        try await withTestApp(demo: true) { app in
            try await Fixture.user(app, "lead2", .leader)
            let year = try #require(try await EnterpriseYearFigure.query(on: app.db).max(\.$year))
            let code = try await Fixture.enterprise(app, serial: 9001, name: "真实企业", town: "shaping")
            try await Fixture.yearFigures(app, EnterpriseYearFigures(creditCode: code, year: year, aboveScale: true))
            let kpi = try await leaderKPI(app, Self.aboveScale)
            #expect(kpi.latest?.provenance == "mixed")
            #expect(kpi.demo)
            let browser = try await app.signIn("lead2")
            try await app.testing().test(.GET, SiteURL.plan.path, headers: browser.headers) { response async in
                #expect(response.body.string.contains("含演示数据"))
            }
        }
    }

    @Test("The public page shows 暂无数据 where the only figures are the demo registry's, and no demo number")
    func publicShowsNoDemoFigure() async throws {
        try await withTestApp(demo: true) { app in
            try await Fixture.user(app, "lead2", .leader)
            let demoCount = try #require(try await leaderKPI(app, Self.aboveScale).latest?.value)
            let shown = NumberText.number(demoCount) + " 家"
            for path in [SiteURL.publicPlan.path, SiteURL.publicKPI(code: Self.aboveScale).path] {
                try await app.testing().test(.GET, path) { response async in
                    #expect(response.status == .ok)
                    let body = response.body.string
                    #expect(!body.contains(shown), "\(path) shows the demo count \(shown)")
                    #expect(!body.contains("演示数据"), "\(path)")
                    #expect(body.contains("暂无数据"), "\(path)")
                }
            }
        }
    }

    @Test("The land KPI shows the reported 800 ha (which sets its light) beside what the demo disposals give, labelled")
    func landSideBySide() async throws {
        try await withTestApp(demo: true) { app in
            try await Fixture.user(app, "lead2", .leader)
            let land = try await leaderKPI(app, "low-efficiency-land-disposed")
            #expect(land.lightFrom == "reported")
            #expect(land.latest?.value == 800)
            #expect(land.latestReported?.value == 800)
            #expect(land.latestReported?.demo == false)
            let computed = try #require(land.latestComputed, "the demo disposals give a figure")
            #expect(computed.provenance == "demo")
            let browser = try await app.signIn("lead2")
            try await app.testing().test(.GET, SiteURL.planKPI(code: "low-efficiency-land-disposed").path, headers: browser.headers) { response async in
                let body = response.body.string
                #expect(body.contains("公布数 800 公顷（截至 2024-10-18）"))
                #expect(body.contains("系统计算 " + NumberText.number(computed.value) + " 公顷"))
                #expect(body.contains("据此定灯"))
            }
            try await app.testing().test(.GET, SiteURL.publicKPI(code: "low-efficiency-land-disposed").path) { response async in
                let body = response.body.string
                #expect(body.contains("800 公顷"), "the reported figure is a fact")
                #expect(!body.contains("系统计算 "), "the demo disposals' figure stays inside")
            }
        }
    }
}

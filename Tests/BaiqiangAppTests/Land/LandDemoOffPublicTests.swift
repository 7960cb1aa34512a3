import BaiqiangCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import BaiqiangApp

/// The demo's parcels and disposals are generated: what they give (a parcel's number, the
/// hectares its disposals add up to, the land KPI's computed figure) is labelled 演示数据 inside
/// and never reaches a page anyone can open without signing in, in either language.
@Suite("Land: demo parcels, disposals and the land KPI stay off the public pages")
struct LandDemoOffPublicTests {
    static let landKPI = "low-efficiency-land-disposed"

    func computedLand(_ app: Application) async throws -> Double {
        try await Fixture.user(app, "lead2", .leader)
        let token = try await TokenService(writer: app.writer(as: .system)).create(username: "lead2").token
        var headers = HTTPHeaders()
        headers.bearerAuthorization = .init(token: token)
        var computed: Double?
        try await app.testing().test(.GET, SiteURL.api(.planKPI(code: Self.landKPI)).path, headers: headers) { response async throws in
            #expect(response.status == .ok)
            let kpi = try decodeJSON(PlanAPI.KPIView.self, response)
            #expect(kpi.latestComputed?.provenance == "demo", "inside, the computed figure is the demo's and says so")
            computed = kpi.latestComputed?.value
        }
        return try #require(computed, "the demo disposals give the land KPI a computed figure")
    }

    @Test("No public page, in Chinese or English, shows a demo parcel, the demo disposals' hectares or a demo label")
    func demoLandStaysInside() async throws {
        try await withTestApp(demo: true) { app in
            let computed = try await computedLand(app)
            // The reported figure (800 ha) is a fact and is shown; the test needs the demo's to differ.
            #expect(computed != 800)
            let demoParcels = try await Parcel.query(on: app.db).filter(\.$isDemo == true).all().map(\.number)
            #expect(!demoParcels.isEmpty, "the demo makes parcels")
            #expect(try await LandDisposal.query(on: app.db).filter(\.$isDemo == true).count() > 0, "the demo makes disposals")

            let overview = try await app.page(SiteURL.publicPlan.path)
            let codes = Set(overview.matches(of: /\/public\/plan\/kpis\/([A-Za-z0-9_-]+)/).map { String($0.output.1) })
            #expect(codes.contains(Self.landKPI), "the land KPI is published, so its page is public")

            let hectares = NumberText.number(computed)
            // "系统计算 X" / "Computed X" is how a page shows a figure the system computed; the
            // KPI's source line "系统计算（provider）" names no figure and may stay.
            let forbidden = ["DEMO-", "演示数据", "Demo data", "系统计算 ", "Computed \(hectares)", "\(hectares) 公顷", "\(hectares) ha"]
                + demoParcels.prefix(50).map { $0 }
            for path in [SiteURL.publicPlan.path] + codes.sorted().map({ SiteURL.publicKPI(code: $0).path }) {
                for language in ["zh-Hans", "en"] {
                    let page = try await app.page(path + "?lang=" + language)
                    for text in forbidden {
                        #expect(!page.contains(text), "\(path) (\(language)) shows “\(text)”")
                    }
                }
            }
            // The land KPI's public page still shows the reported figure: the page is not just empty.
            #expect(try await app.page(SiteURL.publicKPI(code: Self.landKPI).path).contains("800 公顷"))
        }
    }
}

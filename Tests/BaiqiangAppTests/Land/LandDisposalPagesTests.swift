import BaiqiangCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import BaiqiangApp

/// Disposals recorded on the parcel's page, moved on and corrected, by the land bureau and the
/// parcel's own town only; every refusal writes nothing.
@Suite("Land: disposals recorded and changed on the pages")
struct LandDisposalPagesTests {
    /// Two parcels of exactly 15 mu (10,000 m²), one in Gonghe and one in Shaping.
    static func parcels(_ app: Application) async throws {
        let ring = [(112.800, 22.600), (112.801, 22.600), (112.801, 22.601), (112.800, 22.601), (112.800, 22.600)]
        let polygon = Polygon(exterior: ring.map { Position(longitude: $0.0, latitude: $0.1) })
        var gonghe = ParcelRecord(number: "G1", geometry: .polygon(polygon), area: LandArea(squareMetres: 10_000))
        gonghe.townCode = "gonghe"
        var shaping = ParcelRecord(number: "S1", geometry: .polygon(polygon), area: LandArea(squareMetres: 10_000))
        shaping.townCode = "shaping"
        _ = try await LandStore.save([gonghe, shaping], isDemo: false, source: "test", writer: app.writer(as: .system))
    }

    static func post(_ app: Application, _ path: String, _ browser: Browser, _ fields: [String: String], csrf: Bool = true,
                     _ check: @escaping (TestingHTTPResponse) async throws -> Void) async throws {
        var form = fields
        if csrf { form["_csrf"] = browser.csrf }
        try await app.testing().test(.POST, path, headers: browser.headers, beforeRequest: { request in
            try request.content.encode(form, as: .urlEncodedForm)
        }, afterResponse: check)
    }

    static func form(mu: String, from: String = "2024-01-01") -> [String: String] {
        ["action": "technical_upgrade", "area_mu": mu, "started": from, "planned_completion": "2024-12-31",
         "responsible_unit": "共和镇", "note": "技改"]
    }

    static func count(_ app: Application) async throws -> Int {
        try await LandDisposal.query(on: app.db).count()
    }

    @Test("The land bureau records the whole parcel (15 mu), audited; one m² more re-shows the form with the reason, nothing written")
    func areaBoundary() async throws {
        try await withTestApp { app in
            try await Self.parcels(app)
            try await Fixture.user(app, "bureau", .department, binding: "zrzyj")
            let browser = try await app.signIn("bureau")
            let path = SiteURL.landParcelDisposals(number: "G1").path
            // 15.0015 mu is 10,001 m².
            try await Self.post(app, path, browser, Self.form(mu: "15.0015")) { response in
                #expect(response.status == .badRequest)
                #expect(response.body.string.contains("处置面积大于宗地面积"))
                #expect(response.body.string.contains(#"value="15.0015""#))
            }
            #expect(try await Self.count(app) == 0)
            try await Self.post(app, path, browser, Self.form(mu: "15")) { response in
                #expect(response.status == .seeOther)
            }
            let stored = try #require(try await LandDisposal.query(on: app.db).first()?.disposal)
            #expect(abs(stored.area.squareMetres - 10_000) < 1e-6 && stored.status == .planned)
            #expect(stored.plannedCompletion == LocalDate(iso: "2024-12-31") && stored.note == "技改")
            #expect(try await AuditEntry.query(on: app.db).filter(\.$action == "land.disposal.recorded").count() == 1)
        }
    }

    @Test("A second disposal starting the day the first completes is refused; the day after is accepted")
    func periods() async throws {
        try await withTestApp { app in
            try await Self.parcels(app)
            try await Fixture.user(app, "bureau", .department, binding: "zrzyj")
            let browser = try await app.signIn("bureau")
            let first = Disposal(parcelNumber: "G1", action: .closeDown, area: LandArea(squareMetres: 2_000), started: LocalDate(iso: "2024-01-01")!,
                                 completed: LocalDate(iso: "2024-06-30"), status: .completed)
            try await LandStore.record([first], isDemo: false, writer: app.writer(as: .system))
            let path = SiteURL.landParcelDisposals(number: "G1").path
            try await Self.post(app, path, browser, Self.form(mu: "1", from: "2024-06-30")) { response in
                #expect(response.status == .badRequest)
                #expect(response.body.string.contains("与该宗地的另一项处置时间重叠"))
            }
            #expect(try await Self.count(app) == 1)
            try await Self.post(app, path, browser, Self.form(mu: "1", from: "2024-07-01")) { response in
                #expect(response.status == .seeOther)
            }
            #expect(try await Self.count(app) == 2)
        }
    }

    @Test("A town records on its own parcels; another town's parcel is 404; without the CSRF token 403")
    func townAndCSRF() async throws {
        try await withTestApp { app in
            try await Self.parcels(app)
            try await Fixture.user(app, "townuser", .town, binding: "gonghe")
            let browser = try await app.signIn("townuser")
            try await app.testing().test(.GET, SiteURL.landParcel(number: "G1").path, headers: browser.headers) { response async in
                #expect(response.body.string.contains(SiteURL.landParcelDisposals(number: "G1").path))
            }
            try await Self.post(app, SiteURL.landParcelDisposals(number: "S1").path, browser, Self.form(mu: "1")) { response in
                #expect(response.status == .notFound)
            }
            try await Self.post(app, SiteURL.landParcelDisposals(number: "G1").path, browser, Self.form(mu: "1"), csrf: false) { response in
                #expect(response.status == .forbidden)
            }
            #expect(try await Self.count(app) == 0)
            try await Self.post(app, SiteURL.landParcelDisposals(number: "G1").path, browser, Self.form(mu: "1")) { response in
                #expect(response.status == .seeOther)
            }
            #expect(try await Self.count(app) == 1)
        }
    }

    @Test("A leader and another department see the parcel without the form and get 403 on POST", arguments: [Role.leader, .department])
    func readers(_ role: Role) async throws {
        try await withTestApp { app in
            try await Self.parcels(app)
            try await Fixture.user(app, "reader", role, binding: role == .department ? "gxj" : nil)
            let browser = try await app.signIn("reader")
            try await app.testing().test(.GET, SiteURL.landParcel(number: "G1").path, headers: browser.headers) { response async in
                #expect(response.status == .ok)
                #expect(!response.body.string.contains(SiteURL.landParcelDisposals(number: "G1").path))
            }
            try await Self.post(app, SiteURL.landParcelDisposals(number: "G1").path, browser, Self.form(mu: "1")) { response in
                #expect(response.status == .forbidden)
            }
            #expect(try await Self.count(app) == 0)
        }
    }

    @Test("Moved on to completed with the figures afterwards; corrected with a reason, audited before and after; no reason, no change")
    func advanceAndCorrect() async throws {
        try await withTestApp { app in
            try await Self.parcels(app)
            try await Fixture.user(app, "bureau", .department, binding: "zrzyj")
            let browser = try await app.signIn("bureau")
            let going = Disposal(parcelNumber: "G1", action: .closeDown, area: LandArea(squareMetres: 2_000),
                                 started: LocalDate(iso: "2024-01-01")!, status: .inProgress)
            try await LandStore.record([going], isDemo: false, writer: app.writer(as: .system))
            let id = try #require(try await LandDisposal.query(on: app.db).first()?.id).uuidString
            try await Self.post(app, SiteURL.landDisposalStatus(id: id).path, browser, ["status": "completed"]) { response in
                #expect(response.status == .badRequest)
                #expect(response.body.string.contains("请填写完成日期"))
            }
            try await Self.post(app, SiteURL.landDisposalStatus(id: id).path, browser,
                                ["status": "completed", "completed": "2024-09-30", "plot_ratio_after": "1.6", "tax_per_mu_after": "28.5"]) { response in
                #expect(response.status == .seeOther)
            }
            var stored = try #require(try await LandDisposal.query(on: app.db).first()?.disposal)
            #expect(stored.status == .completed && stored.completed == LocalDate(iso: "2024-09-30"))
            #expect(stored.plotRatioAfter == 1.6 && stored.taxPerMuAfterWan == 28.5)

            var fields = LandDisposalFormValues(stored).values.reduce(into: [String: String]()) { $0[$1.key.rawValue] = $1.value }
            fields["area_mu"] = "4"
            try await Self.post(app, SiteURL.landDisposal(id: id).path, browser, fields) { response in
                #expect(response.status == .badRequest)
                #expect(response.body.string.contains("请写明更正原因"))
            }
            fields["reason"] = "面积录入错误"
            try await Self.post(app, SiteURL.landDisposal(id: id).path, browser, fields) { response in
                #expect(response.status == .seeOther)
            }
            stored = try #require(try await LandDisposal.query(on: app.db).first()?.disposal)
            #expect(abs(stored.area.mu - 4) < 1e-9)
            let entry = try #require(try await AuditEntry.query(on: app.db).filter(\.$action == "land.disposal.corrected").first())
            #expect(entry.before?.contains("2000") == true && entry.after?.contains("面积录入错误") == true)
            #expect(try await AuditEntry.query(on: app.db).filter(\.$action == "land.disposal.advanced").count() == 1)
        }
    }
}

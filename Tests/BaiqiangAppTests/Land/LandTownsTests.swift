import BaiqiangCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import BaiqiangApp

/// The towns' ranking counts what the plan counts: its county total of hectares completed is
/// the plan's `land.low_efficiency_disposed_ha`; towns are named, ranked by hectares completed,
/// and exported formula-safe.
@Suite("Land: the towns' disposal ranking")
struct LandTownsTests {
    static let today = PlanDate(year: 2025, month: 6, day: 30)!

    @Test("Ranked by hectares completed, named; the county total equals the plan's figure; the CSV agrees")
    func rankingEqualsKPI() async throws {
        let now = try #require(ISO8601DateFormatter().date(from: "2025-06-30T04:00:00Z"))
        try await withTestApp(at: now) { app in
            try await LandDisposalPagesTests.parcels(app)
            func disposal(_ number: String, _ m2: Double, _ from: String, _ to: String?) -> Disposal {
                Disposal(parcelNumber: number, action: .closeDown, area: LandArea(squareMetres: m2), started: LocalDate(iso: from)!,
                         completed: to.flatMap(LocalDate.init(iso:)), status: to == nil ? .inProgress : .completed)
            }
            // Shaping completes 0.8 ha in the window; Gonghe 0.3 ha, plus 0.5 ha before it and 0.2 ha still going.
            try await LandStore.record([
                disposal("G1", 5_000, "2020-01-01", "2020-06-30"), disposal("G1", 3_000, "2023-01-01", "2023-05-02"),
                disposal("G1", 2_000, "2024-01-01", nil), disposal("S1", 8_000, "2023-03-01", "2024-02-01"),
            ], isDemo: false, writer: app.writer(as: .system))
            let document = try DefaultPlan.load(now: Self.today)
            let kpi = try #require(document.allKPIs.first { $0.provider == LandKPIProvider.disposedKey })
            let readings = try await LandKPIProvider(db: app.db, county: CountyCode.heshan).readings(for: kpi, asOf: Self.today)
            let figure = try #require(readings.observations.last?.value)

            try await Fixture.user(app, "boss", .leader)
            let browser = try await app.signIn("boss")
            #expect(abs(figure - 1.1) < 1e-9)
            try await app.testing().test(.GET, SiteURL.landTowns.path, headers: browser.headers) { response async in
                let body = response.body.string
                #expect(response.status == .ok)
                let shaping = try? #require(body.range(of: "沙坪街道")), gonghe = try? #require(body.range(of: "共和镇"))
                if let shaping, let gonghe { #expect(shaping.lowerBound < gonghe.lowerBound) }
                #expect(body.contains(">0.8<") && body.contains(">0.3<") && body.contains(">0.2<"))
                // The page's county total is the plan's figure.
                #expect(body.contains("全县合计 \(NumberText.number(figure)) 公顷"))
            }
            try await app.testing().test(.GET, SiteURL.landTownsExport(format: "csv").path, headers: browser.headers) { response async in
                let lines = response.body.string.split(separator: "\n")
                #expect(lines.count == 3)
                #expect(lines[1].hasPrefix("1,沙坪街道,1,1,") && lines[1].contains(",0.8,0,"))
                #expect(lines[2].hasPrefix("2,共和镇,1,1,") && lines[2].contains(",0.3,0.2,"))
            }
        }
    }
}

/// A firm's page lists the parcels it holds that the viewer may see, with the rules that fire.
@Suite("Land: parcels on a firm's page")
struct EnterpriseParcelsTests {
    @Test("The firm's page links its parcels; a town account sees only its own town's")
    func parcelsOnProfile() async throws {
        try await withTestApp { app in
            let code = try await Fixture.enterprise(app, serial: 7, name: "鹤山测试制造有限公司", town: "gonghe")
            let ring = [(112.800, 22.600), (112.801, 22.600), (112.801, 22.601), (112.800, 22.601), (112.800, 22.600)]
            let polygon = Polygon(exterior: ring.map { Position(longitude: $0.0, latitude: $0.1) })
            var records: [ParcelRecord] = []
            for (number, town) in [("H-G", "gonghe"), ("H-S", "shaping")] {
                var record = ParcelRecord(number: number, geometry: .polygon(polygon), area: LandArea(mu: 12))
                record.townCode = town
                record.holderCreditCode = code
                records.append(record)
            }
            _ = try await LandStore.save(records, isDemo: false, source: "test", writer: app.writer(as: .system))
            try await Fixture.user(app, "boss", .leader)
            try await Fixture.user(app, "townuser", .town, binding: "gonghe")
            for (user, shown) in [("boss", ["H-G", "H-S"]), ("townuser", ["H-G"])] {
                let browser = try await app.signIn(user)
                try await app.testing().test(.GET, SiteURL.enterprise(creditCode: code).path, headers: browser.headers) { response async in
                    let body = response.body.string
                    #expect(response.status == .ok)
                    for number in ["H-G", "H-S"] {
                        #expect(body.contains(#"href="/land/parcels/\#(number)""#) == shown.contains(number), "\(user) \(number)")
                    }
                    #expect(body.contains("12 亩"))
                }
            }
        }
    }
}

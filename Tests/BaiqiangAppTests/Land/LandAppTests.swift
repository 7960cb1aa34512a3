import BaiqiangCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import BaiqiangApp

/// Parcels imported from GeoJSON, all or nothing, seen within the account's scope, with the rules
/// that fire, and exported as GeoJSON that reads back.
@Suite("Land: parcels imported, listed with their rules, exported")
struct LandAppTests {
    static let square = [(112.800, 22.600), (112.801, 22.600), (112.801, 22.601), (112.800, 22.601), (112.800, 22.600)]

    /// Each feature's square lies east of the one before: parcels of a town may not overlap.
    static func file(_ properties: [String]) -> Data {
        let features = properties.enumerated().map { index, properties in
            let ring = "[" + square.map { "[\($0.0 + 0.002 * Double(index)),\($0.1)]" }.joined(separator: ",") + "]"
            return "{\"type\":\"Feature\",\"properties\":\(properties),\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[\(ring)]}}"
        }
        return Data("{\"type\":\"FeatureCollection\",\"features\":[\(features.joined(separator: ","))]}".utf8)
    }

    static func importer(_ app: Application) -> ParcelImporter {
        ParcelImporter(writer: app.writer(as: .system), db: app.db)
    }

    @Test("A file with one bad feature writes nothing and names the feature and field; a good one writes all, audited")
    func allOrNothing() async throws {
        try await withTestApp { app in
            let bad = Self.file([#"{"parcel_number":"P1","town":"gonghe"}"#, #"{"parcel_number":"P2","town":"atlantis"}"#])
            let error = await #expect(throws: GeoJSONError.self) {
                try await Self.importer(app).run(bad, source: "bad.geojson", crs: nil)
            }
            #expect(error?.locatedIssues.map { "\($0.row ?? 0):\($0.column ?? "")" } == ["2:town"])
            #expect(try await Parcel.query(on: app.db).count() == 0)

            let good = Self.file([#"{"parcel_number":"P1","town":"gonghe"}"#, #"{"parcel_number":"P2","town":"shaping"}"#])
            let outcome = try await Self.importer(app).run(good, source: "good.geojson", crs: nil)
            #expect(outcome.inserted == 2 && outcome.updated == 0)
            #expect(try await AuditEntry.query(on: app.db).filter(\.$action == "land.parcels.imported").count() == 1)
            let again = try await Self.importer(app).run(good, source: "good.geojson", crs: nil)
            #expect(again.inserted == 0 && again.updated == 2)
        }
    }

    @Test("Two imports at once of parcels that overlap: the second is checked against the first and refused")
    func concurrentImportsOverlap() async throws {
        try await withTestApp { app in
            // The same square under two numbers: whichever is written first, the other overlaps it.
            let first = Self.file([#"{"parcel_number":"A","town":"gonghe"}"#])
            let second = Self.file([#"{"parcel_number":"B","town":"gonghe"}"#])
            let importer = Self.importer(app)
            async let one = try? importer.run(first, source: "a.geojson", crs: nil)
            async let two = try? importer.run(second, source: "b.geojson", crs: nil)
            let written = await [one, two].compactMap { $0 }
            #expect(written.count == 1)
            let stored = try await Parcel.query(on: app.db).count()
            #expect(stored == 1)
        }
    }

    @Test("A town account sees its town's parcels only; another town's parcel is 404")
    func townScope() async throws {
        try await withTestApp { app in
            _ = try await Self.importer(app).run(Self.file([#"{"parcel_number":"P1","town":"gonghe"}"#,
                                                           #"{"parcel_number":"P2","town":"shaping"}"#]), source: "f", crs: nil)
            try await Fixture.user(app, "townuser", .town, binding: "gonghe")
            let browser = try await app.signIn("townuser")
            try await app.testing().test(.GET, SiteURL.land.path, headers: browser.headers) { response async in
                #expect(response.status == .ok)
                #expect(response.body.string.contains(">P1<"))
                #expect(!response.body.string.contains(">P2<"))
            }
            try await app.testing().test(.GET, SiteURL.landParcel(number: "P2").path, headers: browser.headers) { response async in
                #expect(response.status == .notFound)
            }
        }
    }

    @Test("A parcel's page names each rule that fires, with its values and source; the list filters by rule")
    func rulesOnPages() async throws {
        try await withTestApp { app in
            _ = try await Self.importer(app).run(Self.file([
                #"{"parcel_number":"LOW","town":"gonghe","plot_ratio":0.6}"#,
                #"{"parcel_number":"FINE","town":"gonghe","plot_ratio":1.6}"#,
            ]), source: "f", crs: nil)
            try await Fixture.user(app, "boss", .leader)
            let browser = try await app.signIn("boss")
            let rule = try #require(try LowEfficiencyRules.bundled().first { if case .plotRatioBelow = $0.test { true } else { false } })
            try await app.testing().test(.GET, SiteURL.landParcel(number: "LOW").path, headers: browser.headers) { response async in
                #expect(response.body.string.contains(rule.name.zh))
                #expect(response.body.string.contains("0.6"))
            }
            try await app.testing().test(.GET, SiteURL.landParcel(number: "FINE").path, headers: browser.headers) { response async in
                #expect(response.body.string.contains("没有触发任何低效用地认定规则"))
            }
            try await app.testing().test(.GET, SiteURL.land.path + "?rule=\(rule.id)", headers: browser.headers) { response async in
                #expect(response.body.string.contains(">LOW<"))
                #expect(!response.body.string.contains(">FINE<"))
            }
        }
    }

    @Test("The GeoJSON export reads back to the same parcels and, where GDAL is installed, ogrinfo reads it")
    func exportRoundTrip() async throws {
        try await withTestApp { app in
            let holder = CreditCode.completing("91440784MA4UABCD1")!
            _ = try await Self.importer(app).run(Self.file([
                #"{"parcel_number":"P1","town":"gonghe","holder_credit_code":"\#(holder)","supply_way":"出让","contracted_start":"2023-01-01"}"#,
            ]), source: "f", crs: nil)
            try await Fixture.user(app, "boss", .leader)
            let browser = try await app.signIn("boss")
            var body = ""
            try await app.testing().test(.GET, SiteURL.landExport(format: "geojson").path, headers: browser.headers) { response async in
                #expect(response.status == .ok)
                #expect(response.headers.contentType?.description.hasPrefix("application/geo+json") == true)
                body = response.body.string
            }
            let collection = try ParcelGeoJSONImport.read(Data(body.utf8))
            let records = try ParcelRecordReader.records(from: collection, knownTowns: ["gonghe"])
            #expect(records.map(\.number) == ["P1"])
            #expect(records.first?.holderCreditCode == holder && records.first?.supplyWay == .transfer)
            if let ogrinfo = ["/usr/bin/ogrinfo", "/usr/local/bin/ogrinfo"].first(where: FileManager.default.isExecutableFile) {
                let path = FileManager.default.temporaryDirectory.appendingPathComponent("parcels-\(UUID().uuidString).geojson")
                try Data(body.utf8).write(to: path)
                defer { try? FileManager.default.removeItem(at: path) }
                let process = Process()
                process.executableURL = URL(fileURLWithPath: ogrinfo)
                process.arguments = ["-ro", "-al", "-so", path.path]
                let pipe = Pipe()
                process.standardOutput = pipe
                try process.run()
                let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
                process.waitUntilExit()
                #expect(process.terminationStatus == 0)
                #expect(output.contains("Feature Count: 1"))
                #expect(output.contains("Polygon"))
            }
        }
    }

    @Test("Demo parcels are labelled demo data on the list and the parcel page")
    func demoLabelled() async throws {
        try await withTestApp { app in
            var record = ParcelRecord(number: "DEMO-1", geometry: .polygon(Polygon(exterior: Self.square.map {
                Position(longitude: $0.0, latitude: $0.1) })), area: LandArea(squareMetres: 11_000))
            record.townCode = "gonghe"
            _ = try await LandStore.save([record], isDemo: true, source: "demo", writer: app.writer(as: .system))
            try await Fixture.user(app, "boss", .leader)
            let browser = try await app.signIn("boss")
            for path in [SiteURL.land.path, SiteURL.landParcel(number: "DEMO-1").path] {
                try await app.testing().test(.GET, path, headers: browser.headers) { response async in
                    #expect(response.body.string.contains("演示数据"), "\(path)")
                }
            }
        }
    }
}

/// The plan's land figure comes from completed disposals, and a disposal larger than its parcel
/// records nothing.
@Suite("Land: disposals feed the plan's figure")
struct LandDisposalAppTests {
    @Test("Completed disposals since the baseline are summed in hectares; a bad batch writes nothing")
    func kpiFromDisposals() async throws {
        try await withTestApp { app in
            _ = try await LandAppTests.importer(app).run(LandAppTests.file([#"{"parcel_number":"P1","town":"gonghe"}"#,
                                                                            #"{"parcel_number":"P2","town":"gonghe"}"#]), source: "f", crs: nil)
            let writer = app.writer(as: .system)
            func disposal(_ number: String, _ area: Double, _ from: String, _ to: String?) -> Disposal {
                Disposal(parcelNumber: number, action: .redevelopment, area: LandArea(squareMetres: area), started: LocalDate(iso: from)!,
                         completed: to.flatMap(LocalDate.init(iso:)), status: to == nil ? .inProgress : .completed)
            }
            await #expect(throws: DisposalInputError.self) {
                try await LandStore.record([disposal("P1", 5_000, "2023-01-01", "2023-02-01"), disposal("P2", 999_999, "2023-01-01", nil)],
                                           isDemo: false, writer: writer)
            }
            #expect(try await LandDisposal.query(on: app.db).count() == 0)
            try await LandStore.record([disposal("P1", 5_000, "2023-01-01", "2023-02-10"), disposal("P2", 3_000, "2023-01-01", "2023-05-02"),
                                        disposal("P2", 1_000, "2023-06-01", nil)], isDemo: false, writer: writer)
            let document = try DefaultPlan.load(now: try #require(PlanDate(year: 2025, month: 6, day: 30)))
            let kpi = try #require(document.allKPIs.first { $0.provider == LandKPIProvider.disposedKey })
            let readings = try await LandKPIProvider(db: app.db, county: CountyCode.heshan)
                .readings(for: kpi, asOf: try #require(PlanDate(year: 2025, month: 6, day: 30)))
            #expect(readings.observations.map(\.value) == [0.5, 0.8])
            #expect(readings.observations.map(\.date.description) == ["2023-02-28", "2023-05-31"])
        }
    }
}

/// The parcel map: drawn on the server, within the account's scope, each parcel linking to its page.
@Suite("Land: the parcel map")
struct LandMapAppTests {
    @Test("A town account's map draws its town's parcels only, linked, coloured by rule; the SVG downloads")
    func map() async throws {
        try await withTestApp { app in
            _ = try await LandAppTests.importer(app).run(LandAppTests.file([
                #"{"parcel_number":"LOW","town":"gonghe","plot_ratio":0.6}"#,
                #"{"parcel_number":"ELSEWHERE","town":"shaping"}"#,
            ]), source: "f", crs: nil)
            try await Fixture.user(app, "townuser", .town, binding: "gonghe")
            let browser = try await app.signIn("townuser")
            try await app.testing().test(.GET, SiteURL.landMap.path, headers: browser.headers) { response async in
                let body = response.body.string
                #expect(response.status == .ok)
                #expect(body.contains(##"<g class="parcel-low" fill="#d9534f"><a href="/land/parcels/LOW"><path class="parcel" d="M"##))
                #expect(!body.contains("ELSEWHERE"))
            }
            try await app.testing().test(.GET, SiteURL.landMapSVG.path + "?colour=class", headers: browser.headers) { response async in
                #expect(response.headers.contentType?.description.hasPrefix("image/svg+xml") == true)
                #expect(response.body.string.hasPrefix(#"<svg class="parcel-map" viewBox="#))
                #expect(response.body.string.contains(#"xmlns="http://www.w3.org/2000/svg""#))
                #expect(response.body.string.contains("class-none"))
            }
            // A window that misses the parcel draws nothing.
            try await app.testing().test(.GET, SiteURL.landMap.path + "?bbox=112.0,22.0,112.1,22.1", headers: browser.headers) { response async in
                #expect(!response.body.string.contains("/land/parcels/LOW"))
            }
        }
    }
}

/// The land API: pages of parcels by cursor within the account's scope, one parcel with its
/// feature and the rules that fire, and the rules.
@Suite("Land: the API")
struct LandAPITests {
    static func bearer(_ app: Application, _ username: String) async throws -> HTTPHeaders {
        var headers = HTTPHeaders()
        headers.bearerAuthorization = .init(token: try await TokenService(writer: app.writer(as: .system)).create(username: username).token)
        return headers
    }

    @Test("Pages follow the cursor; a town account gets its town's parcels and 404 for another's")
    func parcels() async throws {
        try await withTestApp { app in
            _ = try await LandAppTests.importer(app).run(LandAppTests.file([
                #"{"parcel_number":"A1","town":"gonghe","plot_ratio":0.6}"#, #"{"parcel_number":"A2","town":"gonghe"}"#,
                #"{"parcel_number":"A3","town":"gonghe"}"#, #"{"parcel_number":"B1","town":"shaping"}"#,
            ]), source: "f", crs: nil)
            try await Fixture.user(app, "townuser", .town, binding: "gonghe")
            let headers = try await Self.bearer(app, "townuser")
            var numbers: [String] = [], cursor: String?
            repeat {
                let query: KeyValuePairs<String, String?> = ["limit": "2", "cursor": cursor]
                try await app.testing().test(.GET, SiteURL.api(.landParcels).path(query: query), headers: headers) { response async throws in
                    #expect(response.status == .ok)
                    let page = try response.content.decode(CursorPage<LandAPIController.ParcelView>.self)
                    numbers += page.items.map(\.number)
                    cursor = page.nextCursor
                    if let low = page.items.first(where: { $0.number == "A1" }) { #expect(low.rules == ["plot_ratio_below"]) }
                }
            } while cursor != nil
            #expect(numbers == ["A1", "A2", "A3"])
            try await app.testing().test(.GET, SiteURL.api(.landParcel(number: "B1")).path, headers: headers) { response async in
                #expect(response.status == .notFound)
            }
            try await app.testing().test(.GET, SiteURL.api(.landParcel(number: "A1")).path, headers: headers) { response async throws in
                #expect(response.status == .ok)
                let detail = try response.content.decode(LandAPIController.ParcelDetail.self)
                #expect(detail.findings.map(\.rule) == ["plot_ratio_below"])
                guard case .object(let feature) = detail.feature, case .object(let geometry)? = feature["geometry"] else {
                    Issue.record("no geometry")
                    return
                }
                #expect(geometry["type"] == .string("Polygon"))
            }
            try await app.testing().test(.GET, SiteURL.api(.landRules).path, headers: headers) { response async throws in
                let rules = try response.content.decode(ItemList<LandAPIController.RuleView>.self).items
                #expect(rules.count == (try LowEfficiencyRules.bundled()).count)
                #expect(rules.allSatisfy { $0.source != nil || $0.countyChoice })
            }
        }
    }
}

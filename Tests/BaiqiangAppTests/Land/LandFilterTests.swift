import BaiqiangCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import BaiqiangApp

/// One read of evaluated parcels behind the list, the map and the API: each filter lets a parcel
/// in or keeps it out the same way wherever it is asked.
@Suite("Land: evaluated parcels and their filters")
struct LandFilterTests {
    static let holderA = CreditCode.completing("91440784MA4UAAAA1")!
    static let holderD = CreditCode.completing("91440784MA4UDDDD1")!

    /// LOW (gonghe, plot ratio fires, class D holder, disposal in progress), FINE (gonghe, class A
    /// holder, no disposal), FAR (shaping, no holder, disposal completed).
    static func seed(_ app: Application) async throws {
        _ = try await LandAppTests.importer(app).run(LandAppTests.file([
            #"{"parcel_number":"LOW-1","town":"gonghe","plot_ratio":0.6,"holder_credit_code":"\#(holderD)"}"#,
            #"{"parcel_number":"FINE-2","town":"gonghe","plot_ratio":1.6,"holder_credit_code":"\#(holderA)"}"#,
            #"{"parcel_number":"FAR-3","town":"shaping","plot_ratio":1.6}"#,
        ]), source: "f", crs: nil)
        let run = EvaluationRun()
        run.year = 2024; run.version = 1; run.methodID = "m"; run.methodNameZh = "m"; run.methodNameEn = "m"
        run.methodDefinition = "{}"; run.source = "test"; run.inputDigest = "x"; run.actor = "test"; run.firmCount = 2
        run.classCounts = "{}"
        run.publishedAt = Date()
        try await run.create(on: app.db)
        for (code, evaluationClass) in [(holderA, "A"), (holderD, "D")] {
            let result = EvaluationResultRecord()
            result.runID = try run.requireID(); result.creditCode = code; result.name = code; result.town = "gonghe"
            result.industry = "c"; result.group = "above"; result.evaluationClass = evaluationClass; result.explanation = "{}"
            try await result.create(on: app.db)
        }
        func disposal(_ number: String, _ status: DisposalStatus, _ started: String, _ completed: String? = nil) -> Disposal {
            Disposal(parcelNumber: number, action: .redevelopment, area: LandArea(squareMetres: 100), started: LocalDate(iso: started)!,
                     completed: completed.flatMap(LocalDate.init(iso:)), status: status)
        }
        try await LandStore.record([disposal("LOW-1", .completed, "2022-01-01", "2022-03-01"), disposal("LOW-1", .inProgress, "2023-01-01"),
                                    disposal("FAR-3", .completed, "2023-01-01", "2023-02-01")],
                                   isDemo: false, writer: app.writer(as: .system))
    }

    static func numbers(_ app: Application, _ filter: LandStore.Filter, within window: GeoExtent? = nil) async throws -> [String] {
        let store = LandStore(db: app.db, principal: .countyWide(of: CountyCode.heshan))
        return try await store.evaluatedParcels(filter, rules: try await store.rules(), within: window, on: LocalDate(iso: "2025-06-30")!).map(\.record.number)
    }

    @Test("Each filter keeps the parcels it names and leaves out the others")
    func eachFilter() async throws {
        try await withTestApp { app in
            try await Self.seed(app)
            #expect(try await Self.numbers(app, .init()) == ["FAR-3", "FINE-2", "LOW-1"])
            #expect(try await Self.numbers(app, .init(text: "fine")) == ["FINE-2"])
            #expect(try await Self.numbers(app, .init(text: Self.holderD)) == ["LOW-1"])
            #expect(try await Self.numbers(app, .init(townCode: "shaping")) == ["FAR-3"])
            #expect(try await Self.numbers(app, .init(rule: "plot_ratio_below")) == ["LOW-1"])
            // The latest disposal counts: LOW-1's completed one is older than its one in progress.
            #expect(try await Self.numbers(app, .init(disposal: .inProgress)) == ["LOW-1"])
            #expect(try await Self.numbers(app, .init(disposal: .completed)) == ["FAR-3"])
            #expect(try await Self.numbers(app, .init(disposal: ParcelFilter.DisposalChoice.none)) == ["FINE-2"])
            #expect(try await Self.numbers(app, .init(holderClass: .d)) == ["LOW-1"])
            #expect(try await Self.numbers(app, .init(holderClass: .a)) == ["FINE-2"])
            #expect(try await Self.numbers(app, .init(holderClass: .unrated)) == ["FAR-3"])
            #expect(try await Self.numbers(app, .init(townCode: "gonghe", holderClass: .a)) == ["FINE-2"])
        }
    }

    @Test("A map window keeps the text filter, and a window that misses draws nothing")
    func windowKeepsText() async throws {
        try await withTestApp { app in
            try await Self.seed(app)
            let around = GeoExtent(minLongitude: 112.79, maxLongitude: 112.81, minLatitude: 22.59, maxLatitude: 22.61)
            #expect(try await Self.numbers(app, .init(text: "LOW"), within: around) == ["LOW-1"])
            let away = GeoExtent(minLongitude: 112.0, maxLongitude: 112.1, minLatitude: 22.0, maxLatitude: 22.1)
            #expect(try await Self.numbers(app, .init(), within: away).isEmpty)
        }
    }

    @Test("An API page filled after a filter drops parcels still ends where the next page starts")
    func pagesAfterFiltering() async throws {
        try await withTestApp { app in
            try await Self.seed(app)
            let store = LandStore(db: app.db, principal: .countyWide(of: CountyCode.heshan))
            let day = LocalDate(iso: "2025-06-30")!
            let first = try await store.evaluatedParcels(.init(townCode: "gonghe"), rules: try await store.rules(), limit: 1, on: day).map(\.record.number)
            #expect(first == ["FINE-2"])
            let rest = try await store.evaluatedParcels(.init(townCode: "gonghe"), rules: try await store.rules(), after: "FINE-2", limit: 5, on: day).map(\.record.number)
            #expect(rest == ["LOW-1"])
            #expect(try await store.evaluatedParcels(.init(rule: "plot_ratio_below"), rules: try await store.rules(), limit: 1, on: day).map(\.record.number) == ["LOW-1"])
        }
    }

    @Test("The list and the map take the same filter from the link")
    func pagesFilter() async throws {
        try await withTestApp { app in
            try await Self.seed(app)
            try await Fixture.user(app, "boss", .leader)
            let browser = try await app.signIn("boss")
            for path in [SiteURL.land.path, SiteURL.landMap.path] {
                try await app.testing().test(.GET, path + "?disposal=in_progress&class=D", headers: browser.headers) { response async in
                    let body = response.body.string
                    #expect(body.contains("/land/parcels/LOW-1"), "\(path)")
                    #expect(!body.contains("/land/parcels/FINE-2") && !body.contains("/land/parcels/FAR-3"), "\(path)")
                    #expect(body.contains(#"<option value="in_progress" selected>"#), "\(path)")
                    if path == SiteURL.landMap.path { #expect(body.contains("/land/map.svg?disposal=in_progress&amp;class=D&amp;colour=rule")) }
                }
            }
            // The SVG download draws the same filtered parcels, coloured by disposal status when asked.
            try await app.testing().test(.GET, SiteURL.landMapSVG.path + "?town=gonghe&disposal=none&colour=disposal",
                                         headers: browser.headers) { response async in
                let body = response.body.string
                #expect(body.contains(##"<g class="disposal-none" fill="#b0b7bf"><a href="/land/parcels/FINE-2"><path class="parcel""##))
                #expect(body.contains("/land/parcels/FINE-2") && !body.contains("/land/parcels/LOW-1"))
            }
            try await app.testing().test(.GET, SiteURL.land.path + "?q=" + String(repeating: "x", count: 65),
                                         headers: browser.headers) { response async in
                #expect(response.status == .badRequest)
            }
        }
    }
}

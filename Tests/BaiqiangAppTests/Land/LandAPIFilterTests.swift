import BaiqiangCore
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import BaiqiangApp

/// `GET /api/v1/land/parcels` narrows by text, rule, disposal status and holder class as the list
/// does, and refuses a value it does not know rather than answering with every parcel.
@Suite("Land: the parcels API's filters")
struct LandAPIFilterTests {
    static func numbers(_ app: Application, _ headers: HTTPHeaders, _ query: KeyValuePairs<String, String?>) async throws -> [String]? {
        var numbers: [String]?
        try await app.testing().test(.GET, SiteURL.api(.landParcels).path(query: query), headers: headers) { response async throws in
            guard response.status == .ok else { return }
            numbers = try response.content.decode(CursorPage<LandAPIController.ParcelView>.self).items.map(\.number)
        }
        return numbers
    }

    @Test("Text, rule, disposal and class narrow the page; an unknown rule, status or class is a 400")
    func filters() async throws {
        try await withTestApp { app in
            _ = try await LandAppTests.importer(app).run(LandAppTests.file([
                #"{"parcel_number":"LOW-1","town":"gonghe","plot_ratio":0.6}"#, #"{"parcel_number":"FINE-2","town":"gonghe"}"#,
                #"{"parcel_number":"FINE-3","town":"shaping"}"#,
            ]), source: "f", crs: nil)
            try await Fixture.user(app, "boss", .leader)
            let headers = try await LandAPITests.bearer(app, "boss")
            #expect(try await Self.numbers(app, headers, ["q": "fine"]) == ["FINE-2", "FINE-3"])
            #expect(try await Self.numbers(app, headers, ["rule": "plot_ratio_below"]) == ["LOW-1"])
            #expect(try await Self.numbers(app, headers, ["disposal": "none", "town": "gonghe"]) == ["FINE-2", "LOW-1"])
            #expect(try await Self.numbers(app, headers, ["disposal": "completed"]) == [])
            #expect(try await Self.numbers(app, headers, ["class": "none", "q": "3"]) == ["FINE-3"])
            #expect(try await Self.numbers(app, headers, ["class": "D"]) == [])
            for query: KeyValuePairs<String, String?> in [["rule": "no_such_rule"], ["disposal": "done"], ["class": "E"],
                                                           ["q": String(repeating: "x", count: 65)]] {
                try await app.testing().test(.GET, SiteURL.api(.landParcels).path(query: query), headers: headers) { response async in
                    #expect(response.status == .badRequest, "\(query)")
                }
            }
        }
    }
}

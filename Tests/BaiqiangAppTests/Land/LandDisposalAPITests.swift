import BaiqiangCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import BaiqiangApp

/// The disposals API: recorded on a parcel, listed by cursor within the account's scope and
/// filtered by status, moved on and corrected; refusals are problem documents naming the field.
@Suite("Land: the disposals API")
struct LandDisposalAPITests {
    static func json(_ headers: HTTPHeaders, _ body: String) -> (HTTPHeaders, ByteBuffer) {
        var headers = headers
        headers.contentType = .json
        return (headers, ByteBuffer(string: body))
    }

    @Test("Recorded, listed by cursor and status, completed; too large is a 400 naming area_mu; another town's parcel 404; a reader 403")
    func roundTrip() async throws {
        try await withTestApp { app in
            try await LandDisposalPagesTests.parcels(app)
            try await Fixture.user(app, "townuser", .town, binding: "gonghe")
            try await Fixture.user(app, "boss", .leader)
            let town = try await LandAPITests.bearer(app, "townuser")
            var (headers, body) = Self.json(town, #"{"action":"技改提升","area_mu":15.0015,"started":"2024-01-01"}"#)
            try await app.testing().test(.POST, SiteURL.api(.landParcelDisposals(number: "G1")).path, headers: headers, body: body) { response async throws in
                #expect(response.status == .badRequest)
                let problem = try problemFields(response)
                let errors = try #require(problem["errors"] as? [[String: Any]])
                #expect(errors.compactMap { $0["column"] as? String } == ["area_mu"])
            }
            (headers, body) = Self.json(town, #"{"action":"close_down","area_mu":1,"started":"2024-01-01"}"#)
            try await app.testing().test(.POST, SiteURL.api(.landParcelDisposals(number: "S1")).path, headers: headers, body: body) { response async in
                #expect(response.status == .notFound)
            }
            var id = ""
            for start in ["2024-01-01", "2025-01-01"] {
                (headers, body) = Self.json(town, #"{"action":"close_down","area_mu":1,"started":"\#(start)"}"#)
                if start == "2025-01-01" {
                    // The first must be finished before the next may start.
                    let (patch, done) = Self.json(town, #"{"status":"in_progress"}"#)
                    try await app.testing().test(.PATCH, SiteURL.api(.landDisposal(id: id)).path, headers: patch, body: done) { response async in
                        #expect(response.status == .ok)
                    }
                    let (finish, finished) = Self.json(town, #"{"status":"completed","completed":"2024-06-30","plot_ratio_after":1.5}"#)
                    try await app.testing().test(.PATCH, SiteURL.api(.landDisposal(id: id)).path, headers: finish, body: finished) { response async throws in
                        #expect(response.status == .ok)
                        let item = try response.content.decode(LandDisposalAPIController.DisposalItem.self)
                        #expect(item.status == "completed" && item.plotRatioAfter == 1.5)
                    }
                }
                try await app.testing().test(.POST, SiteURL.api(.landParcelDisposals(number: "G1")).path, headers: headers, body: body) { response async throws in
                    #expect(response.status == .created)
                    id = try response.content.decode(LandDisposalAPIController.DisposalItem.self).id
                }
            }
            var seen: [String] = [], cursor: String?
            repeat {
                let query: KeyValuePairs<String, String?> = ["limit": "1", "cursor": cursor]
                try await app.testing().test(.GET, SiteURL.api(.landDisposals).path(query: query), headers: town) { response async throws in
                    let page = try response.content.decode(CursorPage<LandDisposalAPIController.DisposalItem>.self)
                    seen += page.items.map(\.started)
                    cursor = page.nextCursor
                }
            } while cursor != nil
            #expect(seen.sorted() == ["2024-01-01", "2025-01-01"])
            try await app.testing().test(.GET, SiteURL.api(.landDisposals).path(query: ["status": "completed"]), headers: town) { response async throws in
                let page = try response.content.decode(CursorPage<LandDisposalAPIController.DisposalItem>.self)
                #expect(page.items.map(\.started) == ["2024-01-01"])
            }
            let boss = try await LandAPITests.bearer(app, "boss")
            (headers, body) = Self.json(boss, #"{"action":"close_down","area_mu":1,"started":"2026-01-01"}"#)
            try await app.testing().test(.POST, SiteURL.api(.landParcelDisposals(number: "G1")).path, headers: headers, body: body) { response async in
                #expect(response.status == .forbidden)
            }
            #expect(try await LandDisposal.query(on: app.db).count() == 2)
        }
    }
}

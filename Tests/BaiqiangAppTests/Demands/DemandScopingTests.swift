import BaiqiangCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import BaiqiangApp

@Suite("Demands: every role sees only its own demands")
struct DemandScopingTests {
    @Test("Enterprise: its own only, 404 for another's; department: assigned to it; centre, leader, admin: all; town: its town")
    func scoping() async throws {
        try await withTestApp { app in
            let world = try await DemandWorld.make(app)
            let mine = try await world.submit("firm")
            let theirs = try await world.submit("other", category: "12345-inquiry")
            _ = try await world.act("centre", mine, ["action": "accept"])
            _ = try await world.act("centre", mine, ["action": "assign", "handler_code": "gxj"])

            #expect(try await world.list("firm") == [mine])
            #expect(try await world.list("other") == [theirs])
            #expect(try await world.list("gxj") == [mine])
            #expect(try await world.list("zrzyj") == [])
            #expect(Set(try await world.list("centre")) == [mine, theirs])
            #expect(Set(try await world.list("lead")) == [mine, theirs])
            #expect(Set(try await world.list("admin")) == [mine, theirs])
            #expect(try await world.list("shaping") == [mine])

            // Another's demand is "not found", by API and by page, never "forbidden".
            let other = try await world.bearer("other")
            try await app.testing().test(.GET, SiteURL.api(.demand(trackingNumber: mine)).path, headers: other) { response async throws in
                #expect(response.status == .notFound)
                #expect(try problemFields(response)["status"] as? Int == 404)
            }
            let unassigned = try await world.bearer("zrzyj")
            try await app.testing().test(.GET, SiteURL.api(.demand(trackingNumber: mine)).path, headers: unassigned) { response async in
                #expect(response.status == .notFound)
            }
            let act = try await world.act("zrzyj", mine, ["action": "respond", "note": "x"])
            #expect(act.status == .notFound)
            let browser = try await app.signIn("other")
            try await app.testing().test(.GET, SiteURL.demand(number: mine).path, headers: browser.headers) { response async in
                #expect(response.status == .notFound)
                #expect(!response.body.string.contains("用电报装"))
            }
            try await app.testing().test(.GET, SiteURL.demands.path, headers: browser.headers) { response async in
                #expect(response.status == .ok)
                #expect(response.body.string.contains(theirs))
                #expect(!response.body.string.contains(mine))
            }
            // The CSV export is scoped the same way.
            try await app.testing().test(.GET, SiteURL.demandExport(format: "csv").path, headers: browser.headers) { response async in
                #expect(response.status == .ok)
                #expect(response.body.string.contains("编号"))
                #expect(response.body.string.contains(theirs))
                #expect(!response.body.string.contains(mine))
            }
            try await app.testing().test(.GET, SiteURL.demandExport(format: "xlsx").path, headers: browser.headers) { response async in
                #expect(response.status == .ok)
                #expect(Array(response.body.readableBytesView.prefix(4)) == [0x50, 0x4B, 0x03, 0x04])
            }
        }
    }

    @Test("Filters and cursor pagination of the API list")
    func filtersAndPages() async throws {
        try await withTestApp { app in
            let world = try await DemandWorld.make(app)
            var numbers: [String] = []
            for index in 0..<5 {
                numbers.append(try await world.submit("firm", category: index % 2 == 0 ? "sme" : "12345-help"))
            }
            #expect(Set(try await world.list("centre", query: ["category": "12345-help"])) == [numbers[1], numbers[3]])
            #expect(try await world.list("centre", query: ["status": "closed"]) == [])
            let headers = try await world.bearer("centre")
            var seen: [String] = []
            var cursor: String?
            repeat {
                let path = SiteURL.api(.demands).path(query: ["limit": "2", "cursor": cursor])
                try await app.testing().test(.GET, path, headers: headers) { response async throws in
                    let page = try decodeJSON(CursorPage<DemandAPI.View>.self, response)
                    seen += page.items.map(\.trackingNumber)
                    cursor = page.nextCursor
                }
            } while cursor != nil
            #expect(seen == numbers.reversed())
            try await app.testing().test(.GET, SiteURL.api(.demands).path(query: ["status": "nonsense"]), headers: headers) { response async in
                #expect(response.status == .badRequest)
            }
        }
    }
}

import BaiqiangCore
import Foundation
import Testing
import Vapor
@testable import BaiqiangApp

/// The navigation's 诉求 entry counts the demands waiting for the signed-in account: the centre's
/// to accept, route and visit, the handling unit's to answer and resolve, the firm's to judge.
@Suite("Demands: the navigation's waiting badge")
struct DemandWaitingBadgeTests {
    /// The badge's number on the home page as `username` sees it; nil when there is none.
    func badge(_ app: Application, _ username: String) async throws -> Int? {
        try await badge(app, try await app.signIn(username))
    }

    func badge(_ app: Application, _ browser: Browser) async throws -> Int? {
        var count: Int?
        try await app.testing().test(.GET, SiteURL.home.path, headers: browser.headers) { response async in
            let html = response.body.string
            guard let range = html.range(of: #"class="nav-badge"[^>]*>[0-9]+<"#, options: .regularExpression) else { return }
            count = Int(html[range].drop { $0 != ">" }.dropFirst().dropLast())
        }
        return count
    }

    @Test("Each role sees the count of what waits for it, and no badge when nothing does")
    func countsPerRole() async throws {
        try await withTestApp { app in
            let world = try await DemandWorld.make(app)
            let first = try await world.submit("firm")
            _ = try await world.submit("firm")
            #expect(try await badge(app, "centre") == 2)
            #expect(try await badge(app, "admin") == 2)
            #expect(try await badge(app, "gxj") == nil)
            #expect(try await badge(app, "firm") == nil)
            #expect(try await badge(app, "lead") == nil)

            try await world.act("centre", first, ["action": "accept"])
            try await world.act("centre", first, ["action": "assign", "handler": "department:gxj"])
            #expect(try await badge(app, "centre") == 1)
            #expect(try await badge(app, "gxj") == 1)
            #expect(try await badge(app, "zrzyj") == nil)
            #expect(try await badge(app, "shaping") == nil, "the firm's town does not handle it")

            try await world.act("gxj", first, ["action": "respond", "note": "收到"])
            #expect(try await badge(app, "gxj") == 1, "answered but not yet resolved")
            try await world.act("gxj", first, ["action": "resolve", "note": "办结"])
            #expect(try await badge(app, "gxj") == nil)
            #expect(try await badge(app, "centre") == 2, "the return visit to make, and the other new one")
            #expect(try await badge(app, "firm") == 1, "its verdict awaited")
            #expect(try await badge(app, "other") == nil)

            try await world.act("centre", first, ["action": "return_visit", "satisfaction": "satisfied"])
            #expect(try await badge(app, "firm") == nil)
            #expect(try await badge(app, "centre") == 1)
        }
    }

    @Test("A demand filed through another server shows in an open session's badge at its next page")
    func followsAWriteElsewhere() async throws {
        try await withTestApp { app in
            let world = try await DemandWorld.make(app)
            _ = try await world.submit("firm")
            let centre = try await app.signIn("centre")
            #expect(try await badge(app, centre) == 1)
            #expect(try await badge(app, centre) == 1, "the same while nothing is written")
            try await withSecondServer(of: app) { second in
                var elsewhere = world
                elsewhere.app = second
                _ = try await elsewhere.submit("firm")
            }
            #expect(try await badge(app, centre) == 2)
        }
    }
}

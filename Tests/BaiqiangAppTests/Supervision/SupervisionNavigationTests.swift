import BaiqiangCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import BaiqiangApp

/// The supervision entry of the navigation shows to those who read reports (supervisors and the
/// discipline office) and to nobody else: for anyone else it would point at a page of nothing.
@Suite("Supervision navigation entry")
struct SupervisionNavigationTests {
    @Test("Supervisors and the discipline office see the 特约监督 entry; admins, leaders, towns, other departments and firms do not")
    func entryShownToReadersOnly() async throws {
        try await withTestApp(at: SupervisionTests.now) { app in
            try await SupervisionTests.world(app)
            try await Fixture.user(app, "townuser", .town, binding: "shaping")
            for (username, shown) in [("sup1", true), ("jwuser", true), ("admin1", false), ("lead1", false), ("gxjuser", false),
                                      ("audit1", false), ("townuser", false)] {
                let user = try #require(try await AccountStore(db: app.db).user(named: username))
                let principal = try await Principal.load(user, channel: .token, csrfToken: nil, on: app.db)
                let keys = Layout.navigation(for: principal).map(\.key)
                #expect(keys.contains("nav.supervision") == shown, "\(username): \(keys)")
                #expect(Capabilities.navigation(for: principal).contains { $0.url == .supervision } == shown, "\(username) home cards")
            }
            let supervisor = try await app.signIn("sup1")
            try await app.testing().test(.GET, SiteURL.home.path, headers: supervisor.headers) { response async in
                #expect(response.body.string.contains("href=\"/supervision\""))
            }
            let leader = try await app.signIn("lead1")
            try await app.testing().test(.GET, SiteURL.home.path, headers: leader.headers) { response async in
                #expect(!response.body.string.contains("href=\"/supervision\""))
            }
        }
    }
}

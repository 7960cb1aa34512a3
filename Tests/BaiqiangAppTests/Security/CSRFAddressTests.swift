import Foundation
import Testing
import Vapor
import VaporTesting
@testable import BaiqiangApp

/// The CSRF token never reaches an address: a GET form would put it in the address bar, history
/// and logs, and so would an action carrying it in its query (a form error is re-rendered at the
/// posted address).
@Suite struct CSRFAddressTests {
    @Test("No page, for any role, has a GET form carrying the CSRF field or an address carrying the token")
    func noPageLeaksTheTokenIntoAnAddress() async throws {
        try await withTestApp(at: SnapshotTests.moment) { app in
            let world = try await SnapshotWorld.make(app)
            var checked = 0
            for username in ["admin", "firm", "shaping", "gxj", "lead"] {
                let browser = try await app.signIn(username)
                for route in app.routes.all where route.method == .GET {
                    let pattern = route.path.string
                    guard !pattern.hasPrefix("api/") && !pattern.hasPrefix("open311/"), let path = world.path(of: route) else { continue }
                    try await app.testing().test(.GET, path, headers: browser.headers) { response async in
                        guard response.headers.contentType?.subType == "html" else { return }
                        let html = response.body.string
                        checked += 1
                        for form in Self.forms(in: html) where !form.posts {
                            #expect(!form.html.contains(#"name="_csrf""#), "\(username) \(path): a GET form carries the CSRF field")
                        }
                        #expect(!html.contains("_csrf="), "\(username) \(path): an address carries the CSRF token")
                    }
                }
            }
            #expect(checked > 100, "only \(checked) pages were checked")
        }
    }

    struct Form {
        var html: String
        var posts: Bool
    }

    /// Every form of a page with whether it posts (a form without a method is a GET form).
    static func forms(in html: String) -> [Form] {
        html.components(separatedBy: "<form").dropFirst().map { rest in
            let body = rest.components(separatedBy: "</form>").first ?? rest
            let tag = body.prefix { $0 != ">" }.lowercased()
            return Form(html: body, posts: tag.contains(#"method="post""#))
        }
    }
}

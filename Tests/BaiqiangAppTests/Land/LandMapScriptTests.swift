import BaiqiangCore
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import BaiqiangApp

/// The map page loads its one script from the site's own static files, under a policy that
/// forbids any other; the script finds the window and the filtered drawing in the page.
@Suite("Land: the map's script")
struct LandMapScriptTests {
    @Test("The map loads /static/js/land-map.js only, under script-src 'self', and tells it where the filtered drawing is")
    func scriptAndPolicy() async throws {
        try await withTestApp { app in
            _ = try await LandAppTests.importer(app).run(LandAppTests.file([#"{"parcel_number":"P1","town":"gonghe"}"#]), source: "f", crs: nil)
            try await Fixture.user(app, "boss", .leader)
            let browser = try await app.signIn("boss")
            try await app.testing().test(.GET, SiteURL.landMap.path + "?town=gonghe&colour=disposal", headers: browser.headers) { response async in
                let body = response.body.string
                let policy = response.headers.first(name: "Content-Security-Policy") ?? ""
                #expect(policy.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.contains("script-src 'self'"))
                #expect(!policy.contains("unsafe-inline") && !policy.contains("unsafe-eval"))
                #expect(body.components(separatedBy: "<script").count == 2)
                #expect(body.contains(#"<script src="/static/js/land-map.js" defer></script>"#))
                #expect(body.contains(#"data-svg="/land/map.svg?town=gonghe&amp;colour=disposal""#))
                #expect(body.contains(#"data-bbox=""#) && body.contains(#"data-scale=""#))
            }
            var styleHeaders: [String] = []
            // deliberately not a SiteURL: static files are served from the file system, not routed
            try await app.testing().test(.GET, "/static/css/app.css") { response async in
                styleHeaders = ["ETag", "Last-Modified"].filter { response.headers.first(name: $0) != nil }
            }
            // deliberately not a SiteURL: static files are served from the file system, not routed
            try await app.testing().test(.GET, "/static/js/land-map.js") { response async in
                #expect(response.status == .ok)
                #expect(response.headers.contentType?.subType == "javascript")
                #expect(response.headers.first(name: "Content-Security-Policy") == SecurityHeadersMiddleware.contentSecurityPolicy)
                #expect(!styleHeaders.isEmpty && styleHeaders.allSatisfy { response.headers.first(name: $0) != nil })
                #expect(response.body.string.contains("viewBox"))
            }
        }
    }
}

import BaiqiangCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import BaiqiangApp

/// A generated firm has no securities code a source gave, so none is made up for it: the IPO
/// board and the firm's page say the code is not recorded, in each language, and show no
/// invented code as if an exchange had assigned it.
@Suite("IPO board: no invented securities codes for generated firms")
struct IPOBoardDemoTests {
    @Test("With the demo loaded, listed generated firms carry no ticker and the board says 代码未登记 / code not recorded")
    func demoBoard() async throws {
        try await withTestApp(demo: true) { app in
            let listed = try await Enterprise.query(on: app.db).filter(\.$listingStage == ListingStage.listed.rawValue).all()
            #expect(!listed.isEmpty, "the demo county lists some generated firms")
            #expect(listed.filter(\.isDemo).allSatisfy { ($0.ticker ?? "").isEmpty }, "no generated firm gets a stock code")
            try await Fixture.user(app, "ladmin", .admin)
            let browser = try await app.signIn("ladmin")
            let chinese = try await app.page(SiteURL.enterpriseLadder.path, as: browser)
            let english = try await app.page(SiteURL.enterpriseLadder.path + "?lang=en", as: browser)
            for html in [chinese, english] {
                #expect(html.range(of: #"DEMO\d"#, options: .regularExpression) == nil, "an invented code is shown")
            }
            #expect(chinese.contains("代码未登记"))
            #expect(english.contains("code not recorded"))
            let firm = try #require(listed.first { $0.isDemo })
            let profile = try await app.page(SiteURL.enterprise(creditCode: firm.creditCode).path + "?lang=en", as: browser)
            #expect(profile.contains("Listed (code not recorded)"))
        }
    }
}

import BaiqiangCore
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import BaiqiangApp

/// The plan pages send again what they rendered for a snapshot (the big screen's pages, the
/// public page, the cockpit's target cards): a write, through this server or another one on the
/// same database, shows on the next request all the same, and what differs by who asks is never
/// sent to someone else.
@Suite("Plan pages rendered once per snapshot")
struct PlanPageCacheTests {
    static let figure = "3.75 亿元"

    /// Every page of the big screen (a page past the last reads as the last), joined.
    static func screen(_ app: Application, _ headers: HTTPHeaders, query: String = "") async throws -> String {
        var pages: [String] = []
        for page in 1...12 {
            try await app.testing().test(.GET, SiteURL.planScreen.path + "?page=\(page)" + query, headers: headers) { response async in
                #expect(response.status == .ok)
                pages.append(response.body.string)
            }
        }
        return pages.joined()
    }

    static func page(_ app: Application, _ path: String, _ headers: HTTPHeaders = [:]) async throws -> String {
        var body = ""
        try await app.testing().test(.GET, path, headers: headers) { response async in
            #expect(response.status == .ok)
            body = response.body.string
        }
        return body
    }

    static func addFigure(_ app: Application, _ writer: Browser) async throws {
        try await app.testing().test(.POST, SiteURL.planKPIObservations(code: "education-investment-3y").path, headers: writer.headers,
                                     beforeRequest: { request in
            try request.content.encode(["value": "3.75", "date": "2025-06-01", "source": "教育局", "_csrf": writer.csrf], as: .urlEncodedForm)
        }, afterResponse: { response async in #expect(response.status == .seeOther) })
    }

    static func publish(_ app: Application, _ admin: Browser) async throws {
        try await app.testing().test(.POST, SiteURL.planObservationReview(code: "education-investment-3y", date: "2025-06-01",
                                                                           action: "publish").path,
                                     headers: admin.headers, beforeRequest: { request in
            try request.content.encode(["_csrf": admin.csrf], as: .urlEncodedForm)
        }, afterResponse: { response async in #expect(response.status == .seeOther) })
    }

    @Test("A figure written through another server shows on this server's big screen at its next request, in both languages")
    func screenFollowsAWriteElsewhere() async throws {
        try await withTestApp(at: PlanPeriodsTests.noon("2025-06-30")) { app in
            try await Fixture.user(app, "edu", .department, binding: "jyj")
            try await withSecondServer(of: app) { second in
                let reader = try await second.signIn("edu")
                let before = try await Self.screen(second, reader.headers)
                let beforeEnglish = try await Self.screen(second, reader.headers, query: "&lang=en")
                #expect(!before.contains(Self.figure))
                #expect(before == (try await Self.screen(second, reader.headers)), "sent again unchanged while nothing is written")

                try await Self.addFigure(app, try await app.signIn("edu"))
                let after = try await Self.screen(second, reader.headers)
                #expect(after.contains(Self.figure), "the other server's write shows at once")
                #expect(try await Self.screen(second, reader.headers, query: "&lang=en") != beforeEnglish,
                        "the English pages are drawn again too")
            }
        }
    }

    @Test("A figure published through another server shows on the public page at the next request, signed in or not")
    func publicPageFollowsAWriteElsewhere() async throws {
        try await withTestApp(at: PlanPeriodsTests.noon("2025-06-30")) { app in
            try await Fixture.user(app, "edu", .department, binding: "jyj")
            try await Fixture.user(app, "reviewer", .admin)
            try await withSecondServer(of: app) { second in
                let visitor = try await second.signIn("edu")
                #expect(!(try await Self.page(second, SiteURL.publicPlan.path)).contains(Self.figure))
                #expect(!(try await Self.page(second, SiteURL.publicPlan.path, visitor.headers)).contains(Self.figure))

                try await Self.addFigure(app, try await app.signIn("edu"))
                try await Self.publish(app, try await app.signIn("reviewer"))
                #expect(try await Self.page(second, SiteURL.publicPlan.path).contains(Self.figure))
                #expect(try await Self.page(second, SiteURL.publicPlan.path, visitor.headers).contains(Self.figure))
            }
        }
    }

    @Test("The public page kept for visitors not signed in never carries a signed-in visitor's name or token, nor they the visitors' page")
    func publicPageKeepsNoOnesHeader() async throws {
        try await withTestApp(at: PlanPeriodsTests.noon("2025-06-30")) { app in
            try await Fixture.user(app, "edu", .department, binding: "jyj", displayName: "教育局张三")
            let anonymous = try await Self.page(app, SiteURL.publicPlan.path)
            let browser = try await app.signIn("edu")
            let signedIn = try await Self.page(app, SiteURL.publicPlan.path, browser.headers)
            #expect(signedIn.contains("教育局张三"), "a signed-in visitor's header names them")
            #expect(signedIn.contains(browser.csrf), "and carries their sign-out form's token")
            let anonymousAgain = try await Self.page(app, SiteURL.publicPlan.path)
            #expect(anonymousAgain == anonymous)
            #expect(!anonymousAgain.contains("教育局张三"))
            #expect(!anonymousAgain.contains(browser.csrf))
        }
    }

    @Test("The cockpit's target cards follow a write through another server, for every area tab")
    func cockpitAreasFollowAWriteElsewhere() async throws {
        try await withTestApp(at: PlanPeriodsTests.noon("2025-06-30")) { app in
            try await Fixture.user(app, "edu", .department, binding: "jyj")
            try await withSecondServer(of: app) { second in
                let reader = try await second.signIn("edu")
                let document = try await PlanStore(db: second.db, cache: second.planCache, today: second.appEnvironment.today).require()
                let area = try #require(document.areas.first { area in
                    area.lines.contains { $0.items.contains { $0.kpis.contains { $0.code == "education-investment-3y" } } }
                })
                let path = SiteURL.plan.path + "?area=" + area.code
                #expect(!(try await Self.page(second, path, reader.headers)).contains(Self.figure))
                try await Self.addFigure(app, try await app.signIn("edu"))
                #expect(try await Self.page(second, path, reader.headers).contains(Self.figure))
            }
        }
    }
}


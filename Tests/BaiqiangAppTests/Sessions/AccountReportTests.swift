import BaiqiangCore
import Fluent
import Testing
import Vapor
import VaporTesting
@testable import BaiqiangApp

@Suite("The account report by last sign-in, role and second factor")
struct AccountReportTests {
    static let start = Date(timeIntervalSince1970: 1_780_000_000)

    @Test("Lists every account with role label, last sign-in or never, and days since")
    func page() async throws {
        try await withTestApp(at: Self.start) { app in
            try await Fixture.user(app, "admin1", .admin)
            try await Fixture.user(app, "lead", .leader)
            try await Fixture.user(app, "idle", .leader)
            _ = try await app.signIn("lead")
            app.clock.advance(by: 3 * 86_400)
            let admin = try await app.signIn("admin1")
            let (status, body) = try await app.get(SiteURL.adminAccounts.path, as: admin)
            #expect(status == .ok)
            #expect(body.contains("idle"))
            #expect(body.contains("从未登录"))
            #expect(body.contains("领导"))
            #expect(body.contains("<td>3</td>"))
        }
    }

    @Test("Ordered by last sign-in, longest unused first; filtered by role")
    func orderAndFilter() async throws {
        try await withTestApp(at: Self.start) { app in
            try await Fixture.user(app, "admin1", .admin)
            try await Fixture.user(app, "early", .leader)
            try await Fixture.user(app, "late", .leader)
            _ = try await app.signIn("early")
            app.clock.advance(by: 86_400)
            _ = try await app.signIn("late")
            app.clock.advance(by: 86_400)
            let admin = try await app.signIn("admin1")
            let body = try await app.page(SiteURL.adminAccounts.path + "?sort=last_sign_in&role=leader", as: admin)
            let early = try #require(body.range(of: ">early<")), late = try #require(body.range(of: ">late<"))
            #expect(early.lowerBound < late.lowerBound)
            #expect(!body.contains(">admin1<"))
            let newest = try await app.page(SiteURL.adminAccounts.path + "?sort=last_sign_in_desc&role=leader", as: admin)
            #expect(try #require(newest.range(of: ">late<")).lowerBound < (try #require(newest.range(of: ">early<"))).lowerBound)
        }
    }

    @Test("Exports the same rows as CSV")
    func csv() async throws {
        try await withTestApp(at: Self.start) { app in
            try await Fixture.user(app, "admin1", .admin)
            try await Fixture.user(app, "lead", .leader)
            let admin = try await app.signIn("admin1")
            var body = ""
            try await app.testing().test(.GET, SiteURL.adminAccountsExport.path + "?role=leader", headers: admin.headers) { response async in
                #expect(response.status == .ok)
                #expect(response.headers.contentType?.subType == "csv")
                body = response.body.string
            }
            let lines = body.split(separator: "\n")
            #expect(lines.count == 2)
            #expect(lines[1].contains("lead,"))
            #expect(lines[1].contains("not_enrolled"))
        }
    }

    @Test("Only administrators see it", arguments: [SiteURL.adminAccounts, .adminAccountsExport])
    func refused(url: SiteURL) async throws {
        try await withTestApp { app in
            try await Fixture.user(app, "lead", .leader)
            let lead = try await app.signIn("lead")
            #expect(try await app.get(url.path, as: lead).status == .forbidden)
        }
    }

    @Test("The report shows who has set up a second factor")
    func secondFactor() async throws {
        try await withTestApp(at: Self.start) { app in
            try await Fixture.user(app, "admin1", .admin)
            try await Fixture.user(app, "lead", .leader)
            try await Fixture.user(app, "other", .leader)
            _ = try await app.enrolSecondFactor(try await app.signIn("lead"), username: "lead")
            let admin = try await app.signIn("admin1")
            let lines = try await app.page(SiteURL.adminAccountsExport.path + "?role=leader", as: admin).split(separator: "\n")
            #expect(lines.first { $0.contains("lead,") }?.contains(",enrolled") == true)
            #expect(lines.first { $0.contains("other,") }?.contains("not_enrolled") == true)
        }
    }
}

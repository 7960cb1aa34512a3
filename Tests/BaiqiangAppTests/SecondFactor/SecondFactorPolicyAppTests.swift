import BaiqiangCore
import Fluent
import Testing
import Vapor
import VaporTesting
@testable import BaiqiangApp

@Suite("Second factor: the policy for administrators and leaders, its grace, and the demo")
struct SecondFactorPolicyAppTests {
    static let day: TimeInterval = 24 * 3600

    @Test("Production asks administrators and leaders for a second factor; a demo installation does not")
    func defaults() {
        var production = AppConfiguration(database: .sqlite(path: "x.sqlite"))
        #expect(production.secondFactorPolicy.isOn)
        #expect(production.secondFactorPolicy.grace == 7 * Self.day)
        production.demo = true
        #expect(!production.secondFactorPolicy.isOn)
        production.requireSecondFactor = true
        #expect(production.secondFactorPolicy.isOn)
    }

    @Test("Within the grace (its last second included) a leader works with a reminder; one second after, only the set-up is open")
    func graceBoundary() async throws {
        try await withTestApp(at: secondFactorMoment, configure: { $0.requireSecondFactor = true }) { app in
            try await Fixture.user(app, "lead", .leader)
            let first = try await app.browser(session: try #require(try await app.passwordStep("lead").session))
            let reminder = try await app.get(SiteURL.enterprises.path, headers: first.headers)
            #expect(reminder.status == .ok)
            #expect(reminder.body.contains("须在 2026-07-07 10:00:00 前设置双因素认证"))
            #expect(try await app.auditActions("second_factor.grace_started").count == 1)

            // A sign-in later does not start the grace again.
            app.clock.set(secondFactorMoment.addingTimeInterval(7 * Self.day))
            let last = try await app.browser(session: try #require(try await app.passwordStep("lead").session))
            #expect(try await app.get(SiteURL.enterprises.path, headers: last.headers).status == .ok)
            #expect(try await app.get(SiteURL.api(.me).path, headers: last.headers).status == .ok)
            #expect(try await app.auditActions("second_factor.grace_started").count == 1)

            app.clock.advance(by: 1)
            let after = try await app.browser(session: try #require(try await app.passwordStep("lead").session))
            let page = try await app.get(SiteURL.enterprises.path, headers: after.headers)
            #expect(page.status == .seeOther)
            #expect(page.location == SiteURL.account.path + "#second-factor")
            #expect(try await app.get(SiteURL.api(.me).path, headers: after.headers).status == .forbidden)
            #expect(try await app.postForm(.accountTokens, as: after, ["name": "x"]).status == .forbidden)
            let account = try await app.get(SiteURL.account.path, headers: after.headers)
            #expect(account.status == .ok)
            #expect(account.body.contains("须先设置双因素认证"))

            // Setting it up opens everything again.
            _ = try await app.enrolSecondFactor(after, username: "lead")
            let open = try await app.get(SiteURL.enterprises.path, headers: after.headers)
            #expect(open.status == .ok)
            #expect(!open.body.contains("双因素认证前"))
        }
    }

    @Test("Roles the policy does not name are never asked")
    func otherRolesFree() async throws {
        try await withTestApp(at: secondFactorMoment, configure: { $0.requireSecondFactor = true }) { app in
            try await Fixture.user(app, "gxj1", .department, binding: "gxj")
            _ = try await app.passwordStep("gxj1")
            app.clock.advance(by: 30 * Self.day)
            let session = try #require(try await app.passwordStep("gxj1").session)
            let page = try await app.get(SiteURL.enterprises.path, headers: Browser(cookie: session, csrf: "").headers)
            #expect(page.status == .ok)
            #expect(!page.body.contains("双因素"))
        }
    }

    @Test("The demo starts with no second factor asked of anyone, however long after")
    func demoAsksNothing() async throws {
        try await withTestApp(demo: true, at: secondFactorMoment, configure: { $0.requireSecondFactor = nil }) { app in
            try await Fixture.user(app, "boss", .admin)
            _ = try await app.passwordStep("boss")
            app.clock.advance(by: 30 * Self.day)
            let session = try #require(try await app.passwordStep("boss").session)
            let page = try await app.get(SiteURL.adminCalendar.path, headers: Browser(cookie: session, csrf: "").headers)
            #expect(page.status == .ok)
            #expect(!page.body.contains("须先设置双因素认证"))
            #expect(try await app.auditActions("second_factor.grace_started").isEmpty)
        }
    }
}

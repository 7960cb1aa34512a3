import BaiqiangCore
import Fluent
import Testing
import Vapor
import VaporTesting
@testable import BaiqiangApp

@Suite("Second factor: setting up on the account page, and an administrator's reset")
struct SecondFactorEnrolmentTests {
    @Test("Set-up shows a QR code and the secret; only a right code turns it on, and the recovery codes are shown once")
    func confirmWithRightAndWrongCode() async throws {
        try await withTestApp(at: secondFactorMoment) { app in
            try await Fixture.user(app, "lead", .leader)
            let browser = try await app.browser(session: try await app.signIn("lead").cookie)
            #expect(try await app.postForm(.accountSecondFactor, as: browser).status == .seeOther)
            let page = try await app.get(SiteURL.account.path, headers: browser.headers)
            let totp = try await app.pendingTOTP("lead")
            #expect(page.body.contains(#"<svg class="qr-code""#))
            let secret = Base32.encode(totp.secret)
            #expect(page.body.contains(String(secret.prefix(4)) + " " + String(secret.dropFirst(4).prefix(4))))
            #expect(page.body.contains("二维码") || page.body.contains("QR"))

            let wrong = String(format: "%06d", (Int(totp.code(at: app.clock.now))! + 1) % 1_000_000)
            let refused = try await app.postForm(.accountSecondFactorConfirm, as: browser, ["code": wrong])
            #expect(refused.status == .badRequest)
            #expect(recoveryCodes(in: refused.body).isEmpty)
            let user = try #require(try await AccountStore(db: app.db).user(named: "lead"))
            #expect(try await AccountStore(db: app.db).secondFactor(of: user.requireID())?.isActive == false)
            #expect(try await app.auditActions("second_factor.confirmed").isEmpty)

            let accepted = try await app.postForm(.accountSecondFactorConfirm, as: browser, ["code": totp.code(at: app.clock.now)])
            #expect(accepted.status == .ok)
            let codes = recoveryCodes(in: accepted.body)
            #expect(codes.count == 10)
            #expect(try await AccountStore(db: app.db).secondFactor(of: user.requireID())?.isActive == true)
            #expect(try await AccountStore(db: app.db).unusedRecoveryCodeCount(of: user.requireID()) == 10)

            // Shown once: the page afterwards says how many are left, not what they are.
            let later = try await app.get(SiteURL.account.path, headers: browser.headers)
            #expect(recoveryCodes(in: later.body).isEmpty)
            #expect(later.body.contains("剩余恢复码 10 个"))

            // Audited, and the log holds neither the secret nor a code.
            #expect(try await app.auditActions("second_factor.enrolled").count == 1)
            let rows = try await AuditEntry.query(on: app.db).all()
            let logged = rows.map { "\($0.before ?? "") \($0.after ?? "")" }.joined()
            #expect(try await app.auditActions("second_factor.confirmed").count == 1)
            #expect(!logged.contains(secret))
            #expect(!codes.contains { logged.contains($0) || logged.contains($0.replacingOccurrences(of: "-", with: "")) })
        }
    }

    @Test("The account page is never cached: it may show a secret or recovery codes")
    func noStore() async throws {
        try await withTestApp(at: secondFactorMoment) { app in
            try await Fixture.user(app, "lead", .leader)
            let browser = try await app.signIn("lead")
            try await app.testing().test(.GET, SiteURL.account.path, headers: browser.headers) { response async in
                #expect(response.headers.first(name: .cacheControl) == "no-store")
            }
        }
    }

    @Test("Setting up again ends the account's other sessions; the old factor works until the new one is confirmed")
    func setUpAgainEndsOtherSessions() async throws {
        try await withTestApp(at: secondFactorMoment) { app in
            try await Fixture.user(app, "lead", .leader)
            let first = try await app.browser(session: try await app.signIn("lead").cookie)
            let old = try await app.enrolSecondFactor(first, username: "lead")
            app.clock.advance(by: 60)
            let second = try await app.browser(session: try #require(try await app.signIn("lead", code: old.totp.code(at: app.clock.now)).session))
            #expect(try await app.postForm(.accountSecondFactor, as: second).status == .seeOther)
            // Not yet confirmed: the first browser is still signed in.
            #expect(try await app.get(SiteURL.home.path, headers: first.headers).status == .ok)
            app.clock.advance(by: 60)
            let new = try await app.pendingTOTP("lead")
            #expect(try await app.postForm(.accountSecondFactorConfirm, as: second, ["code": new.code(at: app.clock.now)]).status == .ok)
            #expect(try await app.get(SiteURL.home.path, headers: first.headers).status == .seeOther)
            #expect(try await app.get(SiteURL.home.path, headers: second.headers).status == .ok)
        }
    }

    @Test("An administrator's reset is audited, ends the user's sessions, and the user must set up again at next sign-in")
    func adminReset() async throws {
        try await withTestApp(at: secondFactorMoment, configure: { $0.requireSecondFactor = true }) { app in
            try await Fixture.user(app, "admin1", .admin)
            try await Fixture.user(app, "lead", .leader)
            let lead = try await app.browser(session: try await app.signIn("lead").cookie)
            _ = try await app.enrolSecondFactor(lead, username: "lead")
            let adminCookie = try await app.signIn("admin1").cookie
            let admin = try await app.browser(session: adminCookie)
            let list = try await app.get(SiteURL.adminUsers.path, headers: admin.headers).body
            #expect(list.contains(SiteURL.adminUserAction(username: "lead", action: "reset_second_factor").path))
            #expect(!list.contains(SiteURL.adminUserAction(username: "admin1", action: "reset_second_factor").path))

            let reset = try await app.postForm(.adminUserAction(username: "lead", action: "reset_second_factor"), as: admin)
            #expect(reset.status == .seeOther)
            let rows = try await app.auditActions("second_factor.reset")
            #expect(rows.count == 1)
            #expect(rows.first?.actor == "admin1")
            #expect(rows.first?.entityID == "lead")
            #expect(try await app.get(SiteURL.home.path, headers: lead.headers).status == .seeOther)

            // No code asked any more, and within what is left of the grace, none is given: only
            // the set-up is open to it.
            app.clock.advance(by: 60)
            let again = try await app.passwordStep("lead")
            let session = try #require(again.session)
            #expect(again.pending == nil)
            let page = try await app.get(SiteURL.enterprises.path, headers: Browser(cookie: session, csrf: "").headers)
            #expect(page.status == .seeOther)
            #expect(page.location == SiteURL.account.path + "#second-factor")
        }
    }

    @Test("The command line's reset, for an administrator who lost phone and recovery codes, is audited as the operator")
    func commandLineReset() async throws {
        try await withTestApp(at: secondFactorMoment) { app in
            try await Fixture.user(app, "admin1", .admin)
            let admin = try await app.browser(session: try await app.signIn("admin1").cookie)
            _ = try await app.enrolSecondFactor(admin, username: "admin1")
            try await SecondFactorService(writer: app.writer(as: .commandLine("ops"))).reset(username: "admin1", in: CountyCode.heshan)
            #expect(try await app.auditActions("second_factor.reset").first?.actor == "cli:ops")
            app.clock.advance(by: 60)
            #expect(try await app.passwordStep("admin1").session != nil)
        }
    }

    @Test("Only an administrator may reset a second factor")
    func resetNeedsAdministrator() async throws {
        try await withTestApp(at: secondFactorMoment) { app in
            try await Fixture.user(app, "lead", .leader)
            try await Fixture.user(app, "other", .leader)
            let other = try await app.browser(session: try await app.signIn("other").cookie)
            let lead = try await app.browser(session: try await app.signIn("lead").cookie)
            _ = try await app.enrolSecondFactor(lead, username: "lead")
            let refused = try await app.postForm(.adminUserAction(username: "lead", action: "reset_second_factor"), as: other)
            #expect(refused.status == .forbidden)
            #expect(try await app.auditActions("second_factor.reset").isEmpty)
            let user = try #require(try await AccountStore(db: app.db).user(named: "lead"))
            #expect(try await AccountStore(db: app.db).secondFactor(of: user.requireID())?.isActive == true)
        }
    }
}

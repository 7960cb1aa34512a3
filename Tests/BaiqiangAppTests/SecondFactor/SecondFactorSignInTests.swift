import BaiqiangCore
import Fluent
import Testing
import Vapor
import VaporTesting
@testable import BaiqiangApp

@Suite("Second factor: signing in with a code or a recovery code")
struct SecondFactorSignInTests {
    /// A leader with a second factor set up at `secondFactorMoment`, the clock then moved on ten
    /// minutes so the set-up's own code is long past.
    static func enrolledLeader(_ app: Application) async throws -> (totp: BaiqiangCore.TOTP, codes: [String]) {
        try await Fixture.user(app, "lead", .leader)
        let browser = try await app.browser(session: try await app.signIn("lead").cookie)
        let enrolled = try await app.enrolSecondFactor(browser, username: "lead")
        app.clock.advance(by: 600)
        return enrolled
    }

    @Test("After the right password an account with a second factor gets no session, only the code form")
    func passwordAloneDoesNotSignIn() async throws {
        try await withTestApp(at: secondFactorMoment) { app in
            let enrolled = try await Self.enrolledLeader(app)
            let password = try await app.passwordStep("lead")
            #expect(password.status == .seeOther)
            #expect(password.location == SiteURL.loginSecondFactor.path)
            #expect(password.session == nil)
            let pending = try #require(password.pending)
            #expect(try await app.auditActions("login.succeeded").count == 1) // the sign-in before the set-up
            let signedIn = try await app.codeStep(pending: pending, code: enrolled.totp.code(at: app.clock.now))
            #expect(signedIn.status == .seeOther)
            let session = try #require(signedIn.session)
            #expect(try await app.get(SiteURL.home.path, headers: Browser(cookie: session, csrf: "").headers).status == .ok)
            #expect(try await app.auditActions("login.succeeded").last?.after?.contains(#""secondFactor":"totp""#) == true)
        }
    }

    @Test("A pending sign-in reaches no page and no API, whichever cookie it is sent as")
    func pendingReachesNothing() async throws {
        try await withTestApp(at: secondFactorMoment) { app in
            _ = try await Self.enrolledLeader(app)
            let pending = try #require(try await app.passwordStep("lead").pending)
            for cookieName in [SecondFactorLoginController.pendingCookie, sessionCookieName] {
                var headers = HTTPHeaders()
                headers.replaceOrAdd(name: .cookie, value: "\(cookieName)=\(pending)")
                let page = try await app.get(SiteURL.enterprises.path, headers: headers)
                #expect(page.status == .seeOther)
                #expect(page.location?.hasPrefix(SiteURL.login.path) == true)
                #expect(try await app.get(SiteURL.account.path, headers: headers).status == .seeOther)
                #expect(try await app.get(SiteURL.api(.me).path, headers: headers).status == .unauthorized)
            }
        }
    }

    @Test("A code of the step before, the current step and the step after is accepted; two steps off is refused")
    func stepWindow() async throws {
        try await withTestApp(at: secondFactorMoment) { app in
            let enrolled = try await Self.enrolledLeader(app)
            for offset in [-1, 0, 1] {
                // Each on a later step than the last accepted one, so none is a replay.
                app.clock.advance(by: 120)
                let code = enrolled.totp.code(at: app.clock.now.addingTimeInterval(Double(offset) * 30))
                #expect(try await app.signIn("lead", code: code).session != nil, "offset \(offset)")
            }
            app.clock.advance(by: 3600)
            let pending = try #require(try await app.passwordStep("lead").pending)
            for offset in [-2, 2] {
                let code = enrolled.totp.code(at: app.clock.now.addingTimeInterval(Double(offset) * 30))
                let refused = try await app.codeStep(pending: pending, code: code)
                #expect(refused.status == .unauthorized, "offset \(offset)")
                #expect(refused.session == nil, "offset \(offset)")
            }
        }
    }

    @Test("The same code is refused the second time, even within its own 30 seconds")
    func replayRefused() async throws {
        try await withTestApp(at: secondFactorMoment) { app in
            let enrolled = try await Self.enrolledLeader(app)
            let code = enrolled.totp.code(at: app.clock.now)
            #expect(try await app.signIn("lead", code: code).session != nil)
            app.clock.advance(by: 5)
            let again = try await app.signIn("lead", code: code)
            #expect(again.status == .unauthorized)
            #expect(again.session == nil)
            #expect(try await app.auditActions("login.second_factor_failed").last?.after?.contains("replayed") == true)
        }
    }

    @Test("A recovery code signs in once")
    func recoveryCodeOnce() async throws {
        try await withTestApp(at: secondFactorMoment) { app in
            let enrolled = try await Self.enrolledLeader(app)
            let code = try #require(enrolled.codes.first)
            #expect(try await app.signIn("lead", code: code.lowercased()).session != nil)
            let used = try await app.auditActions("second_factor.recovery_used")
            #expect(used.count == 1)
            #expect(used.first?.after?.contains(#""recoveryCodesLeft":9"#) == true)
            app.clock.advance(by: 60)
            let again = try await app.signIn("lead", code: code)
            #expect(again.status == .unauthorized)
            #expect(again.session == nil)
            // Another unused one still works (once the throttle's second has passed).
            let pending = try #require(try await app.passwordStep("lead").pending)
            app.clock.advance(by: 2)
            #expect(try await app.codeStep(pending: pending, code: enrolled.codes[1]).session != nil)
        }
    }

    @Test("Wrong codes count against the sign-in throttle, so codes cannot be guessed")
    func wrongCodesAreThrottled() async throws {
        try await withTestApp(at: secondFactorMoment) { app in
            let enrolled = try await Self.enrolledLeader(app)
            let pending = try #require(try await app.passwordStep("lead").pending)
            let right = enrolled.totp.code(at: app.clock.now)
            let wrong = String(format: "%06d", (Int(right)! + 1) % 1_000_000)
            #expect(try await app.codeStep(pending: pending, code: wrong).status == .unauthorized)
            #expect(try await app.codeStep(pending: pending, code: wrong).status == .unauthorized)
            // The password and two wrong codes: three failures, the free ones; now each waits.
            let waiting = try await app.codeStep(pending: pending, code: right)
            #expect(waiting.status == .tooManyRequests)
            #expect(waiting.session == nil)
            app.clock.advance(by: 2)
            #expect(try await app.codeStep(pending: pending, code: right).session != nil)
        }
    }

    @Test("A pending sign-in ends after five wrong codes")
    func pendingEndsAfterWrongCodes() async throws {
        try await withTestApp(at: secondFactorMoment) { app in
            let enrolled = try await Self.enrolledLeader(app)
            let pending = try #require(try await app.passwordStep("lead").pending)
            let wrong = String(format: "%06d", (Int(enrolled.totp.code(at: app.clock.now))! + 1) % 1_000_000)
            for _ in 0..<SecondFactorSignIn.pendingAttempts {
                app.clock.advance(by: 20) // past each throttle delay
                #expect(try await app.codeStep(pending: pending, code: wrong).status == .unauthorized)
            }
            app.clock.advance(by: 20)
            let ended = try await app.codeStep(pending: pending, code: enrolled.totp.code(at: app.clock.now))
            #expect(ended.session == nil)
            #expect(ended.location == SiteURL.login.path)
        }
    }
}

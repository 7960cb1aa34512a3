import BaiqiangCore
import Foundation
import Testing
@testable import BaiqiangApp

/// The shell's pages (sign-in, home, account, a capability still to come) are views of a model
/// and a page context, rendered here without a server or a database.
@Suite struct ShellPageViewTests {
    @Test func theSignInFormCarriesItsTokenAndWhereToGoNext() {
        let model = LoginPage.Model(csrfToken: "login-token", next: SiteURL.plan.path, error: nil, info: nil)
        let html = LoginPage.view(model, .rendering(.zhHans, as: nil)).render()
        #expect(html.contains(#"<form method="post" action="/login">"#))
        #expect(html.contains(#"<input type="hidden" name="_csrf" value="login-token">"#))
        #expect(html.contains(#"<input type="hidden" name="next" value="/plan">"#))
        #expect(html.contains(#"autocomplete="current-password""#))
        #expect(!html.contains("site-nav"), "no navigation before signing in")
    }

    @Test func theSignInPageSaysWhyInTheReadersLanguage() {
        let model = LoginPage.Model(csrfToken: "t", next: "/", error: "Wrong username or password.", info: "Your session has expired.")
        let html = LoginPage.view(model, .rendering(.en, as: nil)).render()
        #expect(html.contains("<title>Sign in · "))
        #expect(html.contains(#"<div class="notice notice-error" role="alert">Wrong username or password.</div>"#))
        #expect(html.contains(#"<div class="notice notice-info" role="status">Your session has expired.</div>"#))
        #expect(html.contains("Username"))
    }

    @Test func theHomePageGreetsByNameAndSaysWhatIsNotThereYet() {
        let entries = [NavigationEntry(key: "nav.plan", url: .plan),
                       NavigationEntry(key: "nav.chains", url: .chains, ready: false)]
        let html = HomePage.view(.init(displayName: hostileText, entries: entries), .rendering(.en, as: .leader)).render()
        #expect(html.contains("Welcome, " + hostileTextEscaped))
        #expect(!html.contains("<script>"))
        #expect(html.contains(#"<a class="card" href="/plan">"#))
        #expect(html.contains(#"<span class="badge badge-ready">Available</span>"#))
        #expect(html.contains(#"<a class="card" href="/chains">"#))
        #expect(html.contains(#"<span class="badge badge-soon">Coming</span>"#))
    }

    static func token(_ name: String, revokedAt: Date?) -> ApiToken {
        let token = ApiToken()
        token.id = UUID(uuidString: "5A5A5A5A-0000-4000-8000-0000000000C1")
        token.name = name
        token.prefix = "bq_abcd"
        token.createdAt = Date(timeIntervalSince1970: 1_782_784_800)
        token.revokedAt = revokedAt
        return token
    }

    @Test func theAccountPageShowsTheNewTokenOnceAndOffersRevocationOfActiveOnes() {
        let model = AccountPage.Model(
            username: "gxj", role: .department,
            tokens: [Self.token(hostileText, revokedAt: nil), Self.token("old", revokedAt: Date(timeIntervalSince1970: 1_782_788_400))],
            newToken: "bq_secret_once", notice: nil, error: nil)
        let html = AccountPage.view(model, .rendering(.en, as: .department, csrfToken: "account-token")).render()
        #expect(html.contains(#"<pre class="secret">bq_secret_once</pre>"#))
        #expect(html.contains(hostileTextEscaped))
        #expect(!html.contains("<script>"))
        #expect(html.components(separatedBy: #"action="/account/tokens/5A5A5A5A-0000-4000-8000-0000000000C1/revoke""#).count == 2,
                "only the active token can be revoked")
        #expect(html.contains("Revoked at "))
        #expect(html.contains(#"action="/account/password""#))
        let forms = html.components(separatedBy: "<form method=\"post\"").count - 1
        let tokens = html.components(separatedBy: #"name="_csrf" value="account-token""#).count - 1
        #expect(forms == 5 && tokens == forms, "every form (sign-out, password, second factor, revoke, create) carries the token")
    }

    @Test func theAccountPageInChineseSaysTheRoleAndTheOutcome() {
        let model = AccountPage.Model(username: "gxj", role: .department, tokens: [], newToken: nil,
                                      notice: nil, error: "当前密码不正确")
        let html = AccountPage.view(model, .rendering(.zhHans, as: .department)).render()
        #expect(html.contains("<dd>部门</dd>"))
        #expect(html.contains(#"<div class="notice notice-error" role="alert">当前密码不正确</div>"#))
        #expect(!html.contains("<table"), "no token table without tokens")
    }
}

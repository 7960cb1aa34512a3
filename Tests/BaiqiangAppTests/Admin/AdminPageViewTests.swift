import BaiqiangCore
import Foundation
import Testing
@testable import BaiqiangApp

/// The administration pages (accounts, audit log) are views of a model and a page context,
/// rendered here without a server or a database.
@Suite struct AdminPageViewTests {
    /// 10:00 in Beijing on 2026-06-30.
    static let now = Date(timeIntervalSince1970: 1_782_784_800)

    static func account(_ username: String, active: Bool = true, lockedUntil: Date? = nil, throttled: Bool = false) -> AdminUsersPage.Account {
        AdminUsersPage.Account(username: username, displayName: "名 " + username, role: .town, binding: "shaping",
                               isActive: active, lockedUntil: lockedUntil, isThrottled: throttled)
    }

    static func users(_ accounts: [AdminUsersPage.Account], _ context: PageContext) -> String {
        AdminUsersPage.view(.init(accounts: accounts, now: now, notice: nil, error: nil), context).render()
    }

    @Test func eachAccountShowsItsStateAndOnlyTheActionsThatApply() {
        let html = Self.users([Self.account("active"), Self.account("off", active: false),
                               Self.account("slowed", throttled: true),
                               Self.account("locked", lockedUntil: Self.now.addingTimeInterval(3600))], .rendering(.en, as: .admin))
        #expect(html.contains(#"action="/admin/users/active/deactivate""#))
        #expect(!html.contains(#"action="/admin/users/active/unlock""#))
        #expect(html.contains(#"action="/admin/users/off/activate""#))
        #expect(html.contains("<td>Deactivated</td>"))
        #expect(html.contains(#"action="/admin/users/slowed/unlock""#), "a throttled account may be cleared")
        #expect(html.contains("<td>Locked until 2026-06-30 11:00:00</td>"))
        #expect(html.contains("<td>shaping</td>"))
        #expect(html.contains("<td>Town</td>"))
    }

    @Test func aLockThatHasRunOutReadsAsActive() {
        let html = Self.users([Self.account("was", lockedUntil: Self.now.addingTimeInterval(-60))], .rendering(.en, as: .admin))
        #expect(html.contains("<td>Active</td>"))
        #expect(!html.contains("Locked until"))
    }

    @Test func everyAccountFormCarriesTheTokenAndTheLabelsFollowTheLanguage() {
        let html = Self.users([Self.account("a"), Self.account("b", throttled: true)], .rendering(.zhHans, as: .admin, csrfToken: "admin-token"))
        let forms = html.components(separatedBy: "<form method=\"post\"").count - 1
        let tokens = html.components(separatedBy: #"name="_csrf" value="admin-token""#).count - 1
        #expect(forms == 7, "sign-out; a: deactivate, reset; b: deactivate, unlock, reset; the new-account form")
        #expect(tokens == forms)
        #expect(html.contains("<td>正常</td>"))
        #expect(html.contains("<td>镇街</td>"))
        #expect(!html.contains("Deactivate"))
    }

    @Test func accountTextIsEscaped() {
        var hostile = Self.account("x")
        hostile.displayName = hostileText
        hostile.binding = hostileText
        let html = Self.users([hostile], .rendering(.en, as: .admin))
        #expect(!html.contains("<script>"))
        #expect(html.components(separatedBy: hostileTextEscaped).count == 3)
    }

    static func entry(_ sequence: Int, before: String?, after: String?) -> AuditEntry {
        let entry = AuditEntry()
        entry.sequence = sequence
        entry.at = "2026-06-30T02:00:00.000Z"
        entry.actor = "admin"
        entry.role = "admin"
        entry.action = "user.create"
        entry.entity = "user"
        entry.entityID = "gxj"
        entry.before = before
        entry.after = after
        entry.requestID = nil
        return entry
    }

    static func audit(_ model: AdminAuditPage.Model, _ language: Language = .en) -> String {
        AdminAuditPage.view(model, .rendering(language, as: .admin)).render()
    }

    @Test func theAuditLogShowsEachChangeInShanghaiTimeAndKeepsTheFilterOnTheNextPage() {
        let filter = AuditStore.Filter(actor: "ad min", entity: "user", action: nil, from: "2026-06-01", to: nil)
        let html = Self.audit(.init(filter: filter, rows: [Self.entry(7, before: nil, after: hostileText)], next: 7, verification: .offered))
        #expect(html.contains("<td>2026-06-30 10:00:00</td>"))
        #expect(html.contains("<td>admin (admin)</td>"))
        #expect(html.contains("<pre>" + hostileTextEscaped + "</pre>"))
        #expect(!html.contains("<script>"))
        #expect(html.contains(#"href="/admin/audit?actor=ad%20min&amp;entity=user&amp;from=2026-06-01&amp;before=7""#))
        #expect(html.contains(#"<input type="text" name="actor" value="ad min">"#))
        #expect(html.contains(#"href="/admin/audit?verify=1""#))
    }

    @Test func theAuditLogSaysWhetherTheChainHolds() {
        let intact = Self.audit(.init(filter: .init(), rows: [], next: nil, verification: .intact(count: 12, anchor: "12:abc")))
        #expect(intact.contains(#"<div class="notice notice-success" role="status">The audit chain is intact: 12 rows"#))
        #expect(intact.contains("12:abc"))
        #expect(!intact.contains("?verify=1"))

        let broken = Self.audit(.init(filter: .init(), rows: [], next: nil,
                                      verification: .broken(BilingualText(zh: "第 3 行被改动", en: "row 3 was changed"))), .zhHans)
        #expect(broken.contains(#"<div class="notice notice-error" role="alert">"#))
        #expect(broken.contains("第 3 行被改动"))
        #expect(!broken.contains("row 3 was changed"))
    }
}

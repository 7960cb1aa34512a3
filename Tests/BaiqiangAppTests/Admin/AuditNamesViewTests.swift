import BaiqiangCore
import Foundation
import Testing
@testable import BaiqiangApp

/// The audit page names each row's action and entity in the page's language, the code beside it
/// for the auditor who filters by it.
@Suite struct AuditNamesViewTests {
    static func page(_ rows: [(action: String, entity: String)], _ language: Language) -> String {
        let entries = rows.enumerated().map { index, row in
            AuditEntry(AuditRecord(sequence: index + 1, at: "2026-06-30T02:00:00.000Z", actor: "admin", role: "admin",
                                   action: row.action, entity: row.entity, entityID: "x\(index)", before: nil, after: nil,
                                   requestID: nil, previousHash: "", hash: ""))
        }
        let model = AdminAuditPage.Model(filter: .init(), rows: entries, next: nil, verification: .offered)
        return AdminAuditPage.view(model, .rendering(language, as: .admin)).render()
    }

    @Test("Actions and entities read as words in Chinese and in English, with their codes beside them")
    func namedInBothLanguages() {
        let rows = [("login.succeeded", "user"), ("plan.observation.add", "kpi"), ("demand.assign", "demand")]
        let zh = Self.page(rows, .zhHans)
        #expect(zh.contains("登录成功") && zh.contains("填报指标数据") && zh.contains("诉求：交办"))
        #expect(zh.contains("账号 x0") && zh.contains("指标 x1"))
        #expect(zh.contains("<code class=\"muted\">login.succeeded</code>"))
        let en = Self.page(rows, .en)
        #expect(en.contains("Signed in") && en.contains("KPI figure entered") && en.contains("Demand: assign"))
        #expect(en.contains("Account x0"))
    }

    @Test("A code the application no longer records still shows, as itself")
    func unknownCodeShows() {
        let html = Self.page([("retired.thing", "gone")], .zhHans)
        #expect(html.contains("retired.thing") && html.contains("gone x0"))
    }
}

import BaiqiangCore
import Foundation
import Testing
@testable import BaiqiangApp

/// The evaluation's pages are views of a model and a page context: they render without a server
/// or a database, in either language, for whoever is signed in.
@Suite struct EvaluationPageViewTests {
    static func run() -> EvaluationRun {
        let run = EvaluationRun()
        run.id = UUID(uuidString: "5A5A5A5A-0000-4000-8000-000000000001")
        run.year = 2025
        run.version = 2
        run.methodID = "zhejiang-6"
        run.methodNameZh = "浙江六项"
        run.methodNameEn = "Zhejiang six"
        run.source = "registry"
        run.inputDigest = String(repeating: "a", count: 64)
        run.actor = "gxj"
        run.firmCount = 3
        run.classCounts = #"{"A":1,"B":1,"D":1}"#
        return run
    }

    static func context(_ language: Language, role: Role?) -> PageContext {
        let principal = role.map {
            Principal(userID: UUID(), username: "u", displayName: "某人", role: $0, departmentID: nil, departmentCode: "gxj",
                      townID: nil, enterpriseID: nil, scope: .county, channel: .session, csrfToken: "token-1")
        }
        return PageContext(language: language, principal: principal, environment: .test())
    }

    @Test func theIndexListsRunsAndOffersANewRunOnlyToThoseWhoMay() {
        let model = EvaluationIndexPage.Model(runs: [Self.run()], latestRegistryYear: 2025, mayRun: false, error: nil)
        let leader = EvaluationIndexPage.view(model, Self.context(.en, role: .leader)).render()
        #expect(leader.contains("Zhejiang six (zhejiang-6)"))
        #expect(leader.contains("A 1 · B 1 · D 1"))
        #expect(!leader.contains(#"action="/evaluation/runs""#))

        var allowed = model
        allowed.mayRun = true
        let department = EvaluationIndexPage.view(allowed, Self.context(.zhHans, role: .department)).render()
        #expect(department.contains("浙江六项 (zhejiang-6)"))
        #expect(department.contains(#"action="/evaluation/runs""#))
        #expect(department.contains(#"name="_csrf" value="token-1""#))
        #expect(department.contains(#"value="2025""#))
    }
}

import BaiqiangCore
import Foundation
import Testing
@testable import BaiqiangApp

/// The registry's pages are views of a model and a page context: they render without a server
/// or a database, in either language, for whoever is signed in.
@Suite struct EnterprisePageViewTests {
    static let hostile = #"<script>alert(1)</script>"&'"#
    static let code = "91330000000000001X"

    static func href(_ path: String) -> String { #"href=""# + path + #"""# }

    static func context(_ language: Language, role: Role) -> PageContext {
        let scope: AccessScope = role == .enterprise ? .enterprise("91330000000000001X") : .county
        let principal = Principal(userID: UUID(), username: "u", displayName: "某人", role: role, departmentID: nil,
                                  departmentCode: role == .department ? "gxj" : nil, townID: nil, enterpriseID: nil,
                                  scope: scope, channel: .session, csrfToken: "token-1")
        return PageContext(language: language, principal: principal, environment: .test())
    }

    static func town() -> Town {
        Town(code: "T01", nameZh: "城关镇", nameEn: "Chengguan")
    }

    static func firm(name: String = "百强光伏有限公司", demo: Bool = true) -> Enterprise {
        let firm = Enterprise(creditCode: "91330000000000001X", name: name, townID: nil, isDemo: demo)
        firm.$town.value = .some(town())
        firm.industryCode = "3976"
        firm.contactName = "王工"
        return firm
    }

    static func profile(_ firm: Enterprise) -> EnterpriseProfilePage.Model {
        EnterpriseProfilePage.Model(firm: firm, figures: EnterpriseFiguresView(creditCode: firm.creditCode, yearly: [], monthly: []),
                                    designations: [], evaluations: [])
    }

    @Test func aDemoFirmIsLabelledAndOnlyThoseWhoMayEditSeeTheEditButton() {
        let model = Self.profile(Self.firm())
        let editLink = Self.href(SiteURL.enterpriseEdit(creditCode: Self.code).path)
        let department = EnterpriseProfilePage.view(model, Self.context(.zhHans, role: .department)).render()
        #expect(department.contains("演示数据"))
        #expect(department.contains(editLink))
        #expect(department.contains("城关镇"))

        let firmAccount = EnterpriseProfilePage.view(model, Self.context(.zhHans, role: .enterprise)).render()
        #expect(!firmAccount.contains(editLink))
        let leader = EnterpriseProfilePage.view(model, Self.context(.zhHans, role: .leader)).render()
        #expect(!leader.contains(editLink))

        let real = EnterpriseProfilePage.view(Self.profile(Self.firm(demo: false)), Self.context(.zhHans, role: .department)).render()
        #expect(!real.contains("演示数据"))
    }

    @Test func anEnglishContextGivesEnglishStrings() {
        let page = EnterpriseProfilePage.view(Self.profile(Self.firm()), Self.context(.en, role: .department)).render()
        #expect(page.contains("Demo data"))
        #expect(page.contains("Chengguan"))
        #expect(page.contains(">Edit<"))
        #expect(!page.contains("演示数据"))
        #expect(!page.contains("城关镇"))
    }

    @Test func hostileTextIsEscapedOnTheFirmPageAndInTheList() {
        let profile = EnterpriseProfilePage.view(Self.profile(Self.firm(name: Self.hostile)), Self.context(.zhHans, role: .admin)).render()
        #expect(!profile.contains("<script>"))
        #expect(profile.contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot;&amp;&#39;"))

        var filter = EnterpriseStore.Filter()
        filter.text = Self.hostile
        let row = EnterpriseStore.Row(creditCode: "91330000000000001X", name: Self.hostile, town: nil, industryCode: nil, isDemo: true,
                                      latestYear: nil, revenueWan: nil, aboveScale: nil, designations: nil, ladderStage: nil, listingStage: nil)
        let list = EnterpriseListPage.view(EnterpriseListPage.Model(filter: filter, rows: [row], nextCursor: nil, total: 1, towns: []),
                                           Self.context(.zhHans, role: .admin)).render()
        #expect(!list.contains("<script>"))
        #expect(!list.contains(#"value="<"#))
    }

    @Test func theListLabelsDemoRowsAndOffersImportOnlyToImporters() {
        let row = EnterpriseStore.Row(creditCode: "91330000000000001X", name: "百强光伏", town: nil, industryCode: "3976", isDemo: true,
                                      latestYear: 2025, revenueWan: 12_345.6, aboveScale: true, designations: ["specialised_sme"],
                                      ladderStage: nil, listingStage: nil)
        var filter = EnterpriseStore.Filter()
        filter.scale = "above"
        let model = EnterpriseListPage.Model(filter: filter, rows: [row], nextCursor: "c2", total: 1, towns: [Self.town()])
        let department = EnterpriseListPage.view(model, Self.context(.zhHans, role: .department)).render()
        #expect(department.contains("演示数据"))
        #expect(department.contains(Self.href(SiteURL.enterpriseImport.path)))
        #expect(department.contains("12,345.6 万元 (2025)"))
        // The next page and the exports keep the filter.
        #expect(department.contains(Self.href(SiteURL.enterprises.path + "?scale=above&amp;cursor=c2")))
        #expect(department.contains(Self.href(SiteURL.enterpriseExport(format: "csv").path + "?scale=above")))

        let firmAccount = EnterpriseListPage.view(model, Self.context(.zhHans, role: .enterprise)).render()
        #expect(!firmAccount.contains(Self.href(SiteURL.enterpriseImport.path)))
    }

    @Test func theEditFormCarriesTheCSRFTokenAndTheHeldDesignations() {
        let model = EnterpriseEditPage.Model(firm: Self.firm(), heldDesignations: ["specialised_sme": 2023], error: "年份无效")
        let page = EnterpriseEditPage.view(model, Self.context(.zhHans, role: .department)).render()
        #expect(page.contains(#"action=""# + SiteURL.enterpriseEdit(creditCode: Self.code).path + #"""#))
        // The edit form's token, besides the layout's sign-out form.
        #expect(page.components(separatedBy: #"name="_csrf" value="token-1""#).count - 1 == 2)
        #expect(page.contains(#"name="designation_specialised_sme" value="2023""#))
        #expect(page.contains(#"name="contact_name" value="王工""#))
        #expect(page.contains("年份无效"))
    }

    @Test func theImportPageShowsTheReportAndEveryRejectedRow() {
        let issue = ImportIssue(row: 7, column: "revenue_wan", reason: BilingualText(zh: "不是数字", en: "not a number"))
        let outcome = RegistryImporter.Outcome(report: ImportReport(rowsRead: 10, inserted: 8, updated: 1, rejected: 1, issues: [issue]),
                                               rejectedFile: nil)
        let model = EnterpriseImportPage.Model(outcome: outcome, failure: nil, reports: [])
        let chinese = EnterpriseImportPage.view(model, Self.context(.zhHans, role: .department)).render()
        #expect(chinese.contains("读取 10 行：新增 8，更新 1，拒绝 1"))
        #expect(chinese.contains("<td>7</td><td>revenue_wan</td><td>不是数字</td>"))
        #expect(chinese.contains(#"action=""# + SiteURL.enterpriseImport.path + #"""#))
        #expect(chinese.contains(#"name="_csrf" value="token-1""#))

        let english = EnterpriseImportPage.view(model, Self.context(.en, role: .department)).render()
        #expect(english.contains("10 rows read: 8 inserted, 1 updated, 1 rejected"))
        #expect(english.contains("<td>not a number</td>"))

        let refused = EnterpriseImportPage.Model(outcome: nil, failure: ImportRejected(issues: [issue], rowsRead: 10), reports: [])
        let refusedPage = EnterpriseImportPage.view(refused, Self.context(.zhHans, role: .department)).render()
        #expect(refusedPage.contains("<td>不是数字</td>"))
    }

    @Test func theLadderListsCrossingsAndCandidatesWithLinksToTheFirms() {
        let model = EnterpriseLadderPage.Model(
            year: 2025,
            crossings: [LadderCrossing(creditCode: "91330000000000001X", name: "百强光伏", step: .toAboveScale, year: 2025),
                        LadderCrossing(creditCode: "91330000000000003X", name: "未报机械", step: .toAboveScale, year: 2025)],
            revenueInYear: ["91330000000000001X": 2_600],
            candidates: [LadderCandidate(creditCode: "91330000000000002X", name: "小微机械", step: .toAboveScale,
                                         targetYear: 2026, revenueWan: 1_800)],
            board: IPOBoard(firms: []))
        let page = EnterpriseLadderPage.view(model, Self.context(.zhHans, role: .leader)).render()
        #expect(page.contains("培育梯队（2025 年）"))
        #expect(page.contains("<a " + Self.href(SiteURL.enterprise(creditCode: Self.code).path) + ">百强光伏</a>"))
        #expect(page.contains("<a " + Self.href(SiteURL.enterprise(creditCode: "91330000000000002X").path) + ">小微机械</a>"))
        #expect(page.contains("1,800 万元"))
        // A crossing firm's revenue shows; one that did not report it shows as missing, not 0.
        #expect(page.contains("2,600 万元"))
        #expect(page.contains(#"<td class="num">—</td>"#))
        #expect(!page.contains(">0 万元<"))
    }
}

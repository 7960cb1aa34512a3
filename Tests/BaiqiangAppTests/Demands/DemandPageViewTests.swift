import BaiqiangCore
import Foundation
import Testing
@testable import BaiqiangApp

/// The demand pages are views of a model and a page context: they render without a server or a
/// database, in either language, for whoever is signed in.
@Suite struct DemandPageViewTests {
    static let hostile = #"<script>alert(1)</script>"&'"#
    static let firmCode = "91330000000000001X"
    /// 2026-03-10 12:00 Beijing time.
    static let now = Date(timeIntervalSince1970: 1_773_115_200)
    static let csrfField = #"name="_csrf" value="token-1""#

    static func context(_ language: Language, _ actor: DemandActor) -> PageContext {
        let scope: AccessScope = switch actor.role {
        case .enterprise: .enterprise(actor.creditCode ?? "")
        case .town: .town(actor.townCode ?? "")
        default: .county
        }
        let principal = Principal(userID: UUID(), username: "u", displayName: "某人", role: actor.role, departmentID: nil,
                                  departmentCode: actor.departmentCode, designations: actor.designations, townID: nil,
                                  enterpriseID: nil, scope: scope, channel: .session, csrfToken: "token-1")
        return PageContext(language: language, principal: principal, environment: .test())
    }

    static let firm = AccessActor(role: .enterprise, creditCode: firmCode)
    static let centre = AccessActor.department("fwzx", isDemandCentre: true)

    /// A demand submitted `hoursAgo` before `now`, whose three deadlines fall `dueIn` hours from `now`.
    static func demand(_ number: String, text: String = "用电报装需要加快", hoursAgo: Double = 2, dueIn: Double) throws -> Demand {
        let due = now.addingTimeInterval(dueIn * 3600)
        let state = DemandState(status: .submitted, categoryCode: "sme", enterpriseCode: firmCode, townCode: "T01",
                                submittedAt: now.addingTimeInterval(-hoursAgo * 3600),
                                deadlines: DemandDeadlines(response: due, solution: due, closure: due))
        let demand = Demand()
        demand.trackingNumber = number
        demand.text = text
        try demand.setState(state)
        return demand
    }

    static func count(_ needle: String, in page: String) -> Int {
        page.components(separatedBy: needle).count - 1
    }

    /// The table row of the page that holds `number`.
    static func row(of number: String, in page: String) -> Substring {
        guard let start = page.range(of: ">\(number)<") else { return "" }
        let rest = page[start.upperBound...]
        return rest[..<(rest.range(of: "</tr>")?.lowerBound ?? rest.endIndex)]
    }

    @Test func anOverdueDemandIsMarkedOverdueInTheList() throws {
        let late = try Self.demand("SQ-0001", dueIn: -1)
        let onTime = try Self.demand("SQ-0002", dueIn: 5)
        let model = DemandListPage.Model(filter: .init(), demands: [late, onTime], next: nil, actor: Self.centre, now: Self.now)
        let page = DemandListPage.view(model, Self.context(.zhHans, Self.centre)).render()
        #expect(Self.row(of: "SQ-0001", in: page).contains("逾期"))
        #expect(!Self.row(of: "SQ-0002", in: page).contains("逾期"))
        #expect(page.contains("企业诉求"))

        let english = DemandListPage.view(model, Self.context(.en, Self.centre)).render()
        #expect(Self.row(of: "SQ-0001", in: english).contains("Overdue"))
        #expect(english.contains("Enterprise demand"))
    }

    @Test func theListIsNamedForWhoIsLookingAndOffersWhatTheyMayDo() throws {
        let firmModel = DemandListPage.Model(filter: .init(), demands: [], next: nil, actor: Self.firm, now: Self.now)
        let firmPage = DemandListPage.view(firmModel, Self.context(.zhHans, Self.firm)).render()
        #expect(firmPage.contains("本企业的诉求"))
        #expect(firmPage.contains(#"href=""# + SiteURL.demandNew.path + #"""#))
        #expect(!firmPage.contains(#"href=""# + SiteURL.demandRates.path + #"""#))
        #expect(!firmPage.contains(#"href=""# + SiteURL.demandRouting.path + #"""#))

        let leaderModel = DemandListPage.Model(filter: .init(), demands: [], next: nil, actor: .leader, now: Self.now)
        let leaderPage = DemandListPage.view(leaderModel, Self.context(.en, .leader)).render()
        #expect(leaderPage.contains("Demand queue"))
        #expect(leaderPage.contains(#"href=""# + SiteURL.demandRates.path + #"""#))
        #expect(!leaderPage.contains(#"href=""# + SiteURL.demandNew.path + #"""#))
    }

    @Test func theDetailMarksAMissedDeadlineAndEscapesTheText() throws {
        let demand = try Self.demand("SQ-0003", text: Self.hostile, hoursAgo: 3, dueIn: -1)
        let event = DemandEvent()
        event.demandID = UUID()
        event.action = "submit"
        event.actor = "firm"
        event.actorRole = "enterprise"
        event.at = Self.now.addingTimeInterval(-3 * 3600)
        event.note = Self.hostile
        event.statusAfter = "submitted"
        let model = DemandDetailPage.Model(demand: demand, state: try demand.state, now: Self.now, actions: [],
                                           events: [event], attachments: [])
        let page = DemandDetailPage.view(model, Self.context(.zhHans, Self.firm)).render()
        #expect(Self.count("badge light-red", in: page) == 3)
        #expect(!page.contains("<script>"))
        #expect(Self.count("&lt;script&gt;alert(1)&lt;/script&gt;&quot;&amp;&#39;", in: page) == 2)

        let inTime = DemandDetailPage.Model(demand: try Self.demand("SQ-0004", dueIn: 5), state: try Self.demand("SQ-0004", dueIn: 5).state,
                                            now: Self.now, actions: [], events: [], attachments: [])
        #expect(!DemandDetailPage.view(inTime, Self.context(.zhHans, Self.firm)).render().contains("badge light-red"))
    }

    @Test func everyActionFormCarriesTheCSRFTokenAndTheUnitsInThePagesLanguage() throws {
        let demand = try Self.demand("SQ-0005", dueIn: 5)
        var model = DemandDetailPage.Model(demand: demand, state: try demand.state, now: Self.now, actions: [.accept, .assign, .urge],
                                           events: [], attachments: [])
        model.departments = [Department(code: "gxj", nameZh: "工信局", nameEn: "Economy Bureau", isDemandCentre: false)]
        model.towns = [Town(code: "T01", nameZh: "城关镇", nameEn: "Chengguan")]
        let page = DemandDetailPage.view(model, Self.context(.en, Self.centre)).render()
        let transitions = #"action=""# + SiteURL.demandTransitions(number: "SQ-0005").path + #"""#
        // accept, assign, assign by the routing rules, urge; and the layout's sign-out form.
        #expect(Self.count(transitions, in: page) == 4)
        #expect(Self.count(Self.csrfField, in: page) == 5)
        // One picker: each value carries the kind with the code, so a town cannot go as a department.
        #expect(page.contains(#"<option value="department:gxj">Economy Bureau</option>"#))
        #expect(page.contains(#"<option value="town:T01">Chengguan</option>"#))
        #expect(!page.contains("handler_kind"))
        #expect(!page.contains("工信局"))
    }

    @Test func theNewDemandFormCarriesTheTokenAndAsksAFirmNeitherItsCodeNorItsTown() throws {
        let page = DemandNewPage.view(DemandNewPage.Model(), Self.context(.zhHans, Self.firm)).render()
        #expect(page.contains(#"action=""# + SiteURL.demandNew.path + #"""#))
        #expect(Self.count(Self.csrfField, in: page) == 2)
        #expect(!page.contains(#"name="enterprise""#))
        #expect(!page.contains(#"name="town""#))

        let centrePage = DemandNewPage.view(DemandNewPage.Model(enterprise: Self.hostile), Self.context(.zhHans, Self.centre)).render()
        #expect(centrePage.contains(#"name="enterprise""#))
        #expect(centrePage.contains(#"name="town""#))
        #expect(!centrePage.contains("<script>"))
    }

    @Test func aDuplicateIsShownBeforeSubmittingAndTheFormAsksToConfirm() throws {
        var model = DemandNewPage.Model(category: "sme", description: "再次反映")
        model.duplicates = [try Self.demand("SQ-0006", dueIn: 5)]
        let page = DemandNewPage.view(model, Self.context(.zhHans, Self.firm)).render()
        #expect(page.contains("duplicate-warning"))
        #expect(page.contains(#"href=""# + SiteURL.demand(number: "SQ-0006").path + #"""#))
        #expect(page.contains(#"name="confirm" value="1""#))
        #expect(page.contains("仍然提交"))
        #expect(page.contains(#"<option value="sme" selected"#))

        let first = DemandNewPage.view(DemandNewPage.Model(), Self.context(.zhHans, Self.firm)).render()
        #expect(!first.contains(#"name="confirm""#))
        #expect(!first.contains("duplicate-warning"))
    }

    @Test func theRatesPageNamesUnitsInThePagesLanguageAndLinksTheirTrends() throws {
        let month = DemandMonth(Self.now)
        let demand = try Self.demand("SQ-0007", dueIn: 5)
        var record = try demand.state.record
        record.handlerCode = "gxj"
        let rows = [DemandReportRow(submittedAt: demand.submittedAt, handler: HandlingUnit(.department, code: "gxj"), record: record)]
        let report = DemandRatesReport(rows, month: month, trendOf: .department("gxj"), calendar: try WorkingDayCalendar(years: []), now: Self.now)
        let model = DemandRatesPage.Model(month: month, report: report, overdueNow: 0, trendDepartment: "gxj", trendTown: nil,
                                          departments: [Department(code: "gxj", nameZh: "工信局", nameEn: "Economy Bureau", isDemandCentre: false)],
                                          towns: [])
        let chinese = DemandRatesPage.view(model, Self.context(.zhHans, .leader)).render()
        #expect(chinese.contains("工信局 (gxj)"))
        #expect(chinese.contains("近 12 个月三率走势（工信局）"))
        #expect(chinese.contains(#"href=""# + SiteURL.demandRates.path + "?month=\(month)&amp;department=gxj" + #"""#))

        let english = DemandRatesPage.view(model, Self.context(.en, .leader)).render()
        #expect(english.contains("Economy Bureau (gxj)"))
        #expect(english.contains("Three rates over 12 months (Economy Bureau)"))
    }

    @Test func theRoutingPageOffersToDeleteEachRuleWithTheToken() throws {
        let rule = DemandRoutingRule()
        rule.categoryCode = "sme"
        rule.townCode = DemandRoutingRule.anyTown
        rule.handlerKind = "department"
        rule.handlerCode = "gxj"
        let model = DemandRoutingPage.Model(rules: [rule], departments: [], towns: [Town(code: "T01", nameZh: "城关镇", nameEn: "Chengguan")],
                                            error: Self.hostile)
        let page = DemandRoutingPage.view(model, Self.context(.zhHans, Self.centre)).render()
        #expect(page.contains("所有镇街"))
        #expect(page.contains(#"name="remove" value="delete""#))
        // The rule's delete form, the new rule's form and the layout's sign-out form.
        #expect(Self.count(Self.csrfField, in: page) == 3)
        #expect(!page.contains("<script>"))

        let english = DemandRoutingPage.view(model, Self.context(.en, Self.centre)).render()
        #expect(english.contains("Any town"))
        #expect(english.contains("Enterprise demand"))
    }
}

import BaiqiangCore
import Foundation
import Testing
@testable import BaiqiangApp

/// The plan's pages are views of a model and a page context: each renders without a server or a
/// database, shows every target's light in words and colour, and offers forms only to those who
/// may use them.
@Suite struct PlanPageViewTests {
    static let today = PlanDate("2025-01-01")!

    /// Two targets from 0 to 100 over 2024–2025 (half the time gone): one far behind at 10, one
    /// on track at 60; a monitoring indicator; and a milestone 15 days late. The first KPI's name
    /// carries hostile text.
    static let yaml = """
    code: t
    title: {zh: 鹤山计划, en: Heshan plan}
    county: {zh: 鹤山, en: Heshan}
    departments:
      - code: gxj
        name: {zh: 工信局, en: industry bureau}
    areas:
      - code: a
        name: {zh: 产业, en: Industry}
        lines:
          - code: l
            name: {zh: 工作线, en: line}
            items:
              - code: i
                name: {zh: 事项, en: item}
                owner: gxj
                kpis:
                  - code: behind
                    name: {zh: "落后<script>alert(1)</script>", en: "Behind<script>alert(1)</script>"}
                    unit: ha
                    published: true
                    baseline: {value: 0, date: 2024-01-01}
                    target: {value: 100, deadline: 2025-12-31}
                    observations:
                      - {value: 10, date: 2024-12-01, source: 统计公报2024}
                  - code: ontrack
                    name: {zh: 正常指标, en: On track}
                    unit: ha
                    baseline: {value: 0, date: 2024-01-01}
                    target: {value: 100, deadline: 2025-12-31}
                    observations:
                      - {value: 60, date: 2024-12-01, source: 统计公报2024}
                  - code: watch
                    name: {zh: 监测指标, en: Watched}
                    unit: ha
                milestones:
                  - code: m1
                    name: {zh: 动工, en: Ground broken}
                    planned: 2024-12-17
    """

    static func snapshot(publishedOnly: Bool = false) throws -> PlanSnapshot {
        let document = try PlanYAML.read(yaml, now: today)
        let shown = publishedOnly ? document.publishedOnly : document
        return PlanSnapshot(document: shown, evaluation: PlanEvaluation.evaluate(shown, now: today), today: today)
    }

    static func cockpit(_ context: PageContext, area: String? = nil, mayImport: Bool = false) throws -> String {
        PlanCockpitPage.view(.init(snapshot: try snapshot(), area: area, mayImport: mayImport), context).render()
    }

    @Test func theCockpitShowsEachTargetsLightInWordsAndColour() throws {
        let zh = try Self.cockpit(.rendering(.zhHans, as: .leader))
        #expect(zh.contains(#"<article class="kpi-card light-border-red">"#))
        #expect(zh.contains(#"<span class="light light-red">严重滞后</span>"#))
        #expect(zh.contains(#"<article class="kpi-card light-border-green">"#))
        #expect(zh.contains(#"<span class="light light-green">正常</span>"#))
        #expect(zh.contains("10 公顷"), "the latest figure with its unit")

        let en = try Self.cockpit(.rendering(.en, as: .leader))
        #expect(en.contains(#"<html lang="en">"#))
        #expect(en.contains(#"<span class="light light-red">far behind</span>"#))
        #expect(en.contains("Target 100 ha by 2025-12-31"))
        #expect(en.contains("Heshan plan"))
        #expect(!en.contains("严重滞后"))
    }

    @Test func theCockpitCountsLightsOfTargetsButNotOfMonitoringIndicators() throws {
        let html = try Self.cockpit(.rendering(.en, as: .leader))
        #expect(html.contains(#"<div class="light-count light-border-red"><span class="count">1</span>"#))
        #expect(html.contains(#"<div class="light-count light-border-green"><span class="count">1</span>"#))
        #expect(html.contains(#"<div class="light-count light-border-grey"><span class="count">0</span>"#))
    }

    @Test func theCockpitNarrowedToAnotherAreaShowsNoneOfThisOnesKPIs() throws {
        #expect(try Self.cockpit(.rendering(.en, as: .leader), area: "a").contains(#"class="kpi-name""#))
        let html = try Self.cockpit(.rendering(.en, as: .leader), area: "elsewhere")
        #expect(!html.contains(#"class="kpi-name""#), "the KPI cards are of the chosen area only")
        #expect(html.contains("No milestones."))
        #expect(html.contains(#"<li><a href="/plan/kpis/behind">"#), "the plan tree still shows the whole plan")
    }

    @Test func kpiNamesAndOtherPlanTextAreEscaped() throws {
        let html = try Self.cockpit(.rendering(.zhHans, as: .admin))
        #expect(!html.contains("<script>"))
        #expect(html.contains("落后&lt;script&gt;alert(1)&lt;/script&gt;"))
    }

    @Test func onlyAdministratorsAreOfferedTheImportAndOnlyOwnersTheMilestoneForm() throws {
        let leader = try Self.cockpit(.rendering(.zhHans, as: .leader))
        #expect(!leader.contains(#"href="/plan/import""#))
        #expect(!leader.contains(#"action="/plan/milestones/m1""#))
        #expect(leader.contains("15 天"), "a late milestone says by how much")

        let owner = try Self.cockpit(.rendering(.zhHans, as: .department, department: "gxj", csrfToken: "owner-token"))
        #expect(owner.contains(#"action="/plan/milestones/m1""#))
        #expect(owner.contains(#"name="_csrf" value="owner-token""#))

        let otherDepartment = try Self.cockpit(.rendering(.zhHans, as: .department, department: "tjj"))
        #expect(!otherDepartment.contains(#"action="/plan/milestones/m1""#))

        let admin = try Self.cockpit(.rendering(.zhHans, as: .admin), mayImport: true)
        #expect(admin.contains(#"href="/plan/import""#))
    }

    @Test func aKPIPageShowsEveryFigureWithItsSourceAndTheEntryFormToItsOwner() throws {
        let snapshot = try Self.snapshot()
        let row = try #require(snapshot.row("ontrack"))
        let model = PlanKPIPage.Model(snapshot: snapshot, row: row, mayWrite: true, error: "数值不能为负 <b>")
        let html = PlanKPIPage.view(model, .rendering(.zhHans, as: .department, department: "gxj", csrfToken: "kpi-token")).render()
        #expect(html.contains("统计公报2024"))
        #expect(html.contains(#"action="/plan/kpis/ontrack/observations""#))
        #expect(html.contains(#"name="_csrf" value="kpi-token""#))
        #expect(html.contains(#"<div class="notice notice-error" role="alert">数值不能为负 &lt;b&gt;</div>"#))
        #expect(html.contains("<svg"), "the history is drawn")

        var reader = model
        reader.mayWrite = false
        reader.error = nil
        let leader = PlanKPIPage.view(reader, .rendering(.zhHans, as: .leader)).render()
        #expect(!leader.contains("/observations"))
    }

    @Test func thePublicPagesShowOnlyPublishedKPIsLinkedPubliclyWithNoForms() throws {
        let snapshot = try Self.snapshot(publishedOnly: true)
        let overview = PlanPublicPage.view(.init(snapshot: snapshot), .rendering(.zhHans, as: nil)).render()
        #expect(overview.contains(#"href="/public/plan/kpis/behind""#))
        #expect(!overview.contains("ontrack"))
        #expect(!overview.contains("<form"))

        let row = try #require(snapshot.row("behind"))
        let kpi = PlanPublicKPIPage.view(.init(snapshot: snapshot, row: row), .rendering(.en, as: nil)).render()
        #expect(kpi.contains(#"href="/public/plan""#))
        #expect(kpi.contains("统计公报2024"), "each figure keeps its source")
        #expect(!kpi.contains("<form"))
        #expect(!kpi.contains("<script>"))
    }

    @Test func theBigScreenRefreshesItselfAndShowsTargetsOnly() throws {
        let html = PlanScreenPage.view(.init(snapshot: try Self.snapshot()), .rendering(.en, as: .leader)).render()
        #expect(html.contains(#"<meta http-equiv="refresh" content="300">"#))
        #expect(html.contains("<title>Big screen · "))
        #expect(html.contains(#"href="/plan/kpis/ontrack""#))
        #expect(!html.contains(#"href="/plan/kpis/watch""#), "monitoring indicators stay off the screen")
        #expect(!html.contains("site-nav"), "no navigation on the wall")
    }

    @Test func theReportHasAPageForEachAreaAndNoForms() throws {
        let html = PlanReportPage.view(.init(snapshot: try Self.snapshot()),
                                       .rendering(.zhHans, as: .department, department: "gxj")).render()
        #expect(html.contains("规划目标月度进展报告（2025-01）"))
        #expect(html.components(separatedBy: #"<section class="report-page">"#).count == 2)
        #expect(html.contains(#"<span class="light light-red">严重滞后</span>"#))
        #expect(!html.contains(#"action="/plan/milestones/m1""#), "a printed report has no entry forms, even for the owner")
    }

    @Test func theImportFormCarriesTheTokenAndListsEveryIssue() {
        let refused = PlanImportPage.Model(notice: nil, issues: ["第 3 行：缺少 code", hostileText])
        let html = PlanImportPage.view(refused, .rendering(.zhHans, as: .admin, csrfToken: "import-token")).render()
        #expect(html.contains(#"action="/plan/import""#))
        #expect(html.contains(#"name="_csrf" value="import-token""#))
        #expect(html.contains("文件有 2 处错误"))
        #expect(html.contains("<li>第 3 行：缺少 code</li>"))
        #expect(html.contains(hostileTextEscaped))
        #expect(!html.contains("<script>"))

        let done = PlanImportPage.view(.init(notice: "Plan replaced.", issues: []), .rendering(.en, as: .admin)).render()
        #expect(done.contains(#"<div class="notice notice-success" role="status">Plan replaced.</div>"#))
        #expect(!done.contains("notice-error"))
    }
}

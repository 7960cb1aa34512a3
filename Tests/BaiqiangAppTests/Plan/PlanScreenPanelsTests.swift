import BaiqiangCore
import Foundation
import Testing
@testable import BaiqiangApp

/// The big screen's side panels: the demands' three rates, the milestone timeline and the trends.
@Suite struct PlanScreenPanelsTests {
    @Test func theScreenShowsTheThreeRatesTheMilestonesAndTheTrends() throws {
        var snapshot = try PlanPageViewTests.snapshot()
        let rates = [PlanScreenPage.Rate(key: "screen.rate_response", percent: 97.5),
                     PlanScreenPage.Rate(key: "screen.rate_resolution", percent: nil),
                     PlanScreenPage.Rate(key: "screen.rate_satisfaction", percent: 88)]
        let html = PlanScreenPage.view(.init(snapshot: snapshot, rates: rates), .rendering(.zhHans, as: .leader)).render()
        #expect(html.contains(#"<span class="count">97.5%</span><span>响应率</span>"#))
        #expect(html.contains(#"<span class="count">—</span><span>办结率</span>"#), "a rate nobody counts shows no number")
        #expect(html.contains(#"<span class="when">2024-12-17</span><span class="what">动工</span>"#))
        #expect(html.contains("趋势"))

        snapshot.document.areas = []
        let empty = PlanScreenPage.view(.init(snapshot: snapshot), .rendering(.zhHans, as: .leader)).render()
        #expect(empty.contains("尚无两期以上数据的目标。"))
    }

    @Test func aTargetWithTwoFiguresHasASparklineAndOneWithOneHasNone() throws {
        var snapshot = try PlanPageViewTests.snapshot()
        let before = PlanScreenPage.Model(snapshot: snapshot)
        #expect(before.trends.isEmpty, "each target of the fixture has one figure")
        snapshot.document.areas[0].lines[0].items[0].kpis[0].observations.append(
            KPIObservation(value: 20, date: try #require(PlanDate("2024-12-20")), source: "统计月报"))
        let model = PlanScreenPage.Model(snapshot: snapshot)
        #expect(model.trends.map(\.values) == [[10, 20]])
        let html = PlanScreenPage.view(model, .rendering(.en, as: .leader)).render()
        #expect(html.components(separatedBy: #"class="chart sparkline""#).count == 2)
    }

    /// Thirty milestones, one a month from January 2023, the first ten done: the screen shows the
    /// next six still open and says how many more there are, so the trends stay on screen.
    @Test func aLongMilestoneListIsCutToTheNextOpenOnesWithTheRestCounted() throws {
        var snapshot = try PlanPageViewTests.snapshot()
        let start = try #require(PlanDate("2023-01-01"))
        snapshot.document.areas[0].lines[0].items[0].milestones = (0..<30).map { index in
            PlanMilestone(code: "m\(index)", name: BilingualText(zh: "节点\(index)号", en: "Step \(index)"),
                          planned: start.adding(months: index), actual: index < 10 ? start.adding(months: index) : nil)
        }
        let model = PlanScreenPage.Model(snapshot: snapshot)
        let shown = model.timelineShown
        #expect(shown.milestones.map(\.code) == (10..<16).map { "m\($0)" }, "the earliest open one first")
        #expect(shown.more == 24)
        let html = PlanScreenPage.view(model, .rendering(.zhHans, as: .leader)).render()
        let timeline = try #require(html.components(separatedBy: #"<ol class="screen-timeline">"#).last?.components(separatedBy: "</ol>").first)
        #expect(timeline.components(separatedBy: "<li ").count - 1 == PlanScreenPage.timelineRows)
        #expect(html.contains("另有 24 项"))
        #expect(!html.contains("节点29号"))

        for index in 0..<30 { snapshot.document.areas[0].lines[0].items[0].milestones[index].actual = start.adding(months: index) }
        let done = PlanScreenPage.Model(snapshot: snapshot).timelineShown
        #expect(done.milestones.map(\.code) == (24..<30).map { "m\($0)" }, "all done: the last ones")
    }

    @Test func aShortMilestoneListIsShownWhole() throws {
        let model = PlanScreenPage.Model(snapshot: try PlanPageViewTests.snapshot())
        #expect(model.timelineShown.milestones.map(\.code) == ["m1"])
        #expect(model.timelineShown.more == 0)
        #expect(!PlanScreenPage.view(model, .rendering(.zhHans, as: .leader)).render().contains("另有"))
    }

    @Test func theRatesAreCountedOncePerDataGeneration() async throws {
        let cache = PlanScreenRatesCache(capacity: 10)
        let today = try #require(PlanDate("2026-06-30")), tomorrow = try #require(PlanDate("2026-07-01"))
        let first = DataGeneration(sequence: 7, hash: "a"), next = DataGeneration(sequence: 8, hash: "b")
        let heshan = PlanScreenRatesKey(county: "440784", today: today)
        await cache.store([.init(key: "screen.rate_response", percent: 90)], for: heshan, at: first)
        #expect(await cache.value(heshan, at: first)?.first?.percent == 90)
        #expect(await cache.value(heshan, at: next) == nil, "a write moves the generation on")
        #expect(await cache.value(PlanScreenRatesKey(county: "440784", today: tomorrow), at: first) == nil, "a new day counts again")
        #expect(await cache.value(PlanScreenRatesKey(county: "440703", today: today), at: first) == nil, "each county its own")
        await cache.store([], for: PlanScreenRatesKey(county: "440703", today: today), at: next)
        #expect(await cache.value(heshan, at: next) == nil, "what was kept at an older generation is gone")
    }

    /// Nine targets: four cards a page, so three pages, each turning to the next and the last back
    /// to the first; the light counts still count all nine.
    @Test func moreTargetsThanAScreenHoldsAreShownInTurnPageByPage() throws {
        var snapshot = try PlanPageViewTests.snapshot()
        let first = snapshot.document.areas[0].lines[0].items[0].kpis[0]
        snapshot.document.areas[0].lines[0].items[0].kpis = (1...9).map { index in
            var kpi = first
            kpi.code = "target\(index)"
            kpi.name = BilingualText(zh: "目标\(index)号", en: "Target no. \(index)")
            return kpi
        }
        snapshot = PlanSnapshot(document: snapshot.document, evaluation: PlanEvaluation.evaluate(snapshot.document, now: snapshot.today),
                                today: snapshot.today)
        func page(_ number: Int) -> (model: PlanScreenPage.Model, html: String) {
            let model = PlanScreenPage.Model(snapshot: snapshot, page: number)
            return (model, PlanScreenPage.view(model, .rendering(.zhHans, as: .leader)).render())
        }
        #expect(page(1).model.pageCount == 3)
        #expect(page(1).model.rowsShown.map(\.kpi.code) == ["target1", "target2", "target3", "target4"])
        #expect(page(3).model.rowsShown.map(\.kpi.code) == ["target9"])
        #expect(page(1).html.contains(#"content="20;url=/plan/screen?page=2""#))
        #expect(page(3).html.contains(#"content="20;url=/plan/screen?page=1""#), "the last page turns back to the first")
        #expect(page(2).html.contains("第 2/3 页 · 共 9 项目标，每 20 秒翻页"))
        #expect(page(2).html.contains("目标5号") && !page(2).html.contains("目标4号") && !page(2).html.contains("目标9号"))
        #expect(page(99).model.currentPage == 3 && page(-4).model.currentPage == 1, "a page out of range reads as the nearest")
        #expect(page(2).html.contains(#"<span class="count">9</span>"#), "the light counts cover every target, not just the page")
    }

    @Test func aScreenOfFewTargetsOnlyReloadsForFreshFigures() throws {
        let model = PlanScreenPage.Model(snapshot: try PlanPageViewTests.snapshot())
        #expect(model.pageCount == 1)
        let html = PlanScreenPage.view(model, .rendering(.en, as: .leader)).render()
        #expect(html.contains(#"http-equiv="refresh" content="300""#))
        #expect(!html.contains("screen-page"))
    }
}

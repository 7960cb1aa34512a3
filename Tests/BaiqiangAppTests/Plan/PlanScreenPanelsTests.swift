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
}

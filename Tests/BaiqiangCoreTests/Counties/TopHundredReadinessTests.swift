import Foundation
import Testing
@testable import BaiqiangCore

@Suite("Top-100 readiness: the gap to a threshold and the growth that closes it")
struct TopHundredReadinessTests {
    @Test("Heshan's 2023 GDP of 502.87亿 against the CCID line of 600亿 by 2026 needs about 6.06% a year")
    func heshanGDP() throws {
        let gap = try #require(TopHundredReadiness.gap(current: 502.87, currentYear: 2023, threshold: 600, targetYear: 2026))
        #expect(abs(gap.shortfall - 97.13) < 1e-9)
        let needed = try #require(gap.neededGrowthPercent)
        #expect(abs(needed - 6.0633) < 0.001)
        #expect(gap.path.map(\.year) == [2023, 2024, 2025, 2026])
        #expect(abs(gap.path.last!.value - 600) < 1e-6)
    }

    @Test("A threshold already reached has no needed growth and no path; the target year itself leaves no year to grow")
    func reachedOrNoTime() throws {
        let reached = try #require(TopHundredReadiness.gap(current: 600, currentYear: 2024, threshold: 600, targetYear: 2026))
        #expect(reached.isReached)
        #expect(reached.neededGrowthPercent == nil)
        let noTime = try #require(TopHundredReadiness.gap(current: 500, currentYear: 2026, threshold: 600, targetYear: 2026))
        #expect(!noTime.isReached)
        #expect(noTime.neededGrowthPercent == nil)
        #expect(TopHundredReadiness.gap(current: 500, currentYear: 2026, threshold: 600, targetYear: 2025) == nil)
        #expect(TopHundredReadiness.gap(current: 0, currentYear: 2023, threshold: 600, targetYear: 2026) == nil)
    }
}

@Suite("Citations read as a reader checks them")
struct CitationTests {
    @Test("Publisher, title, date and address in order; a copy says it is one")
    func text() {
        let citation = Citation(publisher: "江门日报", title: "鹤山低效工业用地处置", date: "2024-10-18",
                                address: "jmnews.com.cn/content_2707565", readFromCopy: true)
        #expect(citation.text.zh == "江门日报《鹤山低效工业用地处置》，2024-10-18，jmnews.com.cn/content_2707565（据转载件）")
        #expect(citation.text.en.hasSuffix("(read from a copy)"))
        #expect(!Citation(publisher: "A", title: "B").text.zh.contains("转载"))
    }
}

import Foundation
import Testing
@testable import BaiqiangCore

/// An export of the figures in force, read back, is neither recorded twice nor refused as a second
/// figure without a reason; a figure that differs still needs its correction reason.
@Suite struct RegionalFigureRepeatTests {
    static let today = LocalDate(iso: "2026-12-02")!
    static var inForce: RegionalFigure {
        RegionalFigure(unitCode: "440784", indicator: .gdp, period: StatisticalPeriod(text: "2023")!, value: 502.87, growthPercent: 6.2,
                       citation: Citation(publisher: "鹤山市统计局", title: "2023年统计公报"))
    }

    @Test("The same figure with the same source is left as it is")
    func sameIsUnchanged() {
        let screened = RegionalFigureCheck.screen([(2, Self.inForce)], knownUnits: ["440784"], today: Self.today,
                                                  existing: [Self.inForce.key: Self.inForce], leavingRepeats: true)
        #expect(screened.accepted.isEmpty && screened.issues.isEmpty && screened.unchanged == 1)
        // Typed in again by hand, the same figure is refused as a second one.
        let typed = RegionalFigureCheck.screen([(1, Self.inForce)], knownUnits: ["440784"], today: Self.today,
                                               existing: [Self.inForce.key: Self.inForce])
        #expect(typed.unchanged == 0 && typed.issues.map(\.column) == ["period"])
    }

    @Test("A different value, growth or source for the period is still refused without a reason")
    func differentIsRefused() {
        var value = Self.inForce; value.value = 503
        var growth = Self.inForce; growth.growthPercent = 6.3
        var source = Self.inForce; source.citation = Citation(publisher: "江门日报")
        for changed in [value, growth, source] {
            let screened = RegionalFigureCheck.screen([(2, changed)], knownUnits: ["440784"], today: Self.today,
                                                      existing: [Self.inForce.key: Self.inForce], leavingRepeats: true)
            #expect(screened.unchanged == 0 && screened.accepted.isEmpty)
            #expect(screened.issues.map(\.column) == ["period"])
        }
    }
}

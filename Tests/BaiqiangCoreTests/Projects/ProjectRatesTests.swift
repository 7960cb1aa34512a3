import Testing
@testable import BaiqiangCore

private func day(_ text: String) -> PlanDate { PlanDate(text)! }

/// Each rate's numerator and denominator, on a pipeline small enough to count by hand.
@Suite struct ProjectRatesTests {
    static func history(_ stages: [ProjectStage], from start: String = "2023-01-01") -> ProjectStageHistory {
        var history = ProjectStageHistory(start: stages[0], on: day(start))
        for stage in stages.dropFirst() {
            history = try! history.moving(to: stage, on: day(start), reason: "测试")
        }
        return history
    }

    static let records = [
        // Signed in 2023, producing: counts everywhere.
        ProjectRateRecord(history: history([.signed, .producing]), investmentYi: 20, fundsInPlaceYi: 15,
                          channel: "chain", chainCode: "pv", townCode: "zhishan"),
        // Signed in 2023, registered only.
        ProjectRateRecord(history: history([.signed, .registered]), investmentYi: 5, fundsInPlaceYi: 1,
                          channel: "agency", chainCode: "pv", townCode: "shaping"),
        // Signed in 2023, then dropped.
        ProjectRateRecord(history: history([.signed, .terminated]), investmentYi: 10, fundsInPlaceYi: 0,
                          channel: "chain", chainCode: "display", townCode: "zhishan"),
        // Signed in 2023 and started (a skip).
        ProjectRateRecord(history: history([.signed, .started]), investmentYi: 5, fundsInPlaceYi: 4,
                          channel: "agency", chainCode: "display", townCode: "shaping"),
        // Never signed: in no rate.
        ProjectRateRecord(history: history([.negotiating]), investmentYi: 50, fundsInPlaceYi: 0,
                          channel: "chain", chainCode: "pv", townCode: "zhishan"),
    ]

    @Test func everyRateCountsTheSignedProjects() throws {
        let rates = ProjectRates(Self.records)
        #expect(rates.signedCount == 4)
        #expect(rates.signedValueYi == 40)
        #expect(rates.tenYiProjectCount == 2)
        #expect(rates.performanceRate == 0.75)
        #expect(rates.landingRate == 0.75)
        #expect(rates.startRate == 0.5)
        #expect(rates.productionRate == 0.25)
        #expect(rates.fundsInPlaceRate == 0.5)
    }

    @Test func noSignedProjectsGiveNoRates() {
        let rates = ProjectRates([Self.records[4]])
        #expect(rates.signedCount == 0)
        #expect(rates.landingRate == nil)
        #expect(rates.fundsInPlaceRate == nil)
    }

    @Test func ratesBreakDownByYearChannelChainAndTown() {
        #expect(ProjectRates.grouped(Self.records, by: .year).mapValues(\.signedCount) == ["2023": 4])
        let byChannel = ProjectRates.grouped(Self.records, by: .channel)
        #expect(byChannel["chain"]?.signedCount == 2)
        #expect(byChannel["chain"]?.performanceRate == 0.5)
        #expect(byChannel["agency"]?.startRate == 0.5)
        #expect(ProjectRates.grouped(Self.records, by: .chain)["pv"]?.signedValueYi == 25)
        #expect(ProjectRates.grouped(Self.records, by: .town)["zhishan"]?.tenYiProjectCount == 2)
    }
}

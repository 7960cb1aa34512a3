import Testing
@testable import BaiqiangCore

@Suite("D-class electricity surcharge (差别电价)")
struct DClassSurchargeTests {
    @Test("Tiers rise with consecutive D years and stop at the third", arguments: [(0, nil), (1, 0.05), (2, 0.10), (3, 0.15), (5, 0.15)] as [(Int, Double?)])
    func tiers(years: Int, surcharge: Double?) {
        #expect(DClassSurcharge.yuanPerKWh(consecutiveYears: years) == surcharge)
    }

    @Test("Consecutive D years count back from the year and stop at any other class or a gap")
    func consecutive() {
        let history: [Int: EvaluationClass] = [2020: .d, 2021: .c, 2022: .d, 2023: .d, 2024: .d]
        #expect(DClassSurcharge.consecutiveDYears(classesByYear: history, endingAt: 2024) == 3)
        #expect(DClassSurcharge.consecutiveDYears(classesByYear: history, endingAt: 2021) == 0)
        #expect(DClassSurcharge.consecutiveDYears(classesByYear: [2022: .d, 2024: .d], endingAt: 2024) == 1, "a year not evaluated breaks the run")
    }
}

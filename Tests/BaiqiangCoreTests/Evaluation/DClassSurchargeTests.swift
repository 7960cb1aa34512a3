import Testing
@testable import BaiqiangCore

@Suite("D-class electricity surcharge (差别电价)")
struct DClassSurchargeTests {
    @Test("Tiers rise with consecutive D years and stop at the third", arguments: [(0, nil), (1, 0.05), (2, 0.10), (3, 0.15), (5, 0.15)] as [(Int, Double?)])
    func tiers(years: Int, surcharge: Double?) {
        #expect(DClassSurcharge.bundled.yuanPerKWh(consecutiveYears: years) == surcharge)
    }

    @Test("Consecutive D years count back from the year and stop at any other class or a gap")
    func consecutive() {
        let history: [Int: EvaluationClass] = [2020: .d, 2021: .c, 2022: .d, 2023: .d, 2024: .d]
        #expect(DClassSurcharge.consecutiveDYears(classesByYear: history, endingAt: 2024) == 3)
        #expect(DClassSurcharge.consecutiveDYears(classesByYear: history, endingAt: 2021) == 0)
        #expect(DClassSurcharge.consecutiveDYears(classesByYear: [2022: .d, 2024: .d], endingAt: 2024) == 1, "a year not evaluated breaks the run")
    }

    @Test("The shipped schedule is Shandong's, cited and marked as an example for a Guangdong county")
    func shippedScheduleIsAnExample() {
        let schedule = DClassSurcharge.bundled
        #expect(schedule.isExample)
        #expect(schedule.source.title?.contains("鲁发改价格〔2022〕56号") == true)
        #expect(schedule.note?.zh.contains("示例") == true)
    }

    @Test("A schedule whose tiers fall, are negative or are missing is refused")
    func badSchedules() {
        let head = "name: {zh: x, en: x}\nsource: {publisher: p}\n"
        #expect(throws: SurchargeScheduleError.self) { try DClassSurcharge.parse(yaml: head + "tiers_yuan_per_kwh: [0.10, 0.05]") }
        #expect(throws: SurchargeScheduleError.self) { try DClassSurcharge.parse(yaml: head + "tiers_yuan_per_kwh: [-0.05]") }
        #expect(throws: SurchargeScheduleError.self) { try DClassSurcharge.parse(yaml: head + "tiers_yuan_per_kwh: []") }
        #expect((try? DClassSurcharge.parse(yaml: head + "tiers_yuan_per_kwh: [0.1, 0.2]"))?.isExample == false)
    }
}

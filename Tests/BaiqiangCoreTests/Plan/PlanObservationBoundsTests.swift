import Testing
@testable import BaiqiangCore

/// A KPI's figure lies between its baseline date and today, is finite and of a sane size, is not
/// negative in a unit that cannot be, and carries a source note of bounded length.
@Suite struct PlanObservationBoundsTests {
    let validator = PlanValidator(now: PlanFixture.day("2026-11-26"))

    func kpi(unit: String = "yi_yuan", baseline: String? = "2023-01-01") -> KPI {
        KPI(code: "gdp", name: BilingualText(zh: "地区生产总值", en: "GDP"), unit: unit,
            baseline: baseline.map { KPIBaseline(value: 400, date: PlanFixture.day($0)) },
            target: KPITarget(value: 600, deadline: PlanFixture.day("2025-12-31")))
    }

    func issues(_ value: Double, date: String = "2024-12-31", source: String = "统计公报", of kpi: KPI) -> [PlanIssue] {
        validator.issues(in: KPIObservation(value: value, date: PlanFixture.day(date), source: source), of: kpi)
    }

    @Test func aNegativeAmountOfMoneyIsRefused() {
        let found = issues(-5, of: kpi())
        #expect(found.map(\.kind) == [.invalidValue])
        #expect(found.first?.path == "observation.value")
        #expect(found.first?.reason.zh.contains("亿元") == true)
        #expect(found.first?.reason.en.contains("negative") == true)
        #expect(issues(0, of: kpi()).isEmpty)
    }

    @Test func aNegativePercentageIsAFigure() {
        #expect(issues(-2.5, of: kpi(unit: "percent")).isEmpty)
    }

    @Test func anAbsurdMagnitudeIsRefused() {
        #expect(issues(KPIUnit.maximumMagnitude, of: kpi()).isEmpty)
        #expect(issues(KPIUnit.maximumMagnitude * 10, of: kpi()).map(\.kind) == [.invalidValue])
        #expect(issues(-1e13, of: kpi(unit: "percent")).map(\.kind) == [.invalidValue])
        #expect(issues(.infinity, of: kpi()).map(\.kind) == [.invalidValue])
    }

    @Test func aFigureBeforeTheBaselineDateIsRefused() {
        let found = issues(450, date: "2022-12-31", of: kpi())
        #expect(found.map(\.kind) == [.invalidDate])
        #expect(found.first?.path == "observation.date")
        #expect(issues(450, date: "2023-01-01", of: kpi()).isEmpty, "the baseline day itself is allowed")
        #expect(issues(450, date: "2026-11-26", of: kpi()).isEmpty, "today is allowed")
        #expect(issues(450, date: "2026-11-27", of: kpi()).map(\.kind) == [.futureDate])
    }

    @Test func aMonitoringFigureWithoutABaselineMayCarryHistory() {
        #expect(issues(374.76, date: "2020-12-31", of: kpi(baseline: nil)).isEmpty)
    }

    @Test func theSourceNoteIsBounded() {
        #expect(issues(450, source: String(repeating: "源", count: 2_000), of: kpi()).isEmpty)
        let found = issues(450, source: String(repeating: "源", count: 2_001), of: kpi())
        #expect(found.map(\.kind) == [.tooLong])
        #expect(found.first?.path == "observation.source")
    }

    @Test func thePlanShippedWithTheProductStillLoads() throws {
        let plan = try DefaultPlan.load(now: PlanFixture.day("2026-11-26"))
        #expect(!plan.allKPIs.isEmpty)
    }

    @Test func aPlanFileWithAnOverlongNameIsRefusedOnItsLine() {
        let yaml = PlanValidationTests.valid.replacingOccurrences(
            of: "name: {zh: 指标二, en: KPI 2}", with: "name: {zh: \(String(repeating: "指", count: 201)), en: KPI 2}")
        do {
            _ = try PlanYAML.read(yaml, now: PlanFixture.day("2026-11-26"))
            Issue.record("accepted")
        } catch {
            #expect(error.issues.map(\.kind) == [.tooLong])
            #expect(error.issues.first?.path.hasSuffix(".name.zh") == true)
        }
    }
}

import Testing
@testable import BaiqiangCore

@Suite("Registry metrics for the plan's computed KPIs (企业库指标)")
struct RegistryMetricsTests {
    private func row(_ code: String, year: Int = 2025, revenue: Double, tax: Double = 0, above: Bool? = nil) -> EnterpriseYearFigures {
        LadderFixtures.year(code, year, revenue: revenue, above: above, tax: tax)
    }

    @Test("The provider keys are the ones the plan file names")
    func keysMatchPlan() throws {
        let plan = try DefaultPlan.load(now: PlanDate(year: 2025, month: 6, day: 30)!)
        let planKeys = Set(plan.allKPIs.compactMap(\.provider).filter { $0.hasPrefix("enterprises.") })
        #expect(planKeys == Set(RegistryMetric.allCases.map(\.providerKey)))
        #expect(RegistryMetric(providerKey: "enterprises.above_scale_count") == .aboveScaleCount)
    }

    @Test("Exactly 100亿 counts as a 百亿 firm; a yuan less does not")
    func revenue100Yi() {
        let rows = [row("A", revenue: 1_000_000), row("B", revenue: 999_999.99), row("C", revenue: 1_200_000)]
        #expect(RegistryMetric.revenueAtLeast100YiCount.value(in: 2025, of: rows) == 2)
    }

    @Test("Exactly 50亿 counts as a 50亿 firm, and 百亿 firms count too")
    func revenue50Yi() {
        let rows = [row("A", revenue: 500_000), row("B", revenue: 499_999.99), row("C", revenue: 1_000_000)]
        #expect(RegistryMetric.revenueAtLeast50YiCount.value(in: 2025, of: rows) == 2)
    }

    @Test("Exactly 1亿 tax counts as 税收超亿元")
    func tax1Yi() {
        let rows = [row("A", revenue: 300_000, tax: 10_000), row("B", revenue: 300_000, tax: 9_999.99)]
        #expect(RegistryMetric.taxAtLeast1YiCount.value(in: 2025, of: rows) == 1)
    }

    @Test("Above-scale count follows the directory flag, year by year, each firm once")
    func aboveScale() {
        let rows = [
            row("A", revenue: 2500), row("A", revenue: 2500), row("B", revenue: 1900, above: true),
            row("C", revenue: 2100, above: false), row("D", year: 2024, revenue: 9000),
        ]
        #expect(RegistryMetric.aboveScaleCount.value(in: 2025, of: rows) == 2)
        #expect(RegistryMetric.aboveScaleCount.valuesByYear(of: rows) == [2024: 1, 2025: 2])
        #expect(RegistryMetric.revenueAtLeast100YiCount.valuesByYear(of: rows) == [2024: 0, 2025: 0])
        #expect(RegistryMetrics.values(in: 2025, of: rows) == [
            "enterprises.above_scale_count": 2, "enterprises.revenue_at_least_100yi_count": 0,
            "enterprises.revenue_at_least_50yi_count": 0, "enterprises.tax_at_least_1yi_count": 0,
        ])
    }

    @Test("Yearly values become observations dated at year end, or today for the running year")
    func observations() {
        let now = PlanDate(year: 2025, month: 6, day: 30)!
        let observations = RegistryMetric.aboveScaleCount.observations([2024: 700, 2025: 720, 2026: 1], asOf: now, source: "企业库")
        #expect(observations.map(\.date) == [PlanDate(year: 2024, month: 12, day: 31)!, now])
        #expect(observations.map(\.value) == [700, 720])
        #expect(observations.allSatisfy { $0.source == "企业库" })
    }
}

@Suite("Registry metrics on bare values")
struct RegistryMetricsBareValueTests {
    @Test("Unreported figures never count; the thresholds are inclusive")
    func bareValues() {
        #expect(RegistryMetric.revenueAtLeast100YiCount.counts(revenueWan: 1_000_000, taxWan: nil, aboveScale: false))
        #expect(!RegistryMetric.revenueAtLeast100YiCount.counts(revenueWan: nil, taxWan: nil, aboveScale: true))
        #expect(RegistryMetric.taxAtLeast1YiCount.counts(revenueWan: nil, taxWan: 10_000, aboveScale: false))
        #expect(!RegistryMetric.taxAtLeast1YiCount.counts(revenueWan: 5_000_000, taxWan: nil, aboveScale: true))
        #expect(RegistryMetric.aboveScaleCount.counts(revenueWan: nil, taxWan: nil, aboveScale: true))
    }
}

import Testing
@testable import BaiqiangCore

/// The bundled Heshan plan carries each quantified target of DOMAIN.md §1 exactly.
@Suite struct DefaultPlanTests {
    let plan: PlanDocument

    init() throws {
        plan = try DefaultPlan.load(now: PlanFixture.day("2026-11-26"))
    }

    @Test func hasTheFourAreasOfTheReport() {
        #expect(plan.areas.map(\.code) == ["manufacturing", "urban-rural", "livelihood", "party-building"])
        #expect(plan.areas.map(\.name.zh).allSatisfy { !$0.isEmpty })
        #expect(plan.adopted == PlanFixture.day("2022-12-20"))
    }

    @Test(arguments: [
        ("enterprises-revenue-100yi", 1.0, false, "firms", "enterprises.revenue_at_least_100yi_count"),
        ("enterprises-revenue-50yi", 3.0, false, "firms", "enterprises.revenue_at_least_50yi_count"),
        ("enterprises-tax-1yi", 10.0, false, "firms", "enterprises.tax_at_least_1yi_count"),
        ("enterprises-above-scale", 800.0, true, "firms", "enterprises.above_scale_count"),
        ("low-efficiency-land-disposed", 1333.3, false, "ha", "land.low_efficiency_disposed_ha"),
    ])
    func computedTargets(code: String, value: Double, strict: Bool, unit: String, provider: String) throws {
        let kpi = try #require(plan.kpi(code))
        #expect(kpi.target?.value == value)
        #expect(kpi.target?.strict == strict)
        #expect(kpi.target?.deadline == PlanFixture.day("2025-12-31"))
        #expect(kpi.unit == unit)
        #expect(kpi.source == .computed)
        #expect(kpi.provider == provider)
        #expect(kpi.direction == .up)
    }

    @Test(arguments: [
        ("education-investment-3y", 5.0, false, "yi_yuan"),
        ("quality-school-places-new", 10_000.0, true, "places"),
    ])
    func manualTargets(code: String, value: Double, strict: Bool, unit: String) throws {
        let kpi = try #require(plan.kpi(code))
        #expect(kpi.target == KPITarget(value: value, deadline: PlanFixture.day("2025-12-31"), strict: strict))
        #expect(kpi.unit == unit)
        #expect(kpi.source == .manual)
        #expect(kpi.owner == "jyj")
        #expect(kpi.observations.isEmpty, "no figure has been published, so none is shown")
    }

    @Test(arguments: [
        ("longi-land-supplied", "2023-03-31", "zrzyj"),
        ("longi-trial-production", "2024-03-31", "gxj"),
        ("longi-full-production", "2025-03-31", "gxj"),
        ("high-standard-farmland-completed", "2025-12-31", "nyncj"),
        ("industrial-city-provincial-edz", "2025-12-31", "gycgwh"),
        ("new-materials-base-chemical-park", "2025-12-31", "gxj"),
    ])
    func milestones(code: String, planned: String, owner: String) throws {
        let milestone = try #require(plan.milestone(code))
        #expect(milestone.planned == PlanFixture.day(planned))
        #expect(milestone.owner == owner)
        #expect(milestone.actual == nil, "no completion date has been published")
    }

    @Test func longiSigningIsDone() throws {
        let signed = try #require(plan.milestone("longi-signed"))
        #expect(signed.actual == PlanFixture.day("2022-11-21"))
    }

    @Test func lowEfficiencyLandCarriesTheOctober2024Figure() throws {
        let kpi = try #require(plan.kpi("low-efficiency-land-disposed"))
        #expect(kpi.observations.count == 1)
        let figure = try #require(kpi.observations.first)
        #expect(figure.value == 800)
        #expect(figure.date == PlanFixture.day("2024-10-18"))
        #expect(figure.source.contains("jmnews.com.cn"))
    }

    @Test func gdpFiguresAreDatedAndSourced() throws {
        let gdp = try #require(plan.kpi("gdp"))
        #expect(gdp.observations.map(\.value) == [374.76, 458.51, 502.87])
        #expect(gdp.observations.map(\.date.year) == [2020, 2022, 2023])
        #expect(gdp.target == nil, "the plan sets no GDP target; it is a monitoring indicator")
    }

    @Test func computedCountsHaveNoMadeUpValue() {
        let registryCounts = plan.allKPIs.filter { $0.provider?.hasPrefix("enterprises.") == true }
        #expect(registryCounts.count == 4)
        #expect(registryCounts.allSatisfy { $0.observations.isEmpty })
        let evaluation = PlanEvaluation.evaluate(plan, now: PlanFixture.day("2026-11-26"))
        for kpi in registryCounts {
            #expect(evaluation.kpis[kpi.code]?.state == .awaitingData(provider: kpi.provider!))
            #expect(evaluation.kpis[kpi.code]?.latest == nil)
        }
    }

    @Test func everyFigureHasASourceAndEveryOwnerIsADepartment() {
        let departments = Set(plan.departments.map(\.code))
        for kpi in plan.allKPIs {
            #expect(kpi.observations.allSatisfy { !$0.source.isEmpty })
            #expect(kpi.owner.map(departments.contains) ?? false, "\(kpi.code) has an owner department")
        }
        for item in plan.allItems {
            #expect(item.owner.map(departments.contains) ?? false, "\(item.code) has an owner department")
        }
    }

    @Test func aSubsetIsPublished() {
        let published = plan.publishedOnly.allKPIs.map(\.code)
        #expect(published.contains("enterprises-above-scale"))
        #expect(published.contains("education-investment-3y"))
        #expect(published.count < plan.allKPIs.count)
        #expect(plan.publishedOnly.allMilestones.isEmpty)
    }
}

@testable import BaiqiangCore

/// Small builders shared by the plan tests.
enum PlanFixture {
    static func day(_ text: String) -> PlanDate {
        guard let date = PlanDate(text) else { fatalError("bad test date \(text)") }
        return date
    }

    static func observation(_ value: Double, _ date: String, source: String = "test") -> KPIObservation {
        KPIObservation(value: value, date: day(date), source: source)
    }

    /// A KPI from 0 on 2023-01-01 to 100 on 2025-01-01 (a period of 731 days).
    static func kpi(code: String = "k", baseline: Double? = 0, target: Double = 100,
                    from start: String = "2023-01-01", deadline: String = "2025-01-01",
                    direction: KPIDirection = .up, strict: Bool = false,
                    observations: [KPIObservation] = []) -> KPI {
        KPI(code: code, name: BilingualText(zh: code, en: code), unit: "count", direction: direction,
            baseline: KPIBaseline(value: baseline, date: day(start)),
            target: KPITarget(value: target, deadline: day(deadline), strict: strict),
            observations: observations)
    }

    /// A plan holding the given KPIs in one item of one line of one area.
    static func plan(kpis: [KPI], milestones: [PlanMilestone] = []) -> PlanDocument {
        PlanDocument(
            code: "p", title: BilingualText(zh: "计划", en: "plan"), county: BilingualText(zh: "县", en: "county"),
            departments: [PlanDepartment(code: "gxj", name: BilingualText(zh: "工信局", en: "industry bureau"))],
            areas: [PlanArea(code: "a", name: BilingualText(zh: "领域", en: "area"), lines: [
                PlanLineOfWork(code: "l", name: BilingualText(zh: "工作线", en: "line"), items: [
                    PlanItem(code: "i", name: BilingualText(zh: "事项", en: "item"), owner: "gxj",
                             kpis: kpis, milestones: milestones),
                ]),
            ])])
    }
}

import BaiqiangCore
import Fluent
import Foundation

/// The plan's count of signed projects of 10亿 or more (十亿项目), per year of signing, from the
/// county's project records: one observation at the end of each year (today for the year under
/// way). Generated demo projects are left out — the plan is about real ones — and so is a project
/// whose signing day nobody recorded (first seen at a later stage): its year is not known.
struct ProjectsKPIProvider: KPIValueProvider {
    static let signedTenYiKey = "projects.signed_ten_yi_count"

    let db: any Database
    let county: String

    var key: String { Self.signedTenYiKey }

    func readings(for kpi: KPI, asOf now: PlanDate) async throws -> KPIReadings {
        let projects = try await ProjectsStore.signedProjects(on: db, county: county)
        let histories = try await ProjectsStore.histories(of: projects.compactMap(\.id), on: db, county: county)
        func records(demo: Bool) -> [ProjectRateRecord] {
            projects.filter { $0.isDemo == demo }.compactMap { project -> ProjectRateRecord? in
                guard let id = project.id, let history = histories[id], history.changes.contains(where: { $0.to == .signed }) else { return nil }
                return ProjectRateRecord(history: history, investmentYi: project.investmentYi, fundsInPlaceYi: project.fundsInPlaceYi)
            }
        }
        // Demo projects counted apart, so a count resting on them is labelled and kept off public pages.
        let real = ProjectRates.grouped(records(demo: false), by: .year)
        let demo = ProjectRates.grouped(records(demo: true), by: .year)
        let observations = Set(real.keys).union(demo.keys).compactMap { year -> KPIObservation? in
            guard let number = Int(year), number <= now.year,
                  let endOfYear = PlanDate(year: number, month: 12, day: 31) else { return nil }
            let realCount = real[year]?.tenYiProjectCount ?? 0, demoCount = demo[year]?.tenYiProjectCount ?? 0
            return KPIObservation(value: Double(realCount + demoCount), date: min(endOfYear, now),
                                  source: "招商项目库：\(number) 年签约的十亿元以上项目 / project records: projects of 1 billion yuan or more signed in \(number)",
                                  enteredBy: "system", provenance: DataProvenance(demo: demoCount, real: realCount))
        }
        return KPIReadings(observations: observations.sorted { $0.date < $1.date })
    }
}

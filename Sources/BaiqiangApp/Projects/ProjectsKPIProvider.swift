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
        let projects = try await ProjectsStore.signedRealProjects(on: db, county: county)
        let histories = try await ProjectsStore.histories(of: projects.compactMap(\.id), on: db, county: county)
        let records = projects.compactMap { project -> ProjectRateRecord? in
            guard let id = project.id, let history = histories[id], history.changes.contains(where: { $0.to == .signed }) else { return nil }
            return ProjectRateRecord(history: history, investmentYi: project.investmentYi, fundsInPlaceYi: project.fundsInPlaceYi)
        }
        let byYear = ProjectRates.grouped(records, by: .year)
        let observations = byYear.compactMap { year, rates -> KPIObservation? in
            guard let year = Int(year), year <= now.year,
                  let endOfYear = PlanDate(year: year, month: 12, day: 31) else { return nil }
            return KPIObservation(value: Double(rates.tenYiProjectCount), date: min(endOfYear, now),
                                  source: "招商项目库：\(year) 年签约的十亿元以上项目 / project records: projects of 1 billion yuan or more signed in \(year)",
                                  enteredBy: "system")
        }
        return KPIReadings(observations: observations.sorted { $0.date < $1.date })
    }
}

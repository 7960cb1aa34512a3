import BaiqiangCore
import Fluent
import Foundation

/// Visit coverage (走访覆盖率) for the plan and the cockpit: the share of the county's firms linked
/// to a leader account that were visited this quarter, in percent, as of today.
struct VisitsKPIProvider: KPIValueProvider {
    static let coverageKey = "visits.coverage_percent"

    let db: any Database
    let county: String

    var key: String { Self.coverageKey }

    func readings(for kpi: KPI, asOf now: PlanDate) async throws -> KPIReadings {
        let start = VisitCoverage.quarterStart(of: now)
        let (visited, linked) = try await VisitsStore.coverage(on: db, county: county, from: start, through: now)
        guard let percent = VisitCoverage.percent(visited: visited, linked: linked) else { return KPIReadings(observations: []) }
        return KPIReadings(observations: [KPIObservation(
            value: percent, date: now,
            source: "走访记录：\(start) 起走访的挂钩企业 \(visited) / \(linked) 家 / visit records: \(visited) of \(linked) linked firms visited since \(start)",
            enteredBy: "system")])
    }
}

import BaiqiangCore
import Fluent
import Foundation

/// The plan KPIs the demands feed (computed KPIs name these keys in `provider`):
/// `demands.response_rate`, `demands.resolution_rate`, `demands.satisfaction_rate` (percent, one
/// figure per month of submission for the twelve months up to the `asOf` day, counted as of that
/// day) and `demands.overdue_count` (demands overdue that day). A day still running, or one to
/// come, is counted as of now. County-wide aggregates: the query goes
/// through the scoping function with a county-wide principal, and no single demand is shown.
struct DemandKPIProvider: KPIValueProvider {
    enum Measure: String, CaseIterable, Sendable {
        case responseRate = "demands.response_rate"
        case resolutionRate = "demands.resolution_rate"
        case satisfactionRate = "demands.satisfaction_rate"
        case overdueCount = "demands.overdue_count"
    }

    let measure: Measure
    let db: any Database
    let environment: AppEnvironment
    var county: String = CountyCode.heshan

    var key: String { measure.rawValue }

    static func all(on db: any Database, environment: AppEnvironment, county: String) -> [any KPIValueProvider] {
        Measure.allCases.map { DemandKPIProvider(measure: $0, db: db, environment: environment, county: county) }
    }

    func readings(for kpi: KPI, asOf day: PlanDate) async throws -> KPIReadings {
        let service = DemandStore(db: db, environment: environment, county: county)
        guard let asOf = LocalDate(year: day.year, month: day.month, day: day.day) else { return KPIReadings(observations: []) }
        let moment = min(ShanghaiTime.endOfDay(asOf), service.now)
        let today = ShanghaiTime.day(of: moment)
        let label = "诉求库 \(today)"
        guard let planToday = PlanDate(year: today.year, month: today.month, day: today.day) else { return KPIReadings(observations: []) }
        if measure == .overdueCount {
            var filter = DemandStore.Filter()
            filter.overdue = true
            filter.to = moment
            let overdue = try await service.all(filter, principal: .countyWide(of: county), actor: .leader, asOf: moment).count
            return KPIReadings(observations: [KPIObservation(value: Double(overdue), date: planToday, source: label)])
        }
        let kind: DemandRateKind = switch measure {
        case .responseRate: .response
        case .resolutionRate: .resolution
        default: .satisfaction
        }
        let current = DemandMonth(moment)
        let rows = try await service.reportRows(submittedIn: DemandRatesReport.window(endingWith: current),
                                                principal: .countyWide(of: county), actor: .leader)
        var observations: [KPIObservation] = []
        for point in DemandRatesReport.trend(rows, endingWith: current, now: moment) {
            let month = point.month
            guard let value = point.rates[kind].value else { continue }
            // Dated the month's last day (today for the running month).
            let last = month == current ? today : month.adding(1).first.adding(days: -1)
            guard let date = PlanDate(year: last.year, month: last.month, day: last.day) else { continue }
            observations.append(KPIObservation(value: (value * 1000).rounded() / 10, date: date, source: "诉求库 \(month)"))
        }
        return KPIReadings(observations: observations)
    }
}

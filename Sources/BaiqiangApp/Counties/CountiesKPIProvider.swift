import BaiqiangCore
import Fluent

/// The plan's ranks and shares within the prefecture (排名江门第一, 占江门总数的三分之一), read
/// from the published figures of its county-level units: one observation at the end of each
/// period over by the plan's today. A county outside every shipped prefecture reads nothing.
struct CountiesKPIProvider: KPIValueProvider {
    let measure: RegionalKPIMeasure
    let db: any Database
    let county: String

    var key: String { measure.providerKey }

    func readings(for kpi: KPI, asOf now: PlanDate) async throws -> KPIReadings {
        guard let store = try CountiesStore(db: db, county: county),
              let today = LocalDate(year: now.year, month: now.month, day: now.day) else { return KPIReadings(observations: []) }
        let prefecture = store.prefecture
        let figures = try await store.currentFigures(indicator: measure.indicator)
        let readings = measure.readings(unit: county, units: Set(prefecture.units.map(\.code)), figures: figures, today: today.adding(days: 1)) {
            prefecture.total(measure.indicator, $0)?.value
        }
        let source = "\(prefecture.name.zh)各区县统计数据 / \(prefecture.name.en) county-level figures"
        return KPIReadings(observations: readings.compactMap { reading in
            let last = reading.period.lastDay
            return PlanDate(year: last.year, month: last.month, day: last.day).map {
                KPIObservation(value: reading.value, date: $0, source: source, enteredBy: "system", provenance: reading.provenance)
            }
        })
    }

    static func all(on db: any Database, county: String) -> [any KPIValueProvider] {
        RegionalKPIMeasure.all.map { CountiesKPIProvider(measure: $0, db: db, county: county) }
    }
}

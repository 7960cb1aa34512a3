import BaiqiangCore
import Fluent
import Foundation

/// The plan's land figure: hectares of low-efficiency land disposed (低效工业用地处置面积), counted
/// from completed disposals since the KPI's baseline date, one cumulative observation at the end
/// of each month in which one was completed.
struct LandKPIProvider: KPIValueProvider {
    static let disposedKey = "land.low_efficiency_disposed_ha"

    let db: any Database
    let county: String

    var key: String { Self.disposedKey }

    func readings(for kpi: KPI, asOf now: PlanDate) async throws -> KPIReadings {
        // Demo disposals kept apart, so a total resting on them says so.
        let (demo, real) = try await LandStore(db: db, principal: .countyWide(of: county)).completedDisposalsByOrigin()
        let disposals = demo + real
        guard let end = LocalDate(year: now.year, month: now.month, day: now.day),
              let window = TownDisposalRanking.window(baseline: Self.baseline(of: kpi), asOf: end) else { return KPIReadings(observations: []) }
        let start = window.lowerBound
        let months = Set(disposals.compactMap(\.completed).filter { (start...end).contains($0) }.map { $0.year * 12 + $0.month - 1 })
        let observations = months.sorted().compactMap { month -> KPIObservation? in
            let year = month / 12, monthOfYear = month % 12 + 1
            let lastDay = LocalDate(year: year, month: monthOfYear, day: 1)!.adding(days: 31)
            let monthEnd = LocalDate(year: lastDay.year, month: lastDay.month, day: 1)!.adding(days: -1)
            let date = min(monthEnd, end)
            guard let planDate = PlanDate(year: date.year, month: date.month, day: date.day) else { return nil }
            let demoHectares = DisposalCheck.completedHectares(demo, in: start...date)
            let realHectares = DisposalCheck.completedHectares(real, in: start...date)
            return KPIObservation(value: ((demoHectares + realHectares) * 10).rounded() / 10, date: planDate,
                                  source: "宗地处置记录 / land disposal records", enteredBy: "system",
                                  provenance: DataProvenance(demoAmount: demoHectares, realAmount: realHectares))
        }
        return KPIReadings(observations: observations)
    }

    /// The day the KPI counts from, as the towns' ranking counts from it too.
    static func baseline(of kpi: KPI) -> LocalDate? {
        kpi.baseline.flatMap { LocalDate(year: $0.date.year, month: $0.date.month, day: $0.date.day) }
    }
}

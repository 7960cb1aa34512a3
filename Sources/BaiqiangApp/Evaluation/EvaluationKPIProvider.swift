import BaiqiangCore
import Fluent
import Foundation

/// A plan KPI the evaluation can feed: the share of rated firms classed A (A类企业占比, percent)
/// in the published run of each year, one observation per year at the year's end. A draft run
/// is a what-if and feeds no figure.
struct EvaluationKPIProvider: KPIValueProvider {
    static let aClassShareKey = "evaluation.a_class_share"

    let db: any Database
    var county: String = CountyCode.heshan

    var key: String { Self.aClassShareKey }

    func readings(for kpi: KPI, asOf now: PlanDate) async throws -> KPIReadings {
        let published = try await EvaluationStore(db: db, principal: .countyWide(of: county)).publishedRunByYear()
        let observations = published.keys.sorted().compactMap { year -> KPIObservation? in
            guard let run = published[year], let date = PlanDate(year: year, month: 12, day: 31), date <= now else { return nil }
            let counts = (try? JSONDecoder().decode([String: Int].self, from: Data(run.classCounts.utf8))) ?? [:]
            let rated = ["A", "B", "C", "D"].reduce(0) { $0 + (counts[$1] ?? 0) }
            guard rated > 0 else { return nil }
            return KPIObservation(value: (Double(counts["A"] ?? 0) / Double(rated) * 1000).rounded() / 10, date: date,
                                  source: "亩均评价 \(year) 第\(run.version)版 / per-mu evaluation \(year) v\(run.version)",
                                  enteredBy: "system")
        }
        return KPIReadings(observations: observations)
    }
}

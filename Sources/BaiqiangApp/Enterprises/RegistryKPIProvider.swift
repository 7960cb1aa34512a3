import BaiqiangCore
import Fluent
import SQLKit

/// The plan's computed KPIs that count firms in the registry (规上企业数, 百亿企业数 …): one
/// observation per year with figures, counted in the database. The predicate is Core's
/// `RegistryMetric` rule written as SQL (thresholds from `RegistryMetrics`, inclusive, a missing
/// figure never counts); a test holds the two to the same numbers.
struct RegistryKPIProvider: KPIValueProvider {
    let metric: RegistryMetric
    let db: any Database
    var county: String = CountyCode.heshan

    var key: String { metric.providerKey }

    func readings(for kpi: KPI, asOf now: PlanDate) async throws -> KPIReadings {
        let store = EnterpriseStore(db: db, principal: .countyWide(of: county))
        let values = try await store.valuesByYear(metric)
        let provenance = try await store.figuresProvenanceByYear()
        return KPIReadings(observations: metric.observations(values, asOf: now, source: "企业名录年度数据 / registry yearly figures",
                                                             provenance: provenance))
    }

    static func condition(_ metric: RegistryMetric) -> SQLQueryString {
        switch metric {
        case .aboveScaleCount: "\(ident: "above_scale") = \(bind: true)"
        case .revenueAtLeast100YiCount: "\(ident: YearlyFigure.revenueWan.column) >= \(bind: RegistryMetrics.revenue100YiWan)"
        case .revenueAtLeast50YiCount: "\(ident: YearlyFigure.revenueWan.column) >= \(bind: RegistryMetrics.revenue50YiWan)"
        case .taxAtLeast1YiCount: "\(ident: YearlyFigure.taxWan.column) >= \(bind: RegistryMetrics.tax1YiWan)"
        }
    }

    static func all(on db: any Database, county: String) -> [any KPIValueProvider] {
        RegistryMetric.allCases.map { RegistryKPIProvider(metric: $0, db: db, county: county) }
    }
}

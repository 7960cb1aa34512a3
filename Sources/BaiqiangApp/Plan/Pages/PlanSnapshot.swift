import BaiqiangCore
import Foundation

/// The plan with every figure judged as of today: what the cockpit, the KPI pages, the public
/// page, the big screen, the report and the API all show, computed in one place.
struct PlanSnapshot: Sendable {
    var document: PlanDocument
    var evaluation: PlanEvaluation
    var today: PlanDate
    /// The final review once the plan's period is over: the pages then show it instead of
    /// lights, the schedule and forecasts.
    var review: PlanReview? = nil
    /// The plans the picker offers (on the public page, the published ones).
    var plans: [PlanSummary] = []
    /// The code links carry to stay on this plan; nil when it is the one shown by default.
    var selection: String? = nil

    static func make(_ document: PlanDocument, providers: KPIProviderRegistry, today: PlanDate,
                     plans: [PlanSummary] = [], selection: String? = nil) async throws -> PlanSnapshot {
        let data = try await providers.data(for: document, asOf: today)
        return PlanSnapshot(document: document, evaluation: PlanEvaluation.evaluate(document, data: data, now: today), today: today,
                            review: PlanReview.ifEnded(document, data: data, today: today), plans: plans, selection: selection)
    }

    /// `url`'s path, staying on this plan.
    func path(_ url: SiteURL) -> String {
        guard let selection else { return url.path }
        return url.path + "?plan=" + PlanSnapshot.queryValue(selection)
    }

    /// A plan code as a query value.
    static func queryValue(_ code: String) -> String {
        var allowed = CharacterSet.urlQueryAllowed
        allowed.remove(charactersIn: "&+=#")
        return code.addingPercentEncoding(withAllowedCharacters: allowed) ?? code
    }

    /// KPIs with their item, line and area, in plan order.
    var kpiRows: [KPIRow] {
        document.areas.flatMap { area in
            area.lines.flatMap { line in
                line.items.flatMap { item in
                    item.kpis.map { KPIRow(kpi: $0, item: item, line: line, area: area, evaluation: evaluation.kpis[$0.code]) }
                }
            }
        }
    }

    func row(_ code: String) -> KPIRow? { kpiRows.first { $0.kpi.code == code } }

    func departmentName(_ code: String?) -> BilingualText? {
        guard let code else { return nil }
        return document.department(code)?.name ?? BilingualText(zh: code, en: code)
    }
}

/// One KPI in its place in the plan, with its judgement.
struct KPIRow: Sendable {
    var kpi: KPI
    var item: PlanItem
    var line: PlanLineOfWork
    var area: PlanArea
    var evaluation: KPIEvaluation?

    /// A monitoring indicator (监测指标) is shown apart: figures, no light.
    var isMonitoring: Bool { kpi.isMonitoring }
    var owner: String? { kpi.owner ?? item.owner }
}

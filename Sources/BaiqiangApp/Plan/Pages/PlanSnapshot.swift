import BaiqiangCore
import Foundation

/// The plan with every figure judged as of today: what the cockpit, the KPI pages, the public
/// page, the big screen, the report and the API all show, computed in one place.
struct PlanSnapshot: Sendable {
    var document: PlanDocument { didSet { indexRows() } }
    var evaluation: PlanEvaluation { didSet { indexRows() } }
    var today: PlanDate
    /// Each KPI's reported and computed figures side by side, keyed by KPI code.
    var figures: [String: KPIFigures] { didSet { indexRows() } }
    /// The final review once the plan's period is over: the pages then show it instead of
    /// lights, the schedule and forecasts.
    var review: PlanReview? = nil
    /// The plans the picker offers (on the public page, the published ones).
    var plans: [PlanSummary] = []
    /// The code links carry to stay on this plan; nil when it is the one shown by default.
    var selection: String? = nil
    /// The cards already drawn from this snapshot.
    let drawn = PlanDrawnParts()
    /// KPIs with their item, line and area, in plan order. Built once with the snapshot (and
    /// again whenever what they are made of changes): every plan page asks for them several
    /// times per request, and a cached snapshot serves many requests.
    private(set) var kpiRows: [KPIRow] = []
    /// Each KPI's place in `kpiRows`, by code.
    private var rowIndex: [String: Int] = [:]

    init(document: PlanDocument, evaluation: PlanEvaluation, today: PlanDate, figures: [String: KPIFigures] = [:],
         review: PlanReview? = nil, plans: [PlanSummary] = [], selection: String? = nil) {
        self.document = document
        self.evaluation = evaluation
        self.today = today
        self.figures = figures
        self.review = review
        self.plans = plans
        self.selection = selection
        indexRows()
    }

    /// With `factsOnly` (the public pages), figures resting on demo records are left out, so a KPI
    /// known only from demo records shows no data rather than a generated number.
    static func make(_ document: PlanDocument, providers: KPIProviderRegistry, today: PlanDate, factsOnly: Bool = false,
                     plans: [PlanSummary] = [], selection: String? = nil) async throws -> PlanSnapshot {
        let measured = try await providers.data(for: document, asOf: today)
        let data = factsOnly ? measured.factsOnly : measured
        var figures: [String: KPIFigures] = [:]
        for kpi in document.allKPIs { figures[kpi.code] = KPIFigures.of(kpi, data: data[kpi.code] ?? kpi.ownData, now: today) }
        return PlanSnapshot(document: document, evaluation: PlanEvaluation.evaluate(document, data: data, now: today), today: today,
                            figures: figures, review: PlanReview.ifEnded(document, data: data, today: today), plans: plans,
                            selection: selection)
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

    private mutating func indexRows() {
        var rows: [KPIRow] = []
        var index: [String: Int] = [:]
        for area in document.areas {
            for line in area.lines {
                for item in line.items {
                    for kpi in item.kpis {
                        // The first KPI of a code wins, as a search in plan order found it.
                        if index[kpi.code] == nil { index[kpi.code] = rows.count }
                        rows.append(KPIRow(kpi: kpi, item: item, line: line, area: area, evaluation: evaluation.kpis[kpi.code],
                                           figures: figures[kpi.code]))
                    }
                }
            }
        }
        kpiRows = rows
        rowIndex = index
    }

    func row(_ code: String) -> KPIRow? { rowIndex[code].map { kpiRows[$0] } }

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
    var figures: KPIFigures?

    /// A monitoring indicator (监测指标) is shown apart: figures, no light.
    var isMonitoring: Bool { kpi.isMonitoring }
    var owner: String? { kpi.owner ?? item.owner }
}

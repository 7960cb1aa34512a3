import BaiqiangCore
import BaiqiangHTML
import Vapor

/// The big screen (大屏) for the leadership meeting room, and the printable monthly report.
struct PlanScreenController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(SiteURL.planScreen.components, use: screen)
        routes.get(SiteURL.planReport.components, use: report)
        routes.get(SiteURL.planReportWord.components, use: reportWord)
    }

    /// A 1920×1080 dark page of every target's card and the light counts, refreshing itself.
    /// It names no one and carries no form, so every account that may see it sees the same page:
    /// each page of it is rendered once per snapshot, language and rates, and sent again until a
    /// write or the day moves the snapshot on.
    @Sendable func screen(_ request: Request) async throws -> RenderedDocument {
        _ = try request.requirePrincipal()
        let (snapshot, generation) = try await PlanSnapshotCache.read(request, publishedOnly: false)
        let page = (try? request.query.get(Int.self, at: "page")) ?? 1
        let model = PlanScreenPage.Model(snapshot: snapshot, rates: try await PlanScreenRatesCache.rates(request, today: snapshot.today,
                                                                                                         generation: generation),
                                         page: page)
        let context = request.pageContext
        return snapshot.drawn.document(model.drawnKey(context.language)) { PlanScreenPage.view(model, context) }
    }

    /// The demands' three rates of the month so far, from the providers that measure them for the
    /// plan, so the screen names no capability; a rate nobody provides shows as no data. Counted
    /// once per data generation (`PlanScreenRatesCache`).
    static func rates(_ request: Request, today: PlanDate) async throws -> [PlanScreenPage.Rate] {
        let registry = Capabilities.kpiProviders(on: request.db, environment: request.appEnvironment, county: request.countyCode)
        var rates: [PlanScreenPage.Rate] = []
        for (key, label) in PlanScreenPage.rateProviders {
            guard let provider = registry.provider(for: key) else { rates.append(.init(key: label, percent: nil)); continue }
            let kpi = KPI(code: key, name: BilingualText(zh: key, en: key), unit: "percent", target: nil, source: .computed, provider: key)
            let latest = try await provider.readings(for: kpi, asOf: today).observations.max { $0.date < $1.date }
            rates.append(.init(key: label, percent: latest?.value))
        }
        return rates
    }

    /// The monthly progress report: one printed page per area, from the same figures.
    @Sendable func report(_ request: Request) async throws -> HTML {
        _ = try request.requirePrincipal()
        let snapshot = try await PlanPagesController.snapshot(request)
        return PlanReportPage.view(PlanReportPage.Model(snapshot: snapshot), request.pageContext)
    }

    /// The same report as a Word document to edit and forward; whoever may read the report may
    /// download it.
    @Sendable func reportWord(_ request: Request) async throws -> Response {
        _ = try request.requirePrincipal()
        let model = PlanReportPage.Model(snapshot: try await PlanPagesController.snapshot(request))
        let bytes = try WordDocumentWriter.bytes(PlanReportPage.word(model, request.pageContext))
        var headers = HTTPHeaders()
        headers.contentType = HTTPMediaType(type: "application", subType: "vnd.openxmlformats-officedocument.wordprocessingml.document")
        headers.contentDisposition = .init(.attachment, filename: "plan-report-\(model.month).docx")
        return Response(status: .ok, headers: headers, body: .init(data: Data(bytes)))
    }
}

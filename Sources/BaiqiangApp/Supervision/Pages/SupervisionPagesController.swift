import BaiqiangCore
import BaiqiangHTML
import Vapor

/// `/supervision`: the reader's reports and, for a supervisor in term, the filing form;
/// `/supervision/reports/{id}` one report and its handling; `/supervision/summary` the yearly
/// counts; `/supervision/supervisors` the appointments. An account that may read no report gets
/// 403, and a report it may not read is 404, the same as one that does not exist.
struct SupervisionPagesController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(SiteURL.supervision.components, use: list)
        routes.post(SiteURL.supervision.components, use: file)
        routes.get(SiteURL.supervisionReport(id: .placeholder(.id)).components, use: show)
        routes.post(SiteURL.supervisionReportHandling(id: .placeholder(.id)).components, use: handle)
        routes.get(SiteURL.supervisionSummary.components, use: summary)
        routes.get(SiteURL.supervisionSupervisors.components, use: supervisors)
        routes.post(SiteURL.supervisionSupervisors.components, use: appoint)
    }

    static func rows(_ reports: [SupervisionReportRow], store: SupervisionStore, types: SupervisionReportTypes) async throws -> [SupervisionPages.ReportRow] {
        let names = try await store.reporterNames(of: reports)
        let units = Dictionary(try await store.units().map { ($0.unit, $0.name) }, uniquingKeysWith: { first, _ in first })
        return reports.compactMap { row in
            row.id.map { id in
                SupervisionPages.ReportRow(id: id, type: types.name(row.typeCode), unit: units[row.unit] ?? BilingualText(zh: row.unit, en: row.unit),
                                           occurredOn: row.occurredOn, filedOn: row.filedOn, description: row.text,
                                           status: row.handling.status, handling: row.handling, supervisor: names[row.supervisorID], isDemo: row.isDemo)
            }
        }
    }

    @Sendable func list(_ request: Request) async throws -> Response {
        try await render(request)
    }

    func render(_ request: Request, error: String? = nil, status: HTTPStatus = .ok) async throws -> Response {
        let principal = try request.requirePrincipal()
        let store = SupervisionStore(db: request.db, principal: principal)
        let types = try SupervisionReportTypes.bundled()
        let after = try? request.query.get(String.self, at: "cursor")
        let limit = 25
        let reports = try await store.list(after: after, limit: limit + 1)
        let shown = Array(reports.prefix(limit))
        let today = PlanDate(shanghai: request.appEnvironment.now)
        var mayFile = false, refusal: BilingualText?
        if principal.permissions.allows(.fileSupervisionReport) {
            if let term = try await store.ownAppointment()?.term {
                refusal = term.refusal(on: today)?.message
                mayFile = refusal == nil
            } else {
                refusal = BilingualText(zh: "您尚未被聘为特约监督员", en: "You are not appointed as a special supervisor")
            }
        }
        let model = SupervisionPages.ListModel(
            reports: try await Self.rows(shown, store: store, types: types),
            nextCursor: reports.count > limit ? shown.last.flatMap(SupervisionCursor.after) : nil,
            mayFile: mayFile, fileRefusal: refusal, isOffice: store.reach == .all,
            maySeeSummary: principal.permissions.allows(.seeSupervisionSummary),
            types: types.types, units: try await store.units(), today: today.description, error: error)
        return try await HTMLPage(status: status, html: SupervisionPages.list(model, request.pageContext)).encodeResponse(for: request)
    }

    struct ReportForm: Content {
        var type: String?
        var unit: String?
        var occurredOn: String?
        var description: String?

        enum CodingKeys: String, CodingKey {
            case type, unit, description
            case occurredOn = "occurred_on"
        }
    }

    @Sendable func file(_ request: Request) async throws -> Response {
        let store = SupervisionStore(db: request.db, principal: try request.requirePrincipal())
        let form = try request.content.decode(ReportForm.self)
        let draft = SupervisionReportDraft(typeCode: form.type ?? "", unit: form.unit ?? "", occurredOn: form.occurredOn ?? "",
                                           description: form.description ?? "")
        do {
            let row = try await store.file(draft, types: try SupervisionReportTypes.bundled(), writer: request.writer)
            return request.redirect(to: SiteURL.supervisionReport(id: try row.requireID().uuidString).path)
        } catch let error as any BilingualError where error.kind == .invalidInput {
            return try await render(request, error: request.t(error.message), status: .badRequest)
        }
    }

    @Sendable func show(_ request: Request) async throws -> Response {
        try await renderReport(request)
    }

    func renderReport(_ request: Request, error: String? = nil, status: HTTPStatus = .ok) async throws -> Response {
        let principal = try request.requirePrincipal()
        let store = SupervisionStore(db: request.db, principal: principal)
        guard let id = UUID(uuidString: try request.parameters.require(.id)), let row = try await store.report(id: id),
              let report = try await Self.rows([row], store: store, types: try SupervisionReportTypes.bundled()).first else {
            throw Abort(.notFound)
        }
        let model = SupervisionPages.ReportModel(report: report, mayHandle: principal.permissions.allows(.handleSupervisionReports),
                                                 today: PlanDate(shanghai: request.appEnvironment.now).description, error: error)
        return try await HTMLPage(status: status, html: SupervisionPages.report(model, request.pageContext)).encodeResponse(for: request)
    }

    struct StepForm: Content {
        var action: String?
        var date: String?
        var outcome: String?
        var actionTaken: String?

        enum CodingKeys: String, CodingKey {
            case action, date, outcome
            case actionTaken = "action_taken"
        }
    }

    @Sendable func handle(_ request: Request) async throws -> Response {
        let store = SupervisionStore(db: request.db, principal: try request.requirePrincipal())
        guard let id = UUID(uuidString: try request.parameters.require(.id)) else { throw Abort(.notFound) }
        let form = try request.content.decode(StepForm.self)
        do {
            let (step, day) = try SupervisionAPIController.step(action: form.action ?? "", date: form.date ?? "",
                                                                outcome: form.outcome.nonEmpty, actionTaken: form.actionTaken)
            _ = try await store.handle(id: id, step: step, on: day, writer: request.writer)
        } catch let error as any BilingualError where error.kind == .invalidInput {
            return try await renderReport(request, error: request.t(error.message), status: .badRequest)
        }
        return request.redirect(to: SiteURL.supervisionReport(id: id.uuidString).path)
    }

    @Sendable func summary(_ request: Request) async throws -> Response {
        let principal = try request.requirePrincipal()
        let store = SupervisionStore(db: request.db, principal: principal)
        let year = try SupervisionAPIController.year(request)
        let types = try SupervisionReportTypes.bundled()
        let summary = try await store.summary(year: year, types: types)
        let units = Dictionary(try await store.units().map { ($0.unit, $0.name) }, uniquingKeysWith: { first, _ in first })
        typealias Line = SupervisionPages.SummaryModel.Line
        let model = SupervisionPages.SummaryModel(
            year: year, total: summary.total, open: summary.open,
            byType: summary.byType.map { Line(name: types.name($0.key), count: $0.count) },
            byUnit: summary.byUnit.map { Line(name: units[$0.key] ?? BilingualText(zh: $0.key, en: $0.key), count: $0.count) },
            byOutcome: summary.byOutcome.map { Line(name: SupervisionOutcome(rawValue: $0.key)?.label ?? BilingualText(zh: $0.key, en: $0.key), count: $0.count) },
            anyDemo: try await store.yearHasDemo(year))
        return try await HTMLPage(status: .ok, html: SupervisionPages.summary(model, request.pageContext)).encodeResponse(for: request)
    }

    @Sendable func supervisors(_ request: Request) async throws -> Response {
        try await renderSupervisors(request)
    }

    func renderSupervisors(_ request: Request, error: String? = nil, status: HTTPStatus = .ok) async throws -> Response {
        let store = SupervisionStore(db: request.db, principal: try request.requirePrincipal())
        let today = PlanDate(shanghai: request.appEnvironment.now)
        let rows = try await store.supervisors().map { row in
            SupervisionPages.SupervisorsModel.Row(name: row.name, unit: row.unit, termStart: row.termStart, termEnd: row.termEnd,
                                                  active: row.term?.isActive(on: today) ?? false, isDemo: row.isDemo)
        }
        let model = SupervisionPages.SupervisorsModel(supervisors: rows, error: error)
        return try await HTMLPage(status: status, html: SupervisionPages.supervisors(model, request.pageContext)).encodeResponse(for: request)
    }

    struct AppointForm: Content {
        var username: String?
        var name: String?
        var unit: String?
        var termStart: String?
        var termEnd: String?

        enum CodingKeys: String, CodingKey {
            case username, name, unit
            case termStart = "term_start", termEnd = "term_end"
        }
    }

    @Sendable func appoint(_ request: Request) async throws -> Response {
        let store = SupervisionStore(db: request.db, principal: try request.requirePrincipal())
        let form = try request.content.decode(AppointForm.self)
        do {
            _ = try await store.appoint(username: form.username ?? "", name: form.name ?? "", unit: form.unit ?? "",
                                        start: form.termStart ?? "", end: form.termEnd ?? "", writer: request.writer)
        } catch let error as any BilingualError where error.kind == .invalidInput {
            return try await renderSupervisors(request, error: request.t(error.message), status: .badRequest)
        }
        return request.redirect(to: SiteURL.supervisionSupervisors.path)
    }
}

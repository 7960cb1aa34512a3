import BaiqiangCore
import Fluent
import Vapor

/// `/api/v1/supervision/...`: supervisors' reports as `SupervisionReach` lets the account read
/// them, filing one, handling one, the yearly counts and the appointments, under the same rules
/// as the pages.
struct SupervisionAPIController {
    func register(_ api: any RoutesBuilder) {
        api.get(SiteURL.API.supervisionReports.components, use: list)
        api.post(SiteURL.API.supervisionReports.components, use: file)
        api.get(SiteURL.API.supervisionReport(id: .placeholder(.id)).components, use: show)
        api.post(SiteURL.API.supervisionReportHandling(id: .placeholder(.id)).components, use: handle)
        api.get(SiteURL.API.supervisionSummary.components, use: summary)
        api.get(SiteURL.API.supervisionSupervisors.components, use: supervisors)
        api.post(SiteURL.API.supervisionSupervisors.components, use: appoint)
    }

    struct ReportView: Content {
        var id: String
        var type: String
        var unit: String
        var occurredOn: String
        var filedOn: String
        var description: String
        var status: String
        var acceptedOn: String?
        var investigationOn: String?
        var concludedOn: String?
        var outcome: String?
        var actionTaken: String?
        /// The supervisor's name: for the discipline office only.
        var supervisor: String?
        var isDemo: Bool

        enum CodingKeys: String, CodingKey {
            case id, type, unit, description, status, outcome, supervisor
            case occurredOn = "occurred_on", filedOn = "filed_on", acceptedOn = "accepted_on"
            case investigationOn = "investigation_on", concludedOn = "concluded_on", actionTaken = "action_taken", isDemo = "is_demo"
        }

        init(_ row: SupervisionReportRow, supervisor: String?) {
            id = row.id?.uuidString ?? ""
            type = row.typeCode
            unit = row.unit
            occurredOn = row.occurredOn
            filedOn = row.filedOn
            description = row.text
            status = row.status
            acceptedOn = row.acceptedOn
            investigationOn = row.investigationOn
            concludedOn = row.concludedOn
            outcome = row.outcome
            actionTaken = row.actionTaken
            self.supervisor = supervisor
            isDemo = row.isDemo
        }
    }

    struct NewReport: Content {
        var type: String
        var unit: String
        var occurredOn: String
        var description: String

        enum CodingKeys: String, CodingKey {
            case type, unit, description
            case occurredOn = "occurred_on"
        }
    }

    struct Step: Content {
        var action: String
        var date: String
        var outcome: String?
        var actionTaken: String?

        enum CodingKeys: String, CodingKey {
            case action, date, outcome
            case actionTaken = "action_taken"
        }
    }

    struct SupervisorView: Content {
        var id: String
        var name: String
        var unit: String
        var termStart: String
        var termEnd: String
        var isDemo: Bool

        enum CodingKeys: String, CodingKey {
            case id, name, unit
            case termStart = "term_start", termEnd = "term_end", isDemo = "is_demo"
        }

        init(_ row: Supervisor) {
            id = row.id?.uuidString ?? ""
            name = row.name
            unit = row.unit
            termStart = row.termStart
            termEnd = row.termEnd
            isDemo = row.isDemo
        }
    }

    struct Appointment: Content {
        var username: String
        var name: String
        var unit: String
        var termStart: String
        var termEnd: String

        enum CodingKeys: String, CodingKey {
            case username, name, unit
            case termStart = "term_start", termEnd = "term_end"
        }
    }

    @Sendable func list(_ request: Request) async throws -> CursorPage<ReportView> {
        let store = SupervisionStore(db: request.db, principal: try request.requirePrincipal())
        let page = try PageRequest(request)
        let rows = try await store.list(after: page.after, limit: page.fetchLimit)
        let (shown, next) = page.split(rows) { SupervisionCursor.after($0) ?? "" }
        let names = try await store.reporterNames(of: shown)
        return CursorPage(items: shown.map { ReportView($0, supervisor: names[$0.supervisorID]) }, nextCursor: next)
    }

    @Sendable func show(_ request: Request) async throws -> ReportView {
        let store = SupervisionStore(db: request.db, principal: try request.requirePrincipal())
        guard let id = UUID(uuidString: try request.parameters.require(.id)), let row = try await store.report(id: id) else {
            throw SupervisionNotFound()
        }
        return ReportView(row, supervisor: try await store.reporterNames(of: [row])[row.supervisorID])
    }

    @Sendable func file(_ request: Request) async throws -> Response {
        let store = SupervisionStore(db: request.db, principal: try request.requirePrincipal())
        let input = try request.content.decode(NewReport.self)
        let draft = SupervisionReportDraft(typeCode: input.type, unit: input.unit, occurredOn: input.occurredOn, description: input.description)
        let row = try await store.file(draft, types: try SupervisionReportTypes.bundled(), writer: request.writer)
        return try await ReportView(row, supervisor: nil).encodeResponse(status: .created, for: request)
    }

    @Sendable func handle(_ request: Request) async throws -> ReportView {
        let store = SupervisionStore(db: request.db, principal: try request.requirePrincipal())
        guard let id = UUID(uuidString: try request.parameters.require(.id)) else { throw SupervisionNotFound() }
        let input = try request.content.decode(Step.self)
        let (step, day) = try Self.step(action: input.action, date: input.date, outcome: input.outcome, actionTaken: input.actionTaken)
        let row = try await store.handle(id: id, step: step, on: day, writer: request.writer)
        return ReportView(row, supervisor: try await store.reporterNames(of: [row])[row.supervisorID])
    }

    /// A handling step as forms and the API send it, or the problems with it.
    static func step(action: String, date: String, outcome: String?, actionTaken: String?) throws -> (SupervisionHandling.Step, PlanDate) {
        var issues: [LocatedIssue] = []
        let day = PlanDate(date)
        if day == nil { issues.append(LocatedIssue(row: nil, column: "date", reason: BilingualText(zh: "日期须为 YYYY-MM-DD", en: "The date must be YYYY-MM-DD"))) }
        var step: SupervisionHandling.Step?
        switch action {
        case "accept": step = .accept
        case "investigate": step = .investigate
        case "conclude":
            if let outcome = outcome.flatMap(SupervisionOutcome.init(rawValue:)) {
                step = .conclude(outcome, actionTaken: actionTaken ?? "")
            } else {
                issues.append(LocatedIssue(row: nil, column: "outcome", reason: BilingualText(
                    zh: "核查结论须为属实、部分属实或不属实", en: "The outcome must be substantiated, partly_substantiated or not_substantiated")))
            }
        default:
            issues.append(LocatedIssue(row: nil, column: "action", reason: BilingualText(
                zh: "办理步骤须为受理、调查或办结", en: "The step must be accept, investigate or conclude")))
        }
        guard issues.isEmpty, let step, let day else { throw SupervisionInputError(issues: issues) }
        return (step, day)
    }

    @Sendable func summary(_ request: Request) async throws -> SupervisionSummaryJSON.Document {
        let principal = try request.requirePrincipal()
        let store = SupervisionStore(db: request.db, principal: principal)
        let year = try Self.year(request)
        let types = try SupervisionReportTypes.bundled()
        let summary = try await store.summary(year: year, types: types)
        let units = Dictionary(try await store.units().map { ($0.unit, $0.name) }, uniquingKeysWith: { first, _ in first })
        return SupervisionSummaryJSON.document(summary, county: principal.countyCode, typeName: types.name, unitName: { units[$0] })
    }

    /// `?year=N` (2000–2100), else this year in Beijing time.
    static func year(_ request: Request) throws -> Int {
        guard let raw = try? request.query.get(String.self, at: "year") else {
            return PlanDate(shanghai: request.appEnvironment.now).year
        }
        guard let year = Int(raw), (2000...2100).contains(year) else {
            throw SupervisionInputError(issues: [LocatedIssue(row: nil, column: "year", reason: BilingualText(
                zh: "年份须在 2000 至 2100 之间", en: "The year must be between 2000 and 2100"))])
        }
        return year
    }

    @Sendable func supervisors(_ request: Request) async throws -> [SupervisorView] {
        try await SupervisionStore(db: request.db, principal: try request.requirePrincipal()).supervisors().map(SupervisorView.init)
    }

    @Sendable func appoint(_ request: Request) async throws -> Response {
        let store = SupervisionStore(db: request.db, principal: try request.requirePrincipal())
        let input = try request.content.decode(Appointment.self)
        let row = try await store.appoint(username: input.username, name: input.name, unit: input.unit, start: input.termStart,
                                          end: input.termEnd, writer: request.writer)
        return try await SupervisorView(row).encodeResponse(status: .created, for: request)
    }
}

extension SupervisionSummaryJSON.Document: Content {}

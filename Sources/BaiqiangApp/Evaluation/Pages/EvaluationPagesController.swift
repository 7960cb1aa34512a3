import BaiqiangCore
import Fluent
import BaiqiangHTML
import Vapor

/// The evaluation pages: runs and the form to start one, a run's distributions and firm list,
/// a firm's explanation, the comparison of two runs and the consecutive-D list.
struct EvaluationPagesController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(SiteURL.evaluation.components, use: index)
        routes.post(SiteURL.evaluationRuns.components, use: start)
        routes.on(.POST, SiteURL.evaluationUpload.components, body: .collect(maxSize: "300mb"), use: upload)
        routes.get(SiteURL.evaluationRun(id: .placeholder(.id)).components, use: run)
        routes.get(SiteURL.evaluationFirm(id: .placeholder(.id), code: .placeholder(.code)).components, use: firm)
        routes.get(SiteURL.evaluationExport(id: .placeholder(.id), format: "csv").components) { try await export($0, .csv) }
        routes.get(SiteURL.evaluationExport(id: .placeholder(.id), format: "xlsx").components) { try await export($0, .xlsx) }
        routes.get(SiteURL.evaluationCompare.components, use: compare)
        routes.get(SiteURL.evaluationConsecutiveD.components, use: consecutiveD)
    }

    func queries(_ request: Request) throws -> EvaluationStore {
        EvaluationStore(db: request.db, principal: try request.requirePrincipal())
    }

    func runID(_ request: Request) throws -> UUID {
        guard let id = request.parameters.get(PathParameter.id.rawValue, as: UUID.self) else { throw Abort(.notFound) }
        return id
    }

    @Sendable func index(_ request: Request) async throws -> Response {
        try await renderIndex(request, error: nil, status: .ok)
    }

    func renderIndex(_ request: Request, error: String?, status: HTTPStatus) async throws -> Response {
        let principal = try request.requirePrincipal()
        let runs = try await queries(request).runs()
        let ui = EvaluationUI(request: request)
        let latestYear = try await queries(request).latestRegistryYear()
        let html = Layout.page(request, title: request.t("nav.evaluation"), active: .evaluation,
            .div(.class("page-head"), .h1(.text(request.t("nav.evaluation"))),
                 .nav(.class("page-actions"),
                      .a(.class("button"), .href(SiteURL.evaluationConsecutiveD.path), .text(request.t("evaluation.consecutive_d"))))),
            .p(.class("muted"), .text(request.t("evaluation.intro"))),
            .unwrap(error) { Layout.notice("error", $0) },
            .if(runs.isEmpty, Layout.notice("info", request.t("evaluation.no_runs"))),
            .if(!runs.isEmpty, .form(.method(.get), .action(SiteURL.evaluationCompare.path),
                .table(.class("data"),
                    .thead(.tr(.th(.text(request.t("evaluation.compare_pick"))), .th(.text(request.t("enterprises.year"))),
                               .th(.text(request.t("evaluation.version"))), .th(.text(request.t("evaluation.method"))),
                               .th(.text(request.t("evaluation.source"))), .th(.text(request.t("evaluation.firms"))),
                               .th(.text(request.t("evaluation.classes"))), .th(.text(request.t("admin.audit.actor"))),
                               .th(.text(request.t("admin.audit.time"))))),
                    .tbody(.forEach(runs) { run in
                        .tr(.td(.input(.type(.checkbox), .name("run"), .value(run.id?.uuidString ?? ""))),
                            .td(.a(.href(SiteURL.evaluationRun(id: run.id?.uuidString ?? "").path), .text(String(run.year)))),
                            .td(.text("v\(run.version)")), .td(.text(ui.methodName(run))), .td(.text(run.source)),
                            .td(.class("num"), .text(String(run.firmCount))), .td(.text(ui.countsText(run.classCounts))),
                            .td(.text(run.actor)), .td(.text(run.createdAt.map(ShanghaiDay.display) ?? "—")))
                    })),
                .button(.type(.submit), .text(request.t("evaluation.compare"))))),
            .if(principal.permissions.allows(.runEvaluation), .group(
                .h2(.text(request.t("evaluation.new_run"))),
                .form(.method(.post), .action(SiteURL.evaluationRuns.path), .class("stacked"),
                      Layout.csrfField(request),
                      .label(.text(request.t("evaluation.method")),
                             .select(.attribute(named: "name", value: "method"),
                                     .forEach(EvaluationMethods.bundledNames) { FormNodes.option($0, $0) })),
                      .label(.text(request.t("evaluation.method_yaml")), .element(named: "textarea", nodes: [
                          .attribute(named: "name", value: "method_yaml"), .attribute(named: "rows", value: "6")]),
                             .span(.class("hint"), .text(request.t("evaluation.method_yaml_hint")))),
                      .label(.text(request.t("enterprises.year")),
                             .input(.type(.number), .name("year"), .value(latestYear.map(String.init) ?? ""), .required(true))),
                      .button(.type(.submit), .class("primary"), .text(request.t("evaluation.run")))),
                .h2(.text(request.t("evaluation.upload_run"))),
                .p(.class("muted"), .text(request.t("evaluation.upload_intro"))),
                .form(.method(.post), .enctype(.multipartData), .class("stacked"),
                      .action(SiteURL.evaluationUpload.path + "?\(CSRFMiddleware.fieldName)=\(principal.csrfToken ?? "")"),
                      .label(.text(request.t("evaluation.method")),
                             .select(.attribute(named: "name", value: "method"),
                                     .forEach(EvaluationMethods.bundledNames) { FormNodes.option($0, $0) })),
                      .label(.text(request.t("enterprises.year")),
                             .input(.type(.number), .name("year"), .value(latestYear.map(String.init) ?? ""), .required(true))),
                      .label(.text(request.t("import.file")), .input(.type(.file), .name("file"), .required(true), .attribute(named: "accept", value: ".csv"))),
                      .button(.type(.submit), .class("primary"), .text(request.t("evaluation.run")))))))
        return try await HTMLPage(status: status, html: html).encodeResponse(for: request)
    }

    struct StartForm: Content {
        var method: String
        var methodYAML: String?
        var year: Int

        enum CodingKeys: String, CodingKey {
            case method, year
            case methodYAML = "method_yaml"
        }
    }

    @Sendable func start(_ request: Request) async throws -> Response {
        _ = try request.requirePermission(.runEvaluation)
        let form = try request.content.decode(StartForm.self)
        do {
            let run = try await queries(request).runOverRegistry(method: form.method, methodYAML: form.methodYAML, year: form.year,
                                                                 writer: request.writer)
            return request.redirect(to: SiteURL.evaluationRun(id: run.id?.uuidString ?? "").path)
        } catch let error as any BilingualError where error.kind == .invalidInput {
            return try await renderIndex(request, error: request.t(error.message), status: .badRequest)
        }
    }

    struct UploadForm: Content {
        var method: String
        var year: Int
        var file: File
    }

    /// A run over an uploaded file in the evaluation file format (the same as `baiqiang evaluate`).
    @Sendable func upload(_ request: Request) async throws -> Response {
        _ = try request.requirePermission(.runEvaluation)
        let form = try request.content.decode(UploadForm.self)
        do {
            var check = FieldChecker()
            check.text(form.method, .code, field: "method")
            check.text(form.file.filename, .fileName, field: "file")
            try check.finish()
            let method = try EvaluationMethods.named(form.method, yaml: nil)
            let run = try await queries(request)
                .run(method: method, year: form.year, input: Array(buffer: form.file.data), source: form.file.filename, writer: request.writer)
            return request.redirect(to: SiteURL.evaluationRun(id: run.id?.uuidString ?? "").path)
        } catch let error as any BilingualError where error.kind == .invalidInput {
            return try await renderIndex(request, error: request.t(error.message), status: .badRequest)
        }
    }

    @Sendable func run(_ request: Request) async throws -> HTML {
        let queries = try queries(request)
        let id = try runID(request)
        guard let run = try await queries.run(id) else { throw Abort(.notFound) }
        let ui = EvaluationUI(request: request)
        let classFilter = (try? request.query.get(String.self, at: "class")).nonEmpty
        let page = max(1, (try? request.query.get(Int.self, at: "page")) ?? 1)
        let perPage = 100
        let listing = queries.results(id).sort(\.$group).sort(\.$rank).sort(\.$creditCode)
        if let classFilter { listing.filter(\.$evaluationClass == classFilter) }
        let total = try await listing.count()
        let rows = try await listing.range(((page - 1) * perPage)..<(page * perPage)).all()
        let overall = try await queries.classCounts(id)[""] ?? [:]
        let byTown = try await queries.classCounts(id, by: "town")
        let byIndustry = try await queries.classCounts(id, by: "industry")
        let histogram = try await queries.scoreHistogram(id)
        return Layout.page(request, title: request.t("evaluation.run_title", ["year": String(run.year), "version": String(run.version)]),
                           active: .evaluation,
            .p(.a(.href(SiteURL.evaluation.path), .text("← " + request.t("nav.evaluation")))),
            .div(.class("page-head"),
                 .h1(.text(request.t("evaluation.run_title", ["year": String(run.year), "version": String(run.version)]))),
                 .nav(.class("page-actions"),
                      .a(.class("button"), .href(SiteURL.evaluationExport(id: id.uuidString, format: "csv").path), .text(request.t("enterprises.export_csv"))),
                      .a(.class("button"), .href(SiteURL.evaluationExport(id: id.uuidString, format: "xlsx").path), .text(request.t("enterprises.export_xlsx"))))),
            .p(.class("muted"), .text(request.t("evaluation.run_facts", ["method": ui.methodName(run), "source": run.source,
                                                                         "digest": String(run.inputDigest.prefix(12)), "actor": run.actor]))),
            .div(.class("chart-grid"),
                 ui.chartBox(request.t("evaluation.distribution"), ui.classBars(overall)),
                 ui.chartBox(request.t("evaluation.histogram"), histogram.map { BarChart.Bar(label: $0.label, value: Double($0.count)) }),
                 ui.chartBox(request.t("evaluation.by_town"), ui.shareBars(byTown, label: ui.townName)),
                 ui.chartBox(request.t("evaluation.by_industry"), ui.shareBars(byIndustry, label: { IndustryNames.name(of: $0, in: request.appEnvironment).map { "\($0.zh)" } ?? $0 }))),
            .h2(.text(request.t("evaluation.firms_list", ["count": String(total)]))),
            .nav(.class("tabs"),
                 .a(.href(SiteURL.evaluationRun(id: id.uuidString).path), .text(request.t("common.all")), .if(classFilter == nil, .class("active"))),
                 .forEach(EvaluationClass.allCases) { cls in
                     .a(.href(SiteURL.evaluationRun(id: id.uuidString).path + "?class=\(cls.rawValue)"), .text(cls.rawValue),
                        .if(classFilter == cls.rawValue, .class("active")))
                 }),
            ui.resultsTable(rows, runID: id),
            .if(page * perPage < total, .p(.a(.class("button"),
                .href(SiteURL.evaluationRun(id: id.uuidString).path + "?page=\(page + 1)" + (classFilter.map { "&class=\($0)" } ?? "")),
                .text(request.t("common.next_page")))))
        )
    }

    @Sendable func firm(_ request: Request) async throws -> HTML {
        let queries = try queries(request)
        let id = try runID(request)
        guard let run = try await queries.run(id),
              let record = try await queries.result(id, creditCode: try request.parameters.require(.code)),
              let explanation = queries.explanation(record) else { throw Abort(.notFound) }
        return Layout.page(request, title: record.name, active: .evaluation,
                           EvaluationUI(request: request).explanation(explanation, run: run))
    }

    /// `?format=csv|xlsx` turns a list page into a download of the same rows.
    func exportFormat(_ request: Request) -> TableExport.Format? {
        (try? request.query.get(String.self, at: "format")).flatMap(TableExport.Format.init(rawValue:))
    }

    @Sendable func compare(_ request: Request) async throws -> Response {
        let queries = try queries(request)
        let ids = ((try? request.query.get([String].self, at: "run")) ?? []).compactMap(UUID.init(uuidString:))
        guard ids.count == 2, let a = try await queries.run(ids[0]), let b = try await queries.run(ids[1]) else {
            throw Abort(.badRequest, reason: request.t("evaluation.compare_two"))
        }
        let (older, newer) = (a.createdAt ?? .distantPast) <= (b.createdAt ?? .distantPast) ? (a, b) : (b, a)
        let result = try await queries.compare(try older.requireID(), try newer.requireID())
        if let format = exportFormat(request) {
            return try TableExport(header: ["credit_code", "name", "class_before", "class_after"],
                                   rows: result.changes.map { [.text($0.creditCode), .text($0.name), .text($0.from), .text($0.to)] })
                .response(format, fileName: "evaluation-changes")
        }
        return try await Layout.page(request, title: request.t("evaluation.compare"), active: .evaluation,
                                     EvaluationUI(request: request).comparison(older, newer, matrix: result.matrix, changes: result.changes))
            .encodeResponse(for: request)
    }

    @Sendable func consecutiveD(_ request: Request) async throws -> Response {
        let queries = try queries(request)
        let runs = try await queries.runs()
        let year = (try? request.query.get(Int.self, at: "year")) ?? runs.first?.year ?? 0
        let rows = try await queries.consecutiveD(year: year)
        if let format = exportFormat(request) {
            return try TableExport(header: ["credit_code", "name", "consecutive_d_years", "surcharge_yuan_per_kwh"],
                                   rows: rows.map { [.text($0.creditCode), .text($0.name), .number(Double($0.years)), .number($0.surcharge)] })
                .response(format, fileName: "consecutive-d-\(year)")
        }
        return try await Layout.page(request, title: request.t("evaluation.consecutive_d"), active: .evaluation,
                                     EvaluationUI(request: request).consecutiveD(rows, year: year))
            .encodeResponse(for: request)
    }

    func export(_ request: Request, _ format: TableExport.Format) async throws -> Response {
        let queries = try queries(request)
        let id = try runID(request)
        guard let run = try await queries.run(id) else { throw Abort(.notFound) }
        let rows = try await queries.results(id).sort(\.$creditCode).all()
        let table = TableExport(
            header: ["credit_code", "name", "town", "industry", "group", "score", "rank", "class"],
            rows: rows.map { r in [.text(r.creditCode), .text(r.name), .text(r.town), .text(r.industry), .text(r.group),
                                   r.score.map { .number(($0 * 1e6).rounded() / 1e6) } ?? .empty,
                                   r.rank.map { .number(Double($0)) } ?? .empty, .text(r.evaluationClass)] })
        return try table.response(format, fileName: "evaluation-\(run.year)-v\(run.version)")
    }
}

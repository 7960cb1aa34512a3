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
        routes.upload(SiteURL.evaluationUpload.components, maxSize: "300mb", use: upload)
        routes.get(SiteURL.evaluationRun(id: .placeholder(.id)).components, use: run)
        routes.post(SiteURL.evaluationPublish(id: .placeholder(.id)).components, use: publish)
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

    func renderIndex(_ request: Request, error: String?, issues: [LocatedIssue] = [], status: HTTPStatus) async throws -> Response {
        let principal = try request.requirePrincipal()
        let store = try queries(request)
        let model = EvaluationIndexPage.Model(
            runs: try await store.runs(), latestRegistryYear: try await store.latestRegistryYear(),
            mayRun: principal.permissions.allows(.runEvaluation), error: error, issues: issues)
        return try await HTMLPage(status: status, html: EvaluationIndexPage.view(model, request.pageContext)).encodeResponse(for: request)
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
        } catch let error as any LocatedIssues where error.kind == .invalidInput && error.locatedIssues.count > 1 {
            return try await renderIndex(request, error: request.t(error.message), issues: error.listedIssues, status: .badRequest)
        } catch let error as any BilingualError where error.kind == .invalidInput {
            return try await renderIndex(request, error: request.t(error.message), status: .badRequest)
        }
    }

    /// Adopts a run as its year's result; the run page says what it replaced.
    @Sendable func publish(_ request: Request) async throws -> Response {
        _ = try request.requirePermission(.publishEvaluation)
        let id = try runID(request)
        let queries = try queries(request)
        guard try await queries.run(id) != nil else { throw Abort(.notFound) }
        try await queries.publish(id, writer: request.writer)
        return request.redirect(to: SiteURL.evaluationRun(id: id.uuidString).path)
    }

    @Sendable func run(_ request: Request) async throws -> HTML {
        let queries = try queries(request)
        let id = try runID(request)
        guard let run = try await queries.run(id) else { throw Abort(.notFound) }
        let principal = try request.requirePrincipal()
        let publishedOfYear = try await queries.publishedRunByYear()[run.year]
        let classFilter = (try? request.query.get(String.self, at: "class")).nonEmpty
        let page = max(1, (try? request.query.get(Int.self, at: "page")) ?? 1)
        let perPage = 100
        let listing = queries.results(id).sort(\.$group).sort(\.$rank).sort(\.$creditCode)
        if let classFilter { listing.filter(\.$evaluationClass == classFilter) }
        let total = try await listing.count()
        let model = EvaluationRunPage.Model(
            run: run, runID: id, classFilter: classFilter, total: total,
            rows: try await listing.range(((page - 1) * perPage)..<(page * perPage)).all(), page: page, perPage: perPage,
            overall: try await queries.classCounts(id)[""] ?? [:], byTown: try await queries.classCounts(id, by: "town"),
            byIndustry: try await queries.classCounts(id, by: "industry"), histogram: try await queries.scoreHistogram(id),
            mayPublish: principal.permissions.allows(.publishEvaluation),
            publishedOfYear: publishedOfYear?.id == id ? nil : publishedOfYear,
            townNames: try await OrganisationStore(db: request.db, county: principal.countyCode).towns().reduce(into: [:]) {
                $0[$1.code] = BilingualText(zh: $1.nameZh, en: $1.nameEn)
            })
        return EvaluationRunPage.view(model, request.pageContext)
    }

    @Sendable func firm(_ request: Request) async throws -> HTML {
        let queries = try queries(request)
        let id = try runID(request)
        guard let run = try await queries.run(id),
              let record = try await queries.result(id, creditCode: try request.parameters.require(.code)),
              let explanation = queries.explanation(record, of: run) else { throw Abort(.notFound) }
        let context = request.pageContext
        return Layout.page(context, title: record.name, active: .evaluation,
                           EvaluationUI(context: context).explanation(explanation, run: run))
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
        let context = request.pageContext
        return try await Layout.page(context, title: context.t("evaluation.compare"), active: .evaluation,
                                     EvaluationUI(context: context).comparison(older, newer, matrix: result.matrix, changes: result.changes))
            .encodeResponse(for: request)
    }

    @Sendable func consecutiveD(_ request: Request) async throws -> Response {
        let queries = try queries(request)
        let published = try await queries.publishedRunByYear()
        let year = (try? request.query.get(Int.self, at: "year")) ?? published.keys.max() ?? 0
        let schedule = DClassSurcharge.bundled
        let rows = try await queries.consecutiveD(year: year, schedule: schedule)
        if let format = exportFormat(request) {
            return try TableExport(header: ["credit_code", "name", "consecutive_d_years", "surcharge_yuan_per_kwh"],
                                   rows: rows.map { [.text($0.creditCode), .text($0.name), .number(Double($0.years)), .number($0.surcharge)] })
                .response(format, fileName: "consecutive-d-\(year)")
        }
        let context = request.pageContext
        return try await Layout.page(context, title: context.t("evaluation.consecutive_d"), active: .evaluation,
                                     EvaluationUI(context: context).consecutiveD(rows, year: year, basis: published[year], schedule: schedule))
            .encodeResponse(for: request)
    }

    func export(_ request: Request, _ format: TableExport.Format) async throws -> Response {
        let queries = try queries(request)
        let id = try runID(request)
        guard let run = try await queries.run(id) else { throw Abort(.notFound) }
        let rows = try await queries.results(id).sort(\.$creditCode).all()
        let towns: [String: BilingualText] = try await OrganisationStore(db: request.db, county: run.countyCode).towns()
            .reduce(into: [:]) { $0[$1.code] = BilingualText(zh: $1.nameZh, en: $1.nameEn) }
        let columns: [TableExport.Column] = [
            .init(key: "credit_code", header: BilingualText(zh: "统一社会信用代码", en: "Credit code")),
            .init(key: "name", header: BilingualText(zh: "企业名称", en: "Name")),
            .coded("town", BilingualText(zh: "镇街", en: "Town")),
            .init(key: "industry", header: BilingualText(zh: "行业代码", en: "Industry code")),
            .init(key: "group", header: BilingualText(zh: "评价分组", en: "Group")),
            .init(key: "score", header: BilingualText(zh: "得分", en: "Score")),
            .init(key: "rank", header: BilingualText(zh: "排名", en: "Rank")),
            .coded("class", BilingualText(zh: "类别", en: "Class")),
        ]
        let table = TableExport(columns: columns, rows: rows.map { r in [
            .text(r.creditCode), .text(r.name), .code(r.town, name: towns[r.town]), .text(r.industry), .text(r.group),
            .score(r.score.map { ($0 * 1e6).rounded() / 1e6 }), .number(r.rank.map(Double.init)),
            .code(r.evaluationClass, name: EvaluationClass(rawValue: r.evaluationClass)?.name),
        ] }, headers: TableExport.Headers(request))
        return try table.response(format, fileName: "evaluation-\(run.year)-v\(run.version)")
    }
}

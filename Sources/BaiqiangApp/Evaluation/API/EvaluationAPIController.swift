import BaiqiangCore
import Fluent
import Vapor

/// `/api/v1/evaluation/…`: runs (read by everyone signed in, started by admins and departments)
/// and results (scoped: an enterprise reads its own result only).
struct EvaluationAPIController {
    func register(_ api: any RoutesBuilder) {
        api.get(SiteURL.API.evaluationRuns.components, use: runs)
        api.post(SiteURL.API.evaluationRuns.components, use: start)
        api.post(SiteURL.API.evaluationPublish(runID: .placeholder(.id)).components, use: publish)
        api.get(SiteURL.API.evaluationResults(runID: .placeholder(.id)).components, use: results)
        api.get(SiteURL.API.evaluationResult(runID: .placeholder(.id), creditCode: .placeholder(.creditCode)).components, use: result)
    }

    struct RunView: Content {
        var id: UUID
        var year: Int
        var version: Int
        var method: String
        var source: String
        var inputSHA256: String
        var firms: Int
        var classes: [String: Int]
        var actor: String
        var createdAt: Date?
        /// Whether this is the year's published result; drafts decide nothing.
        var published: Bool
        var publishedAt: Date?
        var publishedBy: String?

        init(_ run: EvaluationRun) throws {
            id = try run.requireID()
            year = run.year
            version = run.version
            method = run.methodID
            source = run.source
            inputSHA256 = run.inputDigest
            firms = run.firmCount
            classes = (try? JSONDecoder().decode([String: Int].self, from: Data(run.classCounts.utf8))) ?? [:]
            actor = run.actor
            createdAt = run.createdAt
            published = run.isPublished
            publishedAt = run.publishedAt
            publishedBy = run.publishedBy
        }

        enum CodingKeys: String, CodingKey {
            case id, year, version, method, source, firms, classes, actor
            case published, inputSHA256 = "input_sha256", createdAt = "created_at", publishedAt = "published_at", publishedBy = "published_by"
        }
    }

    struct ResultView: Content {
        var creditCode: String
        var name: String
        var town: String
        var group: String
        var score: Double?
        var rank: Int?
        var evaluationClass: String

        enum CodingKeys: String, CodingKey {
            case creditCode = "credit_code", name, town, group, score, rank, evaluationClass = "class"
        }
    }

    struct StartRequest: Content {
        var method: String
        var methodYAML: String?
        var year: Int

        enum CodingKeys: String, CodingKey {
            case method, year, methodYAML = "method_yaml"
        }
    }

    @Sendable func runs(_ request: Request) async throws -> ItemList<RunView> {
        let queries = EvaluationStore(db: request.db, principal: try request.requirePrincipal())
        return .init(items: try await queries.runs().map(RunView.init))
    }

    @Sendable func start(_ request: Request) async throws -> Response {
        _ = try request.requirePermission(.runEvaluation)
        let input = try request.content.decode(StartRequest.self)
        let run = try await EvaluationStore(db: request.db, principal: try request.requirePrincipal())
            .runOverRegistry(method: input.method, methodYAML: input.methodYAML, year: input.year, writer: request.writer)
        return try await RunView(run).encodeResponse(status: .created, for: request)
    }

    /// Adopts the run as its year's result, replacing the one published before.
    @Sendable func publish(_ request: Request) async throws -> RunView {
        let principal = try request.requirePermission(.publishEvaluation)
        let queries = EvaluationStore(db: request.db, principal: principal)
        guard let id = request.parameters.get(PathParameter.id.rawValue, as: UUID.self), try await queries.run(id) != nil else { throw Abort(.notFound) }
        try await queries.publish(id, writer: request.writer)
        guard let run = try await queries.run(id) else { throw Abort(.notFound) }
        return try RunView(run)
    }

    @Sendable func results(_ request: Request) async throws -> CursorPage<ResultView> {
        let queries = EvaluationStore(db: request.db, principal: try request.requirePrincipal())
        guard let id = request.parameters.get(PathParameter.id.rawValue, as: UUID.self), try await queries.run(id) != nil else { throw Abort(.notFound) }
        let page = try PageRequest(request)
        let query = queries.results(id).sort(\.$creditCode)
        if let after = page.after { query.filter(\.$creditCode > after) }
        if let cls = (try? request.query.get(String.self, at: "class")).nonEmpty { query.filter(\.$evaluationClass == cls) }
        let (shown, next) = page.split(try await query.limit(page.fetchLimit).all()) { $0.creditCode }
        return CursorPage(items: shown.map {
            ResultView(creditCode: $0.creditCode, name: $0.name, town: $0.town, group: $0.group, score: $0.score, rank: $0.rank,
                       evaluationClass: $0.evaluationClass)
        }, nextCursor: next)
    }

    @Sendable func result(_ request: Request) async throws -> Response {
        let queries = EvaluationStore(db: request.db, principal: try request.requirePrincipal())
        guard let id = request.parameters.get(PathParameter.id.rawValue, as: UUID.self),
              let run = try await queries.run(id),
              let record = try await queries.result(id, creditCode: try request.parameters.require(.creditCode)),
              let explanation = queries.explanation(record, of: run) else {
            throw Abort(.notFound)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        var headers = HTTPHeaders()
        headers.contentType = .json
        return Response(status: .ok, headers: headers, body: .init(data: try encoder.encode(explanation)))
    }
}

import BaiqiangCore
import Fluent
import Vapor

/// The chain writes of the API, through the store the pages write through: a chain saved from
/// its file (YAML text in `definition`, or JSON of the file's shape), replaced under its code,
/// and a firm put on or taken off a node by hand. A refusal of the chain's content (a cycle, an
/// unknown or duplicate node, a node a project sits on, an unknown firm) is a 400 problem naming
/// it, as every business refusal of the API is (demands, projects, land); so is a body that is
/// not a JSON object, or a field outside its choices; nothing is written either way.
extension ChainsAPIController {
    @Sendable func create(_ request: Request) async throws -> Response {
        let principal = try request.requirePermission(.editChains)
        let store = ChainsStore(db: request.db, principal: principal)
        let definition = try await Self.definition(of: request)
        let code = try IndustrialChain(yaml: definition).code
        let existed = try await store.row(code: code) != nil
        try await store.save(definition: definition, replacing: nil, writer: request.writer)
        return try await saved(code: code, request, status: existed ? .ok : .created)
    }

    @Sendable func replace(_ request: Request) async throws -> Response {
        let principal = try request.requirePermission(.editChains)
        let code = try request.parameters.require(.code)
        let store = ChainsStore(db: request.db, principal: principal)
        guard FieldLimits.check(code, .code) == nil, try await store.row(code: code) != nil else { throw Abort(.notFound) }
        let definition = try await Self.definition(of: request)
        try await store.save(definition: definition, replacing: code, writer: request.writer)
        return try await saved(code: code, request, status: .ok)
    }

    @Sendable func place(_ request: Request) async throws -> ChainDetail {
        let principal = try request.requirePermission(.editChains)
        let code = try request.parameters.require(.code)
        let store = ChainsStore(db: request.db, principal: principal)
        guard FieldLimits.check(code, .code) == nil, try await store.row(code: code) != nil else { throw Abort(.notFound) }
        let input = try request.content.decode(ChainsPagesController.PlaceInput.self)
        guard let kind = ChainNodeOverride.Kind(rawValue: input.action) else { throw FieldInputError([.notAllowed("action")]) }
        for (column, value) in [("node", input.node), ("credit_code", input.creditCode)] {
            if let reason = FieldLimits.check(value, .code) { throw FieldInputError([LocatedIssue(row: nil, column: column, reason: reason)]) }
        }
        try await store.place(firm: input.creditCode, on: input.node, of: code, kind: kind, writer: request.writer)
        guard let row = try await store.row(code: code) else { throw Abort(.notFound) }
        return Self.detail(try await store.map(of: row))
    }

    func saved(code: String, _ request: Request, status: HTTPStatus) async throws -> Response {
        let store = ChainsStore(db: request.db, principal: try request.requirePrincipal())
        guard let row = try await store.row(code: code) else { throw Abort(.notFound) }
        let response = try await Self.detail(try await store.map(of: row)).encodeResponse(for: request)
        response.status = status
        if status == .created { response.headers.replaceOrAdd(name: .location, value: SiteURL.api(.chain(code: code)).path) }
        return response
    }

    /// The chain file the body carries: the YAML text of `definition`, else the body itself as
    /// the file's shape in JSON, written as the YAML file it stands for.
    static func definition(of request: Request) async throws -> String {
        let body = Data(buffer: request.body.data ?? ByteBuffer())
        guard let object = try? JSONSerialization.jsonObject(with: body) as? [String: Any] else {
            throw FieldInputError([LocatedIssue(row: nil, column: nil, reason: BilingualText(zh: "请求体须为 JSON 对象", en: "The body must be a JSON object"))])
        }
        if let text = object["definition"] {
            guard let text = text as? String else { throw FieldInputError([.notAllowed("definition")]) }
            return text
        }
        return try IndustrialChain(json: body).yaml()
    }
}

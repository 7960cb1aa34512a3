import BaiqiangCore
import BaiqiangHTML
import Vapor

/// The county's low-efficiency rules: read by every account that sees the land pages, changed
/// by the land bureau and administrators (`Permissions.Action.keepLandRules`) as a new version
/// with its reason, or restored to the shipped file the same way.
struct LandRulesController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(SiteURL.landRules.components, use: show)
        routes.post(SiteURL.landRules.components, use: save)
        routes.post(SiteURL.landRulesRestore.components, use: restore)
        routes.get(SiteURL.landRulesFile.components, use: file)
    }

    struct SaveInput: Content {
        var yaml: String?
        var reason: String?
    }

    @Sendable func show(_ request: Request) async throws -> Response {
        try await render(request, status: .ok, sent: nil, error: nil, notice: nil)
    }

    @Sendable func save(_ request: Request) async throws -> Response {
        let principal = try request.requirePermission(.keepLandRules)
        let input = try request.content.decode(SaveInput.self)
        return try await store(request, principal: principal, yaml: input.yaml ?? "", reason: input.reason ?? "", sent: input)
    }

    @Sendable func restore(_ request: Request) async throws -> Response {
        let principal = try request.requirePermission(.keepLandRules)
        let input = try request.content.decode(SaveInput.self)
        return try await store(request, principal: principal, yaml: try LowEfficiencyRules.bundledYAML(), reason: input.reason ?? "",
                               sent: SaveInput(yaml: nil, reason: input.reason))
    }

    func store(_ request: Request, principal: Principal, yaml: String, reason: String, sent: SaveInput) async throws -> Response {
        do {
            let version = try await LandStore(db: request.db, principal: principal).saveRules(yaml: yaml, reason: reason, writer: request.writer)
            return try await render(request, status: .ok, sent: nil, error: nil,
                                    notice: request.t("land.rules.saved", ["version": String(version)]))
        } catch let error as any BilingualError where error.kind == .invalidInput {
            return try await render(request, status: .badRequest, sent: sent, error: request.t(error.message), notice: nil)
        }
    }

    /// The page; `sent` is what the form carried when it comes back refused, so nothing typed is lost.
    func render(_ request: Request, status: HTTPStatus, sent: SaveInput?, error: String?, notice: String?) async throws -> Response {
        let principal = try request.requirePrincipal()
        let store = LandStore(db: request.db, principal: principal)
        let set = try await store.ruleSet()
        let model = LandRulesPage.Model(
            rules: set.rules, version: set.version, versions: try await store.ruleVersions(),
            mayKeep: principal.permissions.allows(.keepLandRules), yaml: sent?.yaml ?? set.yaml, reason: sent?.reason ?? "",
            error: error, notice: notice)
        return try await HTMLPage(status: status, html: LandRulesPage.view(model, request.pageContext)).encodeResponse(for: request)
    }

    /// The rules file in force, or the saved version asked for, as a YAML download that the
    /// form (or `import land-rules`) takes back.
    @Sendable func file(_ request: Request) async throws -> Response {
        let store = LandStore(db: request.db, principal: try request.requirePrincipal())
        let yaml: String
        if let asked = try? request.query.get(String.self, at: "version") {
            guard asked.count <= 9, let version = Int(asked), let text = try await store.ruleYAML(version: version) else { throw Abort(.notFound) }
            yaml = text
        } else {
            yaml = try await store.ruleSet().yaml
        }
        var headers = HTTPHeaders()
        headers.contentType = HTTPMediaType(type: "application", subType: "yaml", parameters: ["charset": "utf-8"])
        headers.contentDisposition = .init(.attachment, filename: "low-efficiency-rules.yaml")
        return Response(status: .ok, headers: headers, body: .init(string: yaml))
    }
}

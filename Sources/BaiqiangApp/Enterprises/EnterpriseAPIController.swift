import Fluent
import Vapor

/// `GET /api/v1/enterprises` and `GET /api/v1/enterprises/{credit_code}`, scoped by role.
struct EnterpriseAPIController {
    func register(_ api: any RoutesBuilder) {
        api.get("enterprises", use: list)
        api.get("enterprises", ":credit_code", use: show)
    }

    @Sendable func list(_ request: Request) async throws -> CursorPage<EnterpriseQueries.Row> {
        let principal = try request.requirePrincipal()
        let filter = EnterpriseQueries.Filter(text: try? request.query.get(String.self, at: "q"),
                                              townCode: try? request.query.get(String.self, at: "town"))
        return try await EnterpriseQueries(db: request.db, principal: principal).list(filter, page: PageRequest(request))
    }

    @Sendable func show(_ request: Request) async throws -> EnterpriseQueries.Row {
        let principal = try request.requirePrincipal()
        let code = try request.parameters.require("credit_code")
        guard let row = try await EnterpriseQueries(db: request.db, principal: principal).find(creditCode: code) else {
            throw Abort(.notFound)
        }
        return row
    }
}

import Vapor

/// Every route of the application: each capability registers its own into the groups below.
func registerRoutes(_ app: Application) throws {
    // Pages: signed in by session cookie; every state-changing form carries a CSRF token.
    let web = app.grouped(SessionAuthenticator(), SecondFactorGate(), CSRFMiddleware(), DemandBadgeMiddleware())
    // The JSON API: bearer tokens (or the page's own session, with the CSRF header for writes);
    // every query checked against the API description.
    let api = app.grouped("api", "v1")
        .grouped(BearerAuthenticator(), SessionAuthenticator(), SecondFactorGate(), CSRFMiddleware(), RequireSignedIn(), QueryParameterMiddleware(), JSONBodyMiddleware())
    Capabilities.registerRoutes(CapabilityRoutes(root: app, web: web, api: api))
}

/// Refuses a request without a signed-in account with 401.
struct RequireSignedIn: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard request.principal != nil else { throw Abort(.unauthorized) }
        return try await next.respond(to: request)
    }
}

/// `GET /api/v1/me`: the account behind the token, and what it may see.
struct MeAPIController {
    struct Me: Content {
        var username: String
        var displayName: String
        var role: String
        var scope: String

        enum CodingKeys: String, CodingKey {
            case username, displayName = "display_name", role, scope
        }
    }

    func register(_ api: any RoutesBuilder) {
        api.get(SiteURL.API.me.components) { request -> Me in
            let principal = try request.requirePrincipal()
            let scope: String = switch principal.scope {
            case .county: "county"
            case .town(let code): "town:\(code)"
            case .enterprise(let code): "enterprise:\(code)"
            case .nothing: "nothing"
            }
            return Me(username: principal.username, displayName: principal.displayName, role: principal.role.rawValue, scope: scope)
        }
    }
}

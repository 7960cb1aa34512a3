import Fluent
import Vapor

/// The session cookie's name.
let sessionCookieName = "bq_session"

/// Signs in the browser whose session cookie names a live session.
struct SessionAuthenticator: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if let token = request.cookies[sessionCookieName]?.string,
           let session = try await AccountStore(db: request.db).session(tokenHash: Secrets.sha256Hex(token)) {
            if session.expiresAt > request.application.clock.now, session.user.isActive {
                request.auth.login(try await Principal.load(session.user, channel: .session,
                                                            csrfToken: session.csrfToken, on: request.db))
            } else {
                request.storage[SessionExpiredKey.self] = true
            }
        }
        return try await next.respond(to: request)
    }
}

/// Marks a request whose cookie named an expired session, so the login page can say so.
struct SessionExpiredKey: StorageKey {
    typealias Value = Bool
}

/// Signs in an API client presenting `Authorization: Bearer <token>`.
struct BearerAuthenticator: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if let bearer = request.headers.bearerAuthorization {
            guard let user = try await TokenService.authenticate(bearer.token, on: request.db) else {
                throw Abort(.unauthorized, reason: "invalid_token")
            }
            request.auth.login(try await Principal.load(user, channel: .token, csrfToken: nil, on: request.db))
        }
        return try await next.respond(to: request)
    }
}

import Fluent
import Vapor

/// The session cookie's name.
let sessionCookieName = "bq_session"

/// Signs in the browser whose session cookie names a live session. A session idle too long or
/// past its lifetime (`SessionTimeouts`) is deleted; a cookie naming no live session, whatever
/// ended it, gets the login page's "session expired" notice.
struct SessionAuthenticator: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if let token = request.cookies[sessionCookieName]?.string, !token.isEmpty {
            let store = AccountStore(db: request.db)
            let now = request.application.clock.now
            let timeouts = request.application.configuration.sessionTimeouts
            let session = try await store.session(tokenHash: Secrets.sha256Hex(token))
            if let session, session.user.isActive, !session.isOver(timeouts, now: now) {
                if session.needsTouch(now: now) { try await touch(session, now: now, request) }
                request.auth.login(try await Principal.load(session.user, channel: .session, csrfToken: session.csrfToken,
                                                            viewingCounty: session.viewingCounty, on: request.db))
            } else {
                if let session, session.isOver(timeouts, now: now) { try await end(session, request) }
                request.storage[SessionExpiredKey.self] = true
            }
        }
        return try await next.respond(to: request)
    }

    private func touch(_ session: UserSession, now: Date, _ request: Request) async throws {
        try await AccountStore.touchSession(try session.requireID(), at: now, writer: request.writer)
    }

    private func end(_ session: UserSession, _ request: Request) async throws {
        try await AccountStore.deleteSession(tokenHash: session.tokenHash, writer: request.writer)
    }
}

/// Marks a request whose cookie named no live session, so the login page can say so.
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

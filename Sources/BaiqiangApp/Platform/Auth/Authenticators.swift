import Fluent
import Vapor

/// The session cookie's name.
let sessionCookieName = "bq_session"

/// Signs in the browser whose session cookie names a live session. A session idle too long or
/// past its lifetime (`SessionTimeouts`) is deleted; a cookie naming no live session, whatever
/// ended it, gets the login page's "session expired" notice. The principal is kept while the
/// data stays as it was (`SessionPrincipalCache`).
struct SessionAuthenticator: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if let token = request.cookies[sessionCookieName]?.string, !token.isEmpty {
            let now = request.application.clock.now
            let timeouts = request.application.configuration.sessionTimeouts
            let tokenHash = Secrets.sha256Hex(token)
            // Read before the session: a write landing meanwhile leaves what is kept stale.
            let generation = try await request.dataGeneration()
            let cache = request.application.sessionPrincipals
            if let principal = await cache.value(tokenHash, at: generation)?.principal(timeouts, now: now) {
                request.auth.login(principal)
                return try await next.respond(to: request)
            }
            let session = try await AccountStore(db: request.db).session(tokenHash: tokenHash)
            if let session, session.user.isActive, !session.isOver(timeouts, now: now) {
                var times = session.times
                if session.needsTouch(now: now) {
                    try await touch(session, now: now, request)
                    times.lastSeen = now
                }
                let principal = try await Principal.load(session.user, channel: .session, csrfToken: session.csrfToken,
                                                         viewingCounty: session.viewingCounty, on: request.db)
                await cache.store(KeptSession(times: times, principal: principal), for: tokenHash, at: generation)
                request.auth.login(principal)
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

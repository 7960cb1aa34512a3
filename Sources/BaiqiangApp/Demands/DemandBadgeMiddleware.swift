import BaiqiangCore
import Vapor

/// Counts, for a page a signed-in browser asks for, the demands waiting for the account, so the
/// navigation's 诉求 entry can show them. API calls, posts and files skip the query.
struct DemandBadgeMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if request.method == .GET, let principal = request.principal, principal.channel == .session,
           !request.url.path.hasPrefix("/api/"), !request.url.path.hasPrefix("/static/") {
            let store = DemandStore(db: request.db, environment: request.appEnvironment, county: principal.countyCode)
            request.storage[WaitingDemandsKey.self] = try await store.waitingCount(for: principal)
        }
        return try await next.respond(to: request)
    }
}

/// How many demands wait for the signed-in account (`DemandWaiting`).
struct WaitingDemandsKey: StorageKey {
    typealias Value = Int
}

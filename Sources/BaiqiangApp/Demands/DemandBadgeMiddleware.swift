import BaiqiangCore
import Vapor

/// Counts, for a page a signed-in browser asks for, the demands waiting for the account, so the
/// navigation's 诉求 entry can show them. API calls, posts and files skip the query; the count
/// is kept per account and county while the data generation stands (`GenerationCache`), since
/// only an audited write changes which demands wait.
struct DemandBadgeMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if request.method == .GET, let principal = request.principal, principal.channel == .session,
           !request.url.path.hasPrefix("/api/"), !request.url.path.hasPrefix("/static/") {
            let key = WaitingDemandsCacheKey(account: principal.userID, county: principal.countyCode)
            request.storage[WaitingDemandsKey.self] = try await request.application.waitingDemands.value(
                key, at: try await request.dataGeneration()) {
                try await DemandStore(db: request.db, environment: request.appEnvironment, county: principal.countyCode)
                    .waitingCount(for: principal)
            }
        }
        return try await next.respond(to: request)
    }
}

/// How many demands wait for the signed-in account (`DemandWaiting`).
struct WaitingDemandsKey: StorageKey {
    typealias Value = Int
}

struct WaitingDemandsCacheKey: Hashable, Sendable {
    var account: UUID
    var county: String
}

extension Application {
    private struct WaitingDemandsStorageKey: StorageKey {
        typealias Value = GenerationCache<WaitingDemandsCacheKey, Int>
    }

    var waitingDemands: GenerationCache<WaitingDemandsCacheKey, Int> {
        guard let cache = storage[WaitingDemandsStorageKey.self] else { fatalError("configure(_:_:) was not called") }
        return cache
    }

    func installWaitingDemands() {
        storage[WaitingDemandsStorageKey.self] = GenerationCache(capacity: 10_000)
    }
}

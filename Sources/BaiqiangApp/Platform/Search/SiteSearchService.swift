import BaiqiangCore
import Vapor

/// Runs a query through every capability's search, in navigation order, keeping the kinds that
/// found something.
enum SiteSearchService {
    struct Found: Sendable {
        var kind: String
        var titleKey: String
        var group: SiteSearchGroup
    }

    struct QueryError: BilingualError {
        var message: BilingualText { SiteSearch.tooLong }
    }

    /// The hits for `raw` (nothing for an empty query); a query over the limit is refused.
    static func search(_ raw: String?, on request: Request,
                       providers: [any SiteSearchProvider] = Capabilities.searchProviders) async throws -> (text: String?, found: [Found]) {
        _ = try request.requirePrincipal()
        switch SiteSearch.query(raw) {
        case .empty:
            return (nil, [])
        case .tooLong:
            throw QueryError()
        case .text(let text):
            var found: [Found] = []
            for provider in providers {
                guard let group = try await provider.search(text, limit: SiteSearch.hitsPerKind, on: request), !group.hits.isEmpty else { continue }
                found.append(Found(kind: provider.kind, titleKey: provider.titleKey, group: group))
            }
            return (text, found)
        }
    }
}

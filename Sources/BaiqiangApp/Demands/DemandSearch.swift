import BaiqiangCore
import Fluent
import Vapor

/// Demands by tracking number or words of their text, through the demand store's own reach
/// (a firm its own, a town its town's, a department those assigned to it).
struct DemandSearch: SiteSearchProvider {
    var kind: String { "demands" }
    var titleKey: String { "search.kind.demands" }
    /// How much of a demand's text names it in a list of hits.
    static let excerptLength = 40

    func search(_ text: String, limit: Int, on request: Request) async throws -> SiteSearchGroup? {
        let principal = try request.requirePrincipal()
        let store = DemandStore(db: request.db, environment: request.appEnvironment, county: request.countyCode)
        let query = store.query(for: principal, actor: try await store.actor(for: principal))
        var filter = DemandStore.Filter()
        filter.keyword = text
        store.apply(filter, to: query, now: store.now)
        let found = try await query.sort(\.$trackingNumber, .descending).limit(limit + 1).all()
        let language = request.language
        return SiteSearchGroup(found, limit: limit, listURL: .searchList(SiteURL.demands.path, text)) { demand in
            let category = store.categories.category(demand.categoryCode).map { $0.name.text(for: language) }
            let excerpt = Self.excerpt(demand.text)
            return SiteSearchHit(title: [category, excerpt].compactMap { $0 }.joined(separator: " · "), code: demand.trackingNumber,
                                 url: SiteURL.demand(number: demand.trackingNumber).path, isDemo: false)
        }
    }

    /// The text's first line, shortened to `excerptLength` characters.
    static func excerpt(_ text: String) -> String {
        let line = text.split(whereSeparator: \.isNewline).first.map(String.init) ?? text
        return line.count > excerptLength ? String(line.prefix(excerptLength)) + "…" : line
    }
}

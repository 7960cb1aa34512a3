import BaiqiangCore
import Fluent
import Vapor

/// Firms by part of their name or their credit code, through the registry's own scoped query.
struct EnterpriseSearch: SiteSearchProvider {
    var kind: String { "enterprises" }
    var titleKey: String { "search.kind.enterprises" }

    func search(_ text: String, limit: Int, on request: Request) async throws -> SiteSearchGroup? {
        let store = EnterpriseStore(db: request.db, principal: try request.requirePrincipal())
        let found = try await store.query(EnterpriseStore.Filter(text: text)).sort(\.$name).limit(limit + 1).all()
        return SiteSearchGroup(found, limit: limit, listURL: .searchList(SiteURL.enterprises.path, text)) { firm in
            SiteSearchHit(title: firm.name, code: firm.creditCode, url: SiteURL.enterprise(creditCode: firm.creditCode).path,
                          isDemo: firm.isDemo)
        }
    }
}

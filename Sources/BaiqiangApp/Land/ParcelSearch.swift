import BaiqiangCore
import Fluent
import Vapor

/// Parcels by number, through the land store's own scope (a town its town's, a firm those it
/// holds), each named with its holder.
struct ParcelSearch: SiteSearchProvider {
    var kind: String { "parcels" }
    var titleKey: String { "search.kind.parcels" }

    func search(_ text: String, limit: Int, on request: Request) async throws -> SiteSearchGroup? {
        let store = LandStore(db: request.db, principal: try request.requirePrincipal())
        // LIKE ignores case on SQLite but not on PostgreSQL; numbers are kept in capitals.
        let found = try await store.parcels().group(.or) { $0.filter(\.$number ~~ text).filter(\.$number ~~ text.uppercased()) }
            .sort(\.$number).limit(limit + 1).all()
        let holders = try await store.holderNames(found.prefix(limit).compactMap(\.holderCreditCode))
        return SiteSearchGroup(found, limit: limit, listURL: .searchList(SiteURL.land.path, text)) { parcel in
            let holder = parcel.holderCreditCode.flatMap { holders[$0] }
            return SiteSearchHit(title: [parcel.number, holder].compactMap { $0 }.joined(separator: " · "), code: nil,
                                 url: SiteURL.landParcel(number: parcel.number).path, isDemo: parcel.isDemo)
        }
    }
}

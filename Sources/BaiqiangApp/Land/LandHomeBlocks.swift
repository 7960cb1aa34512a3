import BaiqiangCore
import Fluent
import Vapor

/// The land's part of a firm's home page: the parcels it holds, read through the scoped store.
struct LandHomeBlocks: HomeBlockProvider {
    func blocks(for principal: Principal, request: Request) async throws -> [HomeBlock] {
        guard principal.role == .enterprise else { return [] }
        let parcels = try await LandStore(db: request.db, principal: principal).parcels().sort(\.$number).all()
        let items = parcels.map { parcel in
            let mu = NumberText.number(LandArea(squareMetres: parcel.area).mu)
            return HomeItem(text: .plain(parcel.number), href: SiteURL.landParcel(number: parcel.number).path,
                            detail: .key("home.land.area", ["mu": mu]), isDemo: parcel.isDemo)
        }
        return [.first(items, title: "home.land.parcels", empty: "home.land.parcels_none", more: SiteURL.land.path)]
    }
}

import BaiqiangCore
import Foundation

extension AppSession {
    /// `baiqiang import parcels FILE [--crs EPSG:N]`.
    public func importParcels(_ data: Data, fileName: String, crs: String?) async throws -> (read: Int, inserted: Int, updated: Int) {
        let outcome = try await ParcelImporter(writer: writer, db: app.db).run(data, source: fileName, crs: crs)
        return (outcome.read, outcome.inserted, outcome.updated)
    }

    /// Every parcel of the installation's county as an RFC 7946 FeatureCollection.
    public func exportParcelsGeoJSON() async throws -> String {
        let store = LandStore(db: app.db, principal: .countyWide(of: environment.reference.countyCode))
        let records = try await store.parcels(LandStore.Filter()).compactMap(\.record)
        return GeoJSONWriter.write(records.map(\.feature))
    }
}

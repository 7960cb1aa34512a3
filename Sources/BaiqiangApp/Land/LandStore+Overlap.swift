import BaiqiangCore
import Fluent

extension LandStore {
    /// The stored parcels of the batch's towns whose box meets the batch's: the only ones an
    /// accepted parcel can overlap. Read for an import, so county-wide, not by account.
    static func parcels(near batch: ParcelImportBatch, county: String, on db: any Database) async throws -> [ParcelRecord] {
        let towns = Set(batch.records.compactMap(\.townCode))
        guard let box = batch.extent, !towns.isEmpty else { return [] }
        return try await Parcel.query(on: db, county: county).filter(\.$townCode ~~ towns.sorted().map { Optional($0) })
            .filter(\.$maxLongitude >= box.minLongitude).filter(\.$minLongitude <= box.maxLongitude)
            .filter(\.$maxLatitude >= box.minLatitude).filter(\.$minLatitude <= box.maxLatitude)
            .all().compactMap(\.record)
    }
}

import BaiqiangCore
import Fluent
import SQLKit

extension LandStore {
    /// Keeps other writers of parcels out until this transaction ends, so that the parcels read
    /// for the overlap check are still all there are when the new ones are written. Within the
    /// process the write gate already runs audited transactions one at a time; PostgreSQL's
    /// table lock holds other processes too (readers are not held), and SQLite has one writer.
    static func lockParcels(on db: any Database) async throws {
        guard let sql = db as? any SQLDatabase, sql.dialect.name == "postgresql" else { return }
        try await sql.raw("LOCK TABLE \(ident: Parcel.schema) IN SHARE ROW EXCLUSIVE MODE").run()
    }

    /// The stored parcels of the batch's towns whose box meets the batch's: the only ones an
    /// accepted parcel can overlap. Read for an import, so county-wide, not by account.
    static func parcels(near batch: ParcelImportBatch, county: String, on db: any Database) async throws -> [ParcelRecord] {
        let towns = Set(batch.records.compactMap(\.townCode))
        guard let box = batch.extent, !towns.isEmpty else { return [] }
        return try await Parcel.query(on: db, county: county).filter(\.$townCode ~~ towns.sorted().map { Optional($0) })
            .filter(\.$maxLongitude >= box.minLongitude).filter(\.$minLongitude <= box.maxLongitude)
            .filter(\.$maxLatitude >= box.minLatitude).filter(\.$minLatitude <= box.maxLatitude)
            .rows().compactMap(\.record)
    }
}

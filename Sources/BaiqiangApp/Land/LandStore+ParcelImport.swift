import BaiqiangCore
import Fluent
import Foundation

extension LandStore {
    /// Checks a read parcels file against the stored parcels of its towns for overlaps and writes
    /// the parcels that pass, in one audited transaction: all of them or none unless `partial`.
    /// The overlap check reads the stored parcels inside the transaction that writes, so two
    /// imports at once are checked against each other. Returns the batch as checked, with what
    /// was written.
    static func importParcels(_ batch: ParcelImportBatch, source: String, partial: Bool, isDemo: Bool,
                              writer: Writer) async throws -> (checked: ParcelImportBatch, inserted: Int, updated: Int) {
        let county = writer.countyCode, environment = writer.environment
        return try await writer.transaction { db, audit in
            try await lockParcels(on: db)
            var checked = batch
            checked.rejectOverlaps(with: try await parcels(near: checked, county: county, on: db))
            guard partial || checked.isClean else { throw checked.rejection }
            let saved = checked.records.isEmpty ? (inserted: 0, updated: 0)
                : try await write(checked.records, county: county, isDemo: isDemo, source: source,
                                  environment: environment, on: db, audit: audit)
            return (checked, saved.inserted, saved.updated)
        }
    }
}

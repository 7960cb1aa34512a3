import BaiqiangCore
import Foundation

/// What `import parcels` reports.
public struct ParcelImportOutcome: Sendable {
    public var read: Int
    public var inserted: Int
    public var updated: Int
    public var rejected: Int
    public var issues: [ImportIssue]
    /// The rejected features or rows with their reasons (CSV with BOM), when any were rejected.
    public var rejectedFile: [UInt8]?
}

extension AppSession {
    /// `baiqiang import parcels FILE [--crs EPSG:N] [--partial] [--sheet NAME]`: GeoJSON, CSV or XLSX.
    public func importParcels(_ data: Data, fileName: String, crs: String?, partial: Bool = false,
                              sheet: String? = nil) async throws -> ParcelImportOutcome {
        let outcome = try await ParcelImporter(writer: writer, db: app.db).run(data, source: fileName, crs: crs, partial: partial, sheet: sheet)
        return ParcelImportOutcome(read: outcome.read, inserted: outcome.inserted, updated: outcome.updated,
                                   rejected: outcome.rejected, issues: outcome.issues, rejectedFile: outcome.rejectedFile)
    }

    /// Every parcel of the installation's county as an RFC 7946 FeatureCollection.
    public func exportParcelsGeoJSON() async throws -> String {
        GeoJSONWriter.write(try await countyParcels().map(\.feature))
    }

    private func countyParcels() async throws -> [ParcelRecord] {
        let store = LandStore(db: app.db, principal: .countyWide(of: environment.reference.countyCode))
        return try await store.parcels(LandStore.Filter())
    }
}

extension AppSession {
    /// `baiqiang import land-rules FILE --reason R`: the county's low-efficiency rules, saved as a
    /// new version by the same check and audited write as the rules page; returns the version.
    public func importLandRules(yaml: String, reason: String) async throws -> Int {
        try await LandStore(db: app.db, principal: try await commandPrincipal()).saveRules(yaml: yaml, reason: reason, writer: writer)
    }

    /// `baiqiang export land-rules FILE`: the rules file in force, which `import land-rules` takes back.
    public func exportLandRules() async throws -> String {
        try await LandStore(db: app.db, principal: .countyWide(of: environment.reference.countyCode)).ruleSet().yaml
    }
}

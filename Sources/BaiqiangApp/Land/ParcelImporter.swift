import BaiqiangCore
import Fluent
import Foundation

/// Reads a parcels file and writes it, all or nothing: the file is converted to
/// longitude-latitude, every feature is checked, and only a file without a single problem
/// reaches the database. Pages, the API and the command line all import through here.
struct ParcelImporter {
    let writer: Writer
    let db: any Database

    /// The largest parcels file accepted, in bytes.
    static let maxFileSize = 200 * 1024 * 1024

    struct Outcome: Sendable {
        var read: Int
        var inserted: Int
        var updated: Int
    }

    /// `crs` is what the user asked for (`EPSG:4547`); nil takes the file's declared CRS, or
    /// longitude-latitude as RFC 7946 says.
    func run(_ data: Data, source: String, crs: String?, isDemo: Bool = false) async throws -> Outcome {
        guard data.count <= Self.maxFileSize else {
            throw GeoJSONError(fileProblem: BilingualText(zh: "文件超过 \(Self.maxFileSize / 1024 / 1024) MB",
                                                          en: "The file is larger than \(Self.maxFileSize / 1024 / 1024) MB"))
        }
        let system = try crs.map { text throws(CoordinateSystemError) in try CoordinateSystem(parsing: text) }
        let collection = try ParcelGeoJSONImport.read(data, coordinateSystem: system, countyExtent: .china)
        let towns = try await OrganisationStore(db: db, county: writer.countyCode).townCodes()
        let records = try ParcelRecordReader.records(from: collection, knownTowns: towns)
        let saved = try await LandStore.save(records, isDemo: isDemo, source: source, writer: writer)
        return Outcome(read: records.count, inserted: saved.inserted, updated: saved.updated)
    }
}

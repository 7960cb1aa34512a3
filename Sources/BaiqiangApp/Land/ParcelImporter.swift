import BaiqiangCore
import Fluent
import Foundation

/// Reads a parcels file (GeoJSON, CSV or XLSX) and writes it: the file is converted to
/// longitude-latitude, every feature or row is checked (Core's `ParcelImportBatch`), including
/// against the stored parcels of its town for overlaps. By default only a file without a single
/// problem reaches the database; with `partial`, the valid parcels are written and the rest
/// returned with their reasons. Pages, the API and the command line all import through here.
struct ParcelImporter {
    let writer: Writer
    let db: any Database

    /// The largest parcels file accepted, in bytes.
    static let maxFileSize = 200 * 1024 * 1024

    struct Outcome: Sendable {
        var read: Int
        var inserted: Int
        var updated: Int
        var rejected: Int = 0
        /// Every problem of the rejected features or rows, in file order.
        var issues: [ImportIssue] = []
        /// The rejected rows with a reason column (CSV with BOM), when any were rejected.
        var rejectedFile: [UInt8]?
    }

    /// `crs` is what the user asked for (`EPSG:4547`); nil takes the file's declared CRS, or
    /// longitude-latitude as RFC 7946 says.
    func run(_ data: Data, source: String, crs: String?, partial: Bool = false, sheet: String? = nil,
             isDemo: Bool = false) async throws -> Outcome {
        guard data.count <= Self.maxFileSize else {
            throw GeoJSONError(fileProblem: BilingualText(zh: "文件超过 \(Self.maxFileSize / 1024 / 1024) MB",
                                                          en: "The file is larger than \(Self.maxFileSize / 1024 / 1024) MB"))
        }
        let system = try crs.map { text throws(CoordinateSystemError) in try CoordinateSystem(parsing: text) }
        let contents = try ParcelFileContents.read(data, sheet: sheet)
        let towns = try await OrganisationStore(db: db, county: writer.countyCode).townCodes()
        let batch = try ParcelImportBatch(contents, coordinateSystem: system, countyExtent: try countyExtent(), knownTowns: towns)
        let (checked, inserted, updated) = try await LandStore.importParcels(batch, source: source, partial: partial, isDemo: isDemo,
                                                                             writer: writer)
        return Outcome(read: checked.rowsRead, inserted: inserted, updated: updated, rejected: checked.rejectedCount,
                       issues: checked.issues, rejectedFile: checked.rejectedFile)
    }

    /// The configured extent of the county imported into, else China's.
    func countyExtent() throws -> GeoExtent {
        let profile = try writer.environment.reference.countyProfile()
        guard profile.divisionCode == writer.countyCode, let extent = profile.extent else { return .china }
        return extent
    }
}

import ArgumentParser
import BaiqiangApp
import BaiqiangCore
import Foundation

/// `baiqiang export parcels --format geojson|csv FILE`, `baiqiang export projects FILE`.
struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "导出数据 / Export data",
        discussion: """
            KIND is parcels: every industrial parcel of the county as an RFC 7946 GeoJSON
            FeatureCollection (longitude-latitude), which QGIS and GDAL read, or with --format csv
            as CSV with the geometry as WKT, `import parcels` reading either back; or projects:
            every investment project as CSV in the columns `import projects` reads (before signing
            a project is named by its codename).
            """)

    @Argument(help: "parcels | projects") var kind: String
    @Option(help: "geojson | csv (parcels); csv (projects)") var format: String?
    @Argument(help: "The file to write (- for standard output)") var file: String
    @OptionGroup var database: DatabaseOptions

    func validate() throws {
        guard kind == "parcels" || kind == "projects" else { throw ValidationError("KIND must be parcels or projects") }
        let allowed = kind == "parcels" ? ["geojson", "csv"] : ["csv"]
        guard format.map(allowed.contains) ?? true else { throw ValidationError("--format must be \(allowed.joined(separator: " or ")) for \(kind)") }
    }

    func run() async throws {
        let bytes: Data
        if kind == "projects" {
            bytes = Data(try await withSession(database) { session in try await session.exportProjectsCSV() })
        } else if format == "csv" {
            bytes = Data(try await withSession(database) { session in try await session.exportParcelsCSV() })
        } else {
            bytes = Data(try await withSession(database) { session in try await session.exportParcelsGeoJSON() }.utf8)
        }
        if file == "-" {
            FileHandle.standardOutput.write(bytes)
        } else {
            do { try bytes.write(to: URL(fileURLWithPath: file), options: .atomic) } catch { fail(error) }
        }
    }
}

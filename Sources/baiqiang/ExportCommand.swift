import ArgumentParser
import BaiqiangApp
import BaiqiangCore
import Foundation

/// `baiqiang export parcels --format geojson|csv FILE`.
struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "导出数据 / Export data",
        discussion: """
            KIND is parcels: every industrial parcel of the county as an RFC 7946 GeoJSON
            FeatureCollection (longitude-latitude), which QGIS and GDAL read, or with --format csv
            as CSV with the geometry as WKT; `import parcels` reads either back.
            """)

    @Argument(help: "parcels") var kind: String
    @Option(help: "geojson | csv") var format = "geojson"
    @Argument(help: "The file to write (- for standard output)") var file: String
    @OptionGroup var database: DatabaseOptions

    func validate() throws {
        guard kind == "parcels" else { throw ValidationError("KIND must be parcels") }
        guard format == "geojson" || format == "csv" else { throw ValidationError("--format must be geojson or csv") }
    }

    func run() async throws {
        let csv = format == "csv"
        let bytes = try await withSession(database) { session in
            csv ? Data(try await session.exportParcelsCSV()) : Data(try await session.exportParcelsGeoJSON().utf8)
        }
        if file == "-" {
            FileHandle.standardOutput.write(bytes)
        } else {
            do { try bytes.write(to: URL(fileURLWithPath: file), options: .atomic) } catch { fail(error) }
        }
    }
}

import ArgumentParser
import BaiqiangApp
import BaiqiangCore
import Foundation

/// `baiqiang export parcels --format geojson FILE`.
struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "导出数据 / Export data",
        discussion: """
            KIND is parcels: every industrial parcel of the county as an RFC 7946 GeoJSON
            FeatureCollection (longitude-latitude), which QGIS and GDAL read and `import parcels` reads back.
            """)

    @Argument(help: "parcels") var kind: String
    @Option(help: "geojson") var format = "geojson"
    @Argument(help: "The file to write (- for standard output)") var file: String
    @OptionGroup var database: DatabaseOptions

    func validate() throws {
        guard kind == "parcels" else { throw ValidationError("KIND must be parcels") }
        guard format == "geojson" else { throw ValidationError("--format must be geojson") }
    }

    func run() async throws {
        let text = try await withSession(database) { session in try await session.exportParcelsGeoJSON() }
        if file == "-" {
            print(text, terminator: "")
        } else {
            do { try Data(text.utf8).write(to: URL(fileURLWithPath: file), options: .atomic) } catch { fail(error) }
        }
    }
}

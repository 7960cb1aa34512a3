import ArgumentParser
import BaiqiangApp
import BaiqiangCore
import Foundation

/// `baiqiang export parcels --format geojson|csv FILE`, `baiqiang export projects FILE`,
/// `baiqiang export chain CODE FILE [--county C]`.
struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "导出数据 / Export data",
        discussion: """
            KIND is parcels: every industrial parcel of the county as an RFC 7946 GeoJSON
            FeatureCollection (longitude-latitude), which QGIS and GDAL read, or with --format csv
            as CSV with the geometry as WKT, `import parcels` reading either back; or projects:
            every investment project as CSV in the columns `import projects` reads (before signing
            a project is named by its codename); or chain CODE FILE: the industrial chain's YAML
            file as last saved, which `import chain` reads back as the same chain (--county names
            the county by its division code, default the installation's); or reference-figures: the
            figures in force of the reference counties on a county's list (--county, default the
            installation's) as CSV, which `import reference-figures` reads back.
            """)

    @Argument(help: "parcels | projects | chain | reference-figures") var kind: String
    @Option(help: "geojson | csv (parcels); csv (projects)") var format: String?
    @Argument(help: "The file to write (- for standard output); for chain, the chain's code and then the file") var file: String
    @Argument(help: "chain: the file to write (- for standard output)") var chainFile: String?
    @Option(help: "chain, reference-figures: the county's division code (default: the installation's county)") var county: String?
    @OptionGroup var database: DatabaseOptions

    func validate() throws {
        guard ["parcels", "projects", "chain", "reference-figures"].contains(kind) else {
            throw ValidationError("KIND must be parcels, projects, chain or reference-figures")
        }
        if kind == "reference-figures" {
            guard chainFile == nil, format.map({ $0 == "csv" }) ?? true else { throw ValidationError("export reference-figures FILE [--county C] writes CSV") }
            return
        }
        if kind == "chain" {
            guard chainFile != nil else { throw ValidationError("export chain needs the chain's code and the file: export chain CODE FILE") }
            guard format == nil else { throw ValidationError("--format does not apply to chain") }
            return
        }
        guard chainFile == nil, county == nil else { throw ValidationError("only export chain takes CODE FILE and --county") }
        let allowed = kind == "parcels" ? ["geojson", "csv"] : ["csv"]
        guard format.map(allowed.contains) ?? true else { throw ValidationError("--format must be \(allowed.joined(separator: " or ")) for \(kind)") }
    }

    func run() async throws {
        let bytes: Data
        var file = self.file
        if kind == "chain", let chainFile {
            let code = self.file, county = self.county
            bytes = Data(try await withSession(database) { session in try await session.exportChain(code: code, county: county) }.utf8)
            file = chainFile
        } else if kind == "reference-figures" {
            let county = self.county
            bytes = Data(try await withSession(database) { session in try await session.exportReferenceFigures(county: county) })
        } else if kind == "projects" {
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

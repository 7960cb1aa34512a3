import ArgumentParser
import BaiqiangApp
import BaiqiangCore
import Foundation

/// `baiqiang export KIND [--format F] [--lang zh|en] FILE`, `baiqiang export chain CODE FILE [--county C]`.
struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "导出数据 / Export data",
        discussion: """
            KIND is enterprises (the registry's firms), figures (their yearly figures), projects
            (every investment project; before signing a project is named by its codename),
            regional-figures (the prefecture's recorded county figures with their citations) or
            parcels: each as CSV (default) or XLSX in exactly the columns the matching import
            reads, headed in Chinese (default) or with --lang en in English, so that the file
            imports back as the same records. Parcels default to an RFC 7946 GeoJSON
            FeatureCollection (longitude-latitude), which QGIS and GDAL read; --format csv or
            xlsx writes them as a table with the geometry as WKT. chain CODE FILE: the industrial
            chain's YAML file as last saved, which `import chain` reads back as the same chain
            (--county names the county by its division code, default the installation's).
            land-rules: the county's low-efficiency rules in force (YAML), which `import land-rules` reads back.
            reference-figures: the figures in force of the reference counties on a county's list
            (--county, default the installation's) as CSV, which `import reference-figures` reads back.
            evaluation-input --year N: the registry's figures of year N exactly as an evaluation run
            over the registry reads them, in the columns `baiqiang evaluate --input` reads.
            supervision-summary --year N [FILE]: the special supervisors' reports of year N counted
            by type, unit concerned and outcome, as JSON (counts only: no report, no reporter).
            visits [--year N] FILE: leaders' visits to linked firms (of year N, else all) in the columns
            `import visits` reads, names beside codes, generated visits marked 演示数据.
            """)

    @Argument(help: "enterprises | figures | projects | regional-figures | parcels | chain | reference-figures | evaluation-input | supervision-summary | land-rules | visits") var kind: String
    @Option(help: "csv | xlsx (parcels also geojson, their default)") var format: String?
    @Option(help: "zh | en: the language of the header row and of names (default zh)") var lang: String?
    @Argument(help: "The file to write (- for standard output, the default); for chain, the chain's code and then the file") var file: String = "-"
    @Argument(help: "chain: the file to write (- for standard output)") var chainFile: String?
    @Option(help: "chain, reference-figures, supervision-summary: the county's division code (default: the installation's county)") var county: String?
    @Option(help: "evaluation-input: the evaluated year, e.g. 2024; supervision-summary: the year counted; visits: only that year's") var year: Int?
    @OptionGroup var database: DatabaseOptions

    static let kinds = ["chain", "reference-figures", "evaluation-input", "supervision-summary", "land-rules", "visits"] + TableExportKind.allCases.map(\.rawValue)

    var language: Language { lang == "en" ? .en : .zhHans }

    func validate() throws {
        guard Self.kinds.contains(kind) else { throw ValidationError("KIND must be one of \(Self.kinds.joined(separator: ", "))") }
        guard lang.map(["zh", "zh-Hans", "en"].contains) ?? true else { throw ValidationError("--lang must be zh or en") }
        let takesYear = ["evaluation-input", "supervision-summary", "visits"].contains(kind)
        guard takesYear || year == nil else { throw ValidationError("only export evaluation-input, supervision-summary and visits take --year") }
        if kind == "visits" {
            guard year.map({ (2000...2100).contains($0) }) ?? true else { throw ValidationError("--year must be from 2000 to 2100") }
            guard chainFile == nil, county == nil, format.map(["csv", "xlsx"].contains) ?? true else {
                throw ValidationError("export visits [--year N] [--format csv|xlsx] FILE")
            }
            return
        }
        if kind == "evaluation-input" {
            guard year != nil else { throw ValidationError("export evaluation-input needs --year N") }
            guard chainFile == nil, county == nil, lang == nil, format.map({ $0 == "csv" }) ?? true else {
                throw ValidationError("export evaluation-input --year N FILE writes CSV")
            }
            return
        }
        if kind == "chain" {
            guard chainFile != nil else { throw ValidationError("export chain needs the chain's code and the file: export chain CODE FILE") }
            guard format == nil, lang == nil else { throw ValidationError("--format and --lang do not apply to chain") }
            return
        }
        if kind == "supervision-summary" {
            guard let year, (2000...2100).contains(year) else { throw ValidationError("export supervision-summary needs --year N (2000-2100)") }
            guard chainFile == nil, lang == nil, format.map({ $0 == "json" }) ?? true else { throw ValidationError("export supervision-summary --year N [FILE] writes JSON") }
            return
        }
        if kind == "land-rules" {
            guard chainFile == nil, county == nil, lang == nil, format.map({ $0 == "yaml" }) ?? true else {
                throw ValidationError("export land-rules FILE writes the rules in force as YAML")
            }
            return
        }
        if kind == "reference-figures" {
            guard chainFile == nil, lang == nil, format.map({ $0 == "csv" }) ?? true else { throw ValidationError("export reference-figures FILE [--county C] writes CSV") }
            return
        }
        guard chainFile == nil, county == nil else { throw ValidationError("only export chain, reference-figures and supervision-summary take --county") }
        let allowed = kind == "parcels" ? ["geojson", "csv", "xlsx"] : ["csv", "xlsx"]
        guard format.map(allowed.contains) ?? true else { throw ValidationError("--format must be \(allowed.joined(separator: ", ")) for \(kind)") }
    }

    func run() async throws {
        let bytes: Data
        var file = self.file
        if kind == "chain", let chainFile {
            let code = self.file, county = self.county
            bytes = Data(try await withSession(database) { session in try await session.exportChain(code: code, county: county) }.utf8)
            file = chainFile
        } else if kind == "supervision-summary", let year {
            let county = self.county
            bytes = Data(try await withSession(database) { session in try await session.exportSupervisionSummary(year: year, county: county) }.utf8)
        } else if kind == "land-rules" {
            bytes = Data(try await withSession(database) { session in try await session.exportLandRules() }.utf8)
        } else if kind == "visits" {
            let year = self.year, xlsx = format == "xlsx", language = self.language
            bytes = Data(try await withSession(database) { session in try await session.exportVisits(year: year, xlsx: xlsx, language: language) })
        } else if kind == "reference-figures" {
            let county = self.county
            bytes = Data(try await withSession(database) { session in try await session.exportReferenceFigures(county: county) })
        } else if kind == "evaluation-input", let year {
            bytes = Data(try await withSession(database) { session in try await session.exportEvaluationInput(year: year) })
        } else if kind == "parcels" && (format ?? "geojson") == "geojson" {
            bytes = Data(try await withSession(database) { session in try await session.exportParcelsGeoJSON() }.utf8)
        } else if let table = TableExportKind(rawValue: kind) {
            let xlsx = format == "xlsx", language = self.language
            bytes = Data(try await withSession(database) { session in try await session.exportTable(table, xlsx: xlsx, language: language) })
        } else {
            throw ValidationError("KIND must be one of \(Self.kinds.joined(separator: ", "))")
        }
        if file == "-" {
            FileHandle.standardOutput.write(bytes)
        } else {
            do { try bytes.write(to: URL(fileURLWithPath: file), options: .atomic) } catch { fail(error) }
        }
    }
}

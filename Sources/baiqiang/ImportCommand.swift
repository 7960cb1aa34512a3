import ArgumentParser
import BaiqiangApp
import BaiqiangCore
import Foundation

struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "导入企业名录数据（先校验全部行）/ Import into the registry, validating every row first",
        discussion: """
            KIND is enterprises (identities), figures (yearly figures), monthly (monthly figures) or
            parcels (industrial land: a GeoJSON FeatureCollection, or CSV/XLSX with one geometry
            column as WKT POLYGON/MULTIPOLYGON or a GeoJSON geometry object; --crs EPSG:4547 converts
            CGCS2000 Gauss-Kruger coordinates, else the file's declared CRS or longitude-latitude),
            disposals (low-efficiency land disposals, CSV or XLSX: parcel number, action in Chinese
            or its code, area in mu, dates, status, unit), projects (investment projects: name,
            codename, year, investment_yi, stage, stage_date …), regional-figures (the
            prefecture's county-level units' published figures, one a row with its source) or chain
            (an industrial chain's YAML file, as `export chain` writes it: a new chain, or the chain
            of its code replaced; --county names the county by its division code, default the
            installation's; a refusal names the line and column) or reference-figures (published
            figures of the reference counties on a county's list, --county as for chain, one a row
            with its source, as `export reference-figures` writes them), grids (网格清单: 网格编码,
            网格名称, 镇街编码, 村（社区）; added or replaced by code) or grid-workers (网格员名单: 账号,
            网格编码, 队伍 专职/兼职/辅助; each account must have the grid_worker role), land-rules (the
            county's low-efficiency rules, a YAML file as `export land-rules` writes it, saved whole as
            a new version with --reason; a refusal names the line and column) or visits (leaders'
            visits, in the columns `export visits` writes: 统一社会信用代码, 领导账号, 走访日期 …; a visit
            already recorded for the same firm, leader and day is refused, so a file imports once).
            FILEs are CSV (UTF-8, UTF-8 with BOM, GB18030) or XLSX, with Chinese or English headers.
            By default nothing is written unless every row is valid. With --partial the valid rows
            are applied and the rejected ones written to FILE.rejected.csv with a reason column
            (for GeoJSON, the feature index and its reasons). Exits non-zero when any row was rejected.
            `import parcels|disposals|regional-figures|visits --template FILE` writes a CSV template (header and one example row, marked
            示例： so that importing the template untouched imports nothing) to FILE.
            """)

    @Argument(help: "enterprises | figures | monthly | parcels | disposals | projects | regional-figures | chain | reference-figures | grids | grid-workers | land-rules | visits") var kind: String
    @Argument(help: "The CSV, XLSX or GeoJSON file (with --template: where to write it, - for standard output)") var file: String
    @Flag(help: "Apply the valid rows and write the rejected ones to FILE.rejected.csv") var partial = false
    @Option(help: "The XLSX sheet to read (default: the first)") var sheet: String?
    @Option(help: "parcels: the coordinate system of the file, e.g. EPSG:4547 (default: the file's, else EPSG:4326)") var crs: String?
    @Flag(help: "parcels, disposals, regional-figures, visits: write a CSV template to FILE (- for standard output) instead of importing") var template = false
    @Option(help: "chain, reference-figures: the county's division code (default: the installation's county)") var county: String?
    @Option(help: "land-rules: why the rules change (kept with the version and in the audit log)") var reason: String?
    @OptionGroup var database: DatabaseOptions

    func validate() throws {
        guard RegistryImporter.Kind(rawValue: kind) != nil || ["parcels", "disposals", "projects", "regional-figures", "chain", "reference-figures", "grids", "grid-workers", "land-rules", "visits"].contains(kind) else {
            throw ValidationError("KIND must be enterprises, figures, monthly, parcels, disposals, projects, regional-figures, chain, reference-figures, grids, grid-workers, land-rules or visits")
        }
        if kind == "land-rules" {
            guard reason?.isEmpty == false else { throw ValidationError("import land-rules needs --reason: why the rules change") }
            guard !partial, sheet == nil, crs == nil, county == nil, !template else {
                throw ValidationError("import land-rules FILE --reason R takes no other option: the file is saved whole or not at all")
            }
        } else if reason != nil {
            throw ValidationError("--reason applies to land-rules")
        }
        if county != nil, !["chain", "reference-figures"].contains(kind) { throw ValidationError("--county applies to chain and reference-figures") }
        if kind == "chain", partial || sheet != nil { throw ValidationError("--partial and --sheet do not apply to chain: a chain file is saved whole or not at all") }
        if template, !["parcels", "disposals", "regional-figures", "visits"].contains(kind) {
            throw ValidationError("--template applies to parcels, disposals, regional-figures and visits")
        }
    }

    func run() async throws {
        if template {
            // The page's template, example row marked (示例：) so that an untouched one imports nothing.
            let bytes = Data(AppSession.importTemplate(kind, language: .zhHans) ?? [])
            if file == "-" {
                FileHandle.standardOutput.write(bytes)
            } else {
                do { try bytes.write(to: URL(fileURLWithPath: file), options: .atomic) } catch { fail(error) }
            }
            return
        }
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: file), options: .alwaysMapped) } catch { fail(error) }
        if kind == "chain" {
            try await importChain(data)
            return
        }
        if kind == "land-rules" {
            guard data.count <= LowEfficiencyRules.maximumFileBytes, let yaml = String(data: data, encoding: .utf8) else {
                fail(LowEfficiencyRuleError.tooLarge(maximumBytes: LowEfficiencyRules.maximumFileBytes))
            }
            let reason = self.reason ?? ""
            let version = try await withSession(database) { session in try await session.importLandRules(yaml: yaml, reason: reason) }
            print("低效用地认定规则已保存为第 \(version) 版 / Low-efficiency rules saved as version \(version)")
            return
        }
        if kind == "disposals" {
            try await importDisposals(data, file: file)
            return
        }
        if kind == "visits" {
            if partial { throw ValidationError("--partial does not apply to visits: the file is applied whole or not at all") }
            let sheet = self.sheet
            let written = try await withSession(database) { session in try await session.importVisits(data, sheet: sheet) }
            print("写入 \(written) 条走访记录 / \(written) visits written")
            return
        }
        if kind == "grids" || kind == "grid-workers" {
            if partial { throw ValidationError("--partial does not apply to \(kind): the file is applied whole or not at all") }
            let sheet = self.sheet, kind = self.kind
            let written = try await withSession(database) { session in
                kind == "grids" ? try await session.importGrids(data, sheet: sheet) : try await session.importGridWorkers(data, sheet: sheet)
            }
            print("写入 \(written) 行 / \(written) rows written")
            return
        }
        if kind == "regional-figures" || kind == "reference-figures" {
            let partial = self.partial, sheet = self.sheet, county = self.county, kind = self.kind
            let outcome = try await withSession(database) { session in
                kind == "regional-figures" ? try await session.importRegionalFigures(data, partial: partial, sheet: sheet)
                    : try await session.importReferenceFigures(data, county: county, partial: partial, sheet: sheet)
            }
            print("读取 \(outcome.read) 行，录入 \(outcome.recorded)，未变 \(outcome.unchanged) / read \(outcome.read), recorded \(outcome.recorded), unchanged \(outcome.unchanged)")
            for issue in outcome.issues.prefix(20) { printError("  \(issue)") }
            if !outcome.issues.isEmpty { throw ExitCode(3) }
            return
        }
        if kind == "parcels" {
            try await importParcels(data)
            return
        }
        if kind == "projects" {
            let partial = self.partial, sheet = self.sheet
            let outcome = try await withSession(database) { session in try await session.importProjects(data, partial: partial, sheet: sheet) }
            print("读取 \(outcome.read) 行，新增 \(outcome.inserted)，未变 \(outcome.unchanged)，改挂钩领导 \(outcome.relinked)，拒绝 \(outcome.rejected) / read \(outcome.read), inserted \(outcome.inserted), unchanged \(outcome.unchanged), leader relinked \(outcome.relinked), rejected \(outcome.rejected)")
            if let rejected = outcome.rejectedFile {
                let path = file + ".rejected.csv"
                do { try Data(rejected).write(to: URL(fileURLWithPath: path)) } catch { fail(error) }
                printError("被拒绝的行已写入 / Rejected rows written to \(path)")
                for issue in outcome.issues.prefix(20) { printError("  \(issue)") }
                throw ExitCode(3)
            }
            return
        }
        let kind = RegistryImporter.Kind(rawValue: kind)!
        let outcome = try await withSession(database) { session in
            try await session.importRegistry(kind, data: data, fileName: (file as NSString).lastPathComponent, partial: partial, sheet: sheet)
        }
        try finish(outcome.report, rejectedFile: outcome.rejectedFile, file: file)
    }

    func importDisposals(_ data: Data, file: String) async throws {
        let name = (file as NSString).lastPathComponent, partial = self.partial
        let outcome = try await withSession(database) { session in try await session.importDisposals(data, fileName: name, partial: partial) }
        try finish(outcome.report, rejectedFile: outcome.rejectedFile, file: file)
    }

    /// Prints the counts; writes the rejected rows beside the file, lists them and exits 3.
    func finish(_ report: ImportReport, rejectedFile: [UInt8]?, file: String) throws {
        print("读取 \(report.rowsRead) 行，新增 \(report.inserted)，更新 \(report.updated)，拒绝 \(report.rejected) / read \(report.rowsRead), inserted \(report.inserted), updated \(report.updated), rejected \(report.rejected)")
        if let rejected = rejectedFile {
            let path = file + ".rejected.csv"
            do { try Data(rejected).write(to: URL(fileURLWithPath: path)) } catch { fail(error) }
            printError("被拒绝的行已写入 / Rejected rows written to \(path)")
            for issue in report.issues.prefix(20) { printError("  \(issue.description)") }
            throw ExitCode(3)
        }
    }

    /// Saves the chain file whole or not at all; a refusal names the line and column.
    private func importChain(_ data: Data) async throws {
        let name = (file as NSString).lastPathComponent, county = self.county
        guard let text = String(data: data, encoding: .utf8) else {
            fail(ChainError(.malformed("not UTF-8 text"), file: name))
        }
        let imported = try await withSession(database) { session in try await session.importChain(yaml: text, fileName: name, county: county) }
        let action = imported.created ? ("新增", "created") : ("替换", "replaced")
        print("产业链 \(imported.code)（\(imported.name.zh)）已\(action.0)，\(imported.nodes) 个节点 / chain \(imported.code) (\(imported.name.en)) \(action.1), \(imported.nodes) nodes")
    }

    /// Reported as the registry's imports are, with the same exit codes.
    private func importParcels(_ data: Data) async throws {
        let name = (file as NSString).lastPathComponent, crs = self.crs, partial = self.partial, sheet = self.sheet
        let outcome = try await withSession(database) { session in
            try await session.importParcels(data, fileName: name, crs: crs, partial: partial, sheet: sheet)
        }
        print("读取 \(outcome.read) 宗，新增 \(outcome.inserted)，更新 \(outcome.updated)，拒绝 \(outcome.rejected) / read \(outcome.read) parcels, inserted \(outcome.inserted), updated \(outcome.updated), rejected \(outcome.rejected)")
        if let rejected = outcome.rejectedFile {
            let path = file + ".rejected.csv"
            do { try Data(rejected).write(to: URL(fileURLWithPath: path)) } catch { fail(error) }
            printError("被拒绝的宗地已写入 / Rejected parcels written to \(path)")
            for issue in outcome.issues.prefix(20) { printError("  \(issue.description)") }
            throw ExitCode(3)
        }
    }
}

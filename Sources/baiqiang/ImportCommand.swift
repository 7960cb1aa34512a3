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
            parcels (industrial land, a GeoJSON FeatureCollection; --crs EPSG:4547 converts
            CGCS2000 Gauss-Kruger coordinates, else the file's declared CRS or longitude-latitude)
            or projects (investment projects: name, codename, year, investment_yi, stage, stage_date …).
            Registry FILEs are CSV (UTF-8, UTF-8 with BOM, GB18030) or XLSX, with Chinese or English headers.
            By default nothing is written unless every row is valid. With --partial the valid rows
            are applied and the rejected ones written to FILE.rejected.csv with a reason column.
            Exits non-zero when any row was rejected.
            """)

    @Argument(help: "enterprises | figures | monthly | parcels | projects") var kind: String
    @Argument(help: "The CSV or XLSX file") var file: String
    @Flag(help: "Apply the valid rows and write the rejected ones to FILE.rejected.csv") var partial = false
    @Option(help: "The XLSX sheet to read (default: the first)") var sheet: String?
    @Option(help: "parcels: the coordinate system of the file, e.g. EPSG:4547 (default: the file's, else EPSG:4326)") var crs: String?
    @OptionGroup var database: DatabaseOptions

    func validate() throws {
        guard RegistryImporter.Kind(rawValue: kind) != nil || kind == "parcels" || kind == "projects" else {
            throw ValidationError("KIND must be enterprises, figures, monthly, parcels or projects")
        }
        if kind == "parcels", partial {
            throw ValidationError("宗地文件只能整体导入 / A parcels file is imported whole: --partial does not apply")
        }
    }

    func run() async throws {
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: file), options: .alwaysMapped) } catch { fail(error) }
        if kind == "parcels" {
            let name = (file as NSString).lastPathComponent, crs = self.crs
            let outcome = try await withSession(database) { session in try await session.importParcels(data, fileName: name, crs: crs) }
            print("读取 \(outcome.read) 宗，新增 \(outcome.inserted)，更新 \(outcome.updated) / read \(outcome.read) parcels, inserted \(outcome.inserted), updated \(outcome.updated)")
            return
        }
        if kind == "projects" {
            let partial = self.partial, sheet = self.sheet
            let outcome = try await withSession(database) { session in try await session.importProjects(data, partial: partial, sheet: sheet) }
            print("读取 \(outcome.read) 行，新增 \(outcome.inserted)，拒绝 \(outcome.rejected) / read \(outcome.read), inserted \(outcome.inserted), rejected \(outcome.rejected)")
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
        let report = outcome.report
        print("读取 \(report.rowsRead) 行，新增 \(report.inserted)，更新 \(report.updated)，拒绝 \(report.rejected) / read \(report.rowsRead), inserted \(report.inserted), updated \(report.updated), rejected \(report.rejected)")
        if let rejected = outcome.rejectedFile {
            let path = file + ".rejected.csv"
            do { try Data(rejected).write(to: URL(fileURLWithPath: path)) } catch { fail(error) }
            printError("被拒绝的行已写入 / Rejected rows written to \(path)")
            for issue in report.issues.prefix(20) { printError("  \(issue.description)") }
            throw ExitCode(3)
        }
    }
}

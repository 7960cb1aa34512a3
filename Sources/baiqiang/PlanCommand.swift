import ArgumentParser
import BaiqiangApp
import BaiqiangCore
import Foundation

struct PlanCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan", abstract: "规划导入导出 / Import and export the plan", subcommands: [Export.self, Import.self])

    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "导出规划 / Write the plan to a file (or - for stdout)")

        @Option(help: "yaml (the whole plan) or csv (KPIs and observations)") var format: String = "yaml"
        @Argument(help: "The file to write, or - for standard output") var file: String
        @OptionGroup var database: DatabaseOptions

        func validate() throws {
            guard PlanFileFormat(rawValue: format) != nil else { throw ValidationError("--format must be yaml or csv") }
        }

        func run() async throws {
            let text = try await withSession(database) { session in
                try await session.exportPlan(as: PlanFileFormat(rawValue: format)!)
            }
            if file == "-" {
                FileHandle.standardOutput.write(Data(text.utf8))
            } else {
                do { try text.write(toFile: file, atomically: true, encoding: .utf8) } catch { fail(error) }
            }
        }
    }

    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "导入规划（校验全部内容后替换当前规划）/ Replace the plan with a file's, after validating all of it")

        @Argument(help: "A .yaml plan file, or a .csv/.xlsx of KPIs and observations") var file: String
        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            guard let format = PlanFileFormat(fileName: file) else {
                throw ValidationError("The file must end in .yaml, .yml, .csv or .xlsx: \(file)")
            }
            let text: String
            do { text = try AppSession.planText(of: Data(contentsOf: URL(fileURLWithPath: file)), as: format) } catch { fail(error) }
            let changed = try await withSession(database) { session in try await session.importPlan(text, as: format) }
            print(changed ? "已导入规划 / Plan imported: \(file)" : "规划未变化 / The plan already equals \(file): nothing changed")
        }
    }
}

import ArgumentParser
import BaiqiangApp
import BaiqiangCore
import Foundation

struct CountyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "county", abstract: "县（市、区）管理 / Counties of the installation", subcommands: [Create.self, BenchRanks.self])

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "按县情文件新建县及其镇街、部门 / Add a county with its towns and departments from a county profile file")

        @Option(help: "County profile (YAML, the format of county/heshan.yaml)") var profile: String
        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            guard let data = FileManager.default.contents(atPath: profile), data.count <= 1_000_000,
                  let yaml = String(data: data, encoding: .utf8) else {
                throw ValidationError("无法读取 Cannot read \(profile) (UTF-8, at most 1 MB)")
            }
            try await withSession(database) { session in
                let county = try await session.createCounty(profileYAML: yaml)
                print("已新建 / Created \(county.name.zh) \(county.name.en) (\(county.divisionCode)): "
                      + "\(county.towns) towns, \(county.departments) departments")
            }
        }
    }
}

import ArgumentParser
import BaiqiangApp
import Foundation

/// `baiqiang open311 key create --name NAME`: issues an Open311 api_key and prints only the key.
struct Open311Command: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open311", abstract: "Open311 GeoReport v2 接口 / The Open311 GeoReport v2 interface",
        subcommands: [Key.self])

    struct Key: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Open311 api_key 管理 / Manage Open311 api_keys", subcommands: [Create.self])
    }

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "签发 api_key（只显示一次）/ Issue an api_key (shown only this once)")

        @Option(help: "Who the key is for (e.g. the 12345 hotline system)") var name: String
        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            let key = try await withSession(database) { session in try await session.createOpen311Key(name: name) }
            print(key)
        }
    }
}

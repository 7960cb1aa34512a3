import BaiqiangCore
import Foundation

/// PostgreSQL's own copying tools, `pg_dump` and `pg_restore`: a dump taken by `pg_dump` is one
/// consistent snapshot however busy the database is, which nothing the application could write
/// row by row would match. The password goes to them through the environment, never on a
/// command line other users of the machine can read.
enum PostgresTools {
    struct Failure: BilingualError {
        let message: BilingualText
    }

    /// Writes a dump of the database at `url` to `path` (PostgreSQL's custom format).
    static func dump(url: String, to path: String) throws {
        let connection = try Connection(url)
        try run("pg_dump", ["--format=custom", "--no-owner", "--file=\(path)", "--dbname=\(connection.address)"], connection)
    }

    /// Loads a dump into the (empty) database at `url`, all or nothing: one transaction that
    /// stops at the first error, so a database that already holds tables is left as it was.
    static func restore(url: String, from path: String) throws {
        let connection = try Connection(url)
        do {
            try run("pg_restore", ["--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction",
                                   "--dbname=\(connection.address)", path], connection)
        } catch let failure as Failure {
            throw Failure(message: BilingualText(zh: "恢复未进行，目标数据库保持原样（只能恢复到空数据库）。" + failure.message.zh,
                                                 en: "Nothing was restored and the target is as it was (restore only into an empty database). "
                                                     + failure.message.en))
        }
    }

    /// A connection URL split into the address the tools are given and the password kept apart.
    struct Connection {
        var address: String
        var password: String?

        init(_ url: String) throws {
            guard var components = URLComponents(string: url), components.host != nil else {
                throw Failure(message: BilingualText(zh: "无法识别的 PostgreSQL 地址", en: "Not a PostgreSQL address that can be read"))
            }
            password = components.password
            components.password = nil
            // libpq spells the scheme either way; the tools accept both.
            address = components.string ?? url
        }
    }

    private static func run(_ tool: String, _ arguments: [String], _ connection: Connection) throws {
        guard let executable = locate(tool) else {
            throw Failure(message: BilingualText(
                zh: "未找到 \(tool)：请安装与数据库服务器同一大版本的 PostgreSQL 客户端（Debian：postgresql-client-15）",
                en: "\(tool) was not found: install the PostgreSQL client of the server's major version (Debian: postgresql-client-15)"))
        }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        if let password = connection.password { environment["PGPASSWORD"] = password }
        process.environment = environment
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let detail = String(decoding: message.prefix(2_000), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            throw Failure(message: BilingualText(zh: "\(tool) 失败：\(detail)", en: "\(tool) failed: \(detail)"))
        }
    }

    /// The tool on the PATH, else the newest one Debian's PostgreSQL packages installed.
    static func locate(_ tool: String) -> URL? {
        let fileManager = FileManager.default
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent(tool)
            if fileManager.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        let versions = (try? fileManager.contentsOfDirectory(atPath: "/usr/lib/postgresql")) ?? []
        for version in versions.compactMap(Int.init).sorted(by: >) {
            let candidate = URL(fileURLWithPath: "/usr/lib/postgresql/\(version)/bin/\(tool)")
            if fileManager.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }
}

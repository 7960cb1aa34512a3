import ArgumentParser
import BaiqiangApp
import BaiqiangCore
import Foundation

/// The command line: every import, export and run a page can do, a script can do too.
/// (This target imports ArgumentParser and BaiqiangApp only, never Vapor: both define `Option`.)
@main
struct Baiqiang: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "baiqiang",
        abstract: "百强：制造业当家工作平台 / Baiqiang: the county's manufacturing-first platform",
        discussion: """
            退出码 Exit codes: 0 成功 success; 1 输入有误 invalid input (or another error); \
            2 审计链断裂 audit chain broken (audit verify); 3 有行被拒 rows rejected (import --partial); \
            4 无权 forbidden; 5 未找到 not found; 6 与当前数据冲突 conflict.
            """,
        version: BaiqiangVersion.current,
        // The server's own commands, then each capability's, in the capability list's order.
        subcommands: [Serve.self, Migrate.self, Backup.self, Restore.self, DemoCommand.self, Version.self] + CapabilityCommands.all
    )
}

/// `--database PATH|URL`, shared by every command that touches data.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: "SQLite file path or postgres:// URL (default: $BAIQIANG_DATABASE_URL, else data/baiqiang.sqlite)")
    var database: String?

    var location: DatabaseLocation { DatabaseLocation.resolve(flag: database) }

    func configuration() throws -> AppConfiguration {
        var config = AppConfiguration(database: location)
        config.auditRetentionDays = try AuditRetention.parse(ProcessInfo.processInfo.environment[AppConfiguration.auditRetentionVariable])
        return config
    }
}

/// Runs `body` against an opened application, reporting bilingual errors on stderr.
func withSession<T>(_ options: DatabaseOptions,
                    opening open: (AppConfiguration, AuditActor) async throws -> AppSession = AppSession.open,
                    _ body: (AppSession) async throws -> T) async throws -> T {
    LogfmtHandler.bootstrap(level: .warning)
    let session: AppSession
    do {
        session = try await open(try options.configuration(), .commandLine(ProcessInfo.processInfo.environment["USER"] ?? "unknown"))
    } catch {
        fail(error)
    }
    do {
        let value = try await body(session)
        await session.close()
        return value
    } catch {
        await session.close()
        fail(error)
    }
}

/// Prints an error a person can read and exits with its kind's code (`FailureKind.exitCode`).
func fail(_ error: any Error) -> Never {
    if let error = error as? any LocatedIssues, !error.locatedIssues.isEmpty {
        let count = error.locatedIssues.count + error.unlistedIssueCount
        printError("错误：输入有 \(count) 处问题，未作任何更改\nError: the input has \(count) problem(s); nothing was changed")
        for issue in error.listedIssues {
            let place = [issue.row.map { "row \($0)" }, issue.column].compactMap { $0 }.joined(separator: ", ")
            printError("  [\(place)] \(issue.reason.zh) / \(issue.reason.en)")
        }
    } else if let error = error as? any BilingualError {
        printError("错误：\(error.message.zh)\nError: \(error.message.en)")
    } else {
        printError("错误 Error: \(error)")
    }
    exit(FailureKind.of(error)?.exitCode ?? 1)
}

extension FailureKind {
    /// The command line's table from a failure's kind to its exit code (2 and 3 are taken by
    /// `audit verify` and `import --partial`).
    var exitCode: Int32 {
        switch self {
        case .invalidInput: 1
        case .forbidden: 4
        case .notFound: 5
        case .conflict: 6
        }
    }
}

func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}

/// Reads a password from standard input (one line), for scripts; never from a flag.
func readPasswordFromStdin() -> String {
    guard let line = readLine(strippingNewline: true), !line.isEmpty else {
        printError("错误：标准输入中没有密码\nError: no password on standard input")
        exit(1)
    }
    return line
}

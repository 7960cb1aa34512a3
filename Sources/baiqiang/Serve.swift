import ArgumentParser
import BaiqiangApp
import Foundation

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "启动服务 / Run the web server")

    @Option(help: "Address to listen on") var hostname = "127.0.0.1"
    @Option(help: "Port to listen on") var port = 8080
    @OptionGroup var database: DatabaseOptions
    @Flag(help: "Seed demo accounts (passwords printed once) on an empty database")
    var demo = false
    @Flag(help: "Mark cookies Secure (when served over TLS, directly or behind a proxy)")
    var secureCookies = false
    @Option(help: "A file holding the bearer token that lets clients other than this machine read /metrics (or BAIQIANG_METRICS_TOKEN)")
    var metricsTokenFile: String?
    @Option(help: "Address of a reverse proxy whose X-Forwarded-For names the client (repeatable)")
    var trustedProxy: [String] = []
    @Option(help: "Minutes without a request after which a session ends (or BAIQIANG_SESSION_IDLE_MINUTES; default 30)")
    var sessionIdleMinutes: Int?
    @Option(help: "Days without a sign-in after which an account is disabled, 0 for never (or BAIQIANG_INACTIVE_ACCOUNT_DAYS; default 90, never with --demo)")
    var inactiveAccountDays: Int?
    @Option(help: "Whether administrators and leaders must sign in with a second factor: on or off (default on, off with --demo; or BAIQIANG_REQUIRE_SECOND_FACTOR)")
    var requireSecondFactor: Switch?
    @Option(help: "Days an account the second-factor policy reaches may still sign in without one (default 7; or BAIQIANG_SECOND_FACTOR_GRACE_DAYS)")
    var secondFactorGraceDays: Int?

    enum Switch: String, ExpressibleByArgument {
        case on, off
    }

    func run() async throws {
        LogfmtHandler.bootstrap(level: .info)
        var config: AppConfiguration
        do {
            config = try database.configuration()
        } catch {
            fail(error)
        }
        config.hostname = hostname
        config.port = port
        config.demo = demo
        config.secureCookies = secureCookies || ProcessInfo.processInfo.environment["BAIQIANG_SECURE_COOKIES"] == "1"
        config.metricsToken = try metricsToken()
        let environment = ProcessInfo.processInfo.environment
        if let minutes = try setting(sessionIdleMinutes, environment["BAIQIANG_SESSION_IDLE_MINUTES"], "session-idle-minutes", min: 1) {
            config.sessionIdleTimeout = TimeInterval(minutes * 60)
        }
        if let days = try setting(inactiveAccountDays, environment["BAIQIANG_INACTIVE_ACCOUNT_DAYS"], "inactive-account-days", min: 0) {
            config.inactiveAccountDays = days == 0 ? nil : days
        } else if demo {
            // The demo's accounts are seeded once and may sit unused for months.
            config.inactiveAccountDays = nil
        }
        let proxies = (ProcessInfo.processInfo.environment["BAIQIANG_TRUSTED_PROXIES"] ?? "").split(separator: ",")
        config.trustedProxies = Set(trustedProxy + proxies.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })
        try applySecondFactorSettings(&config)
        do {
            try await Server.run(config) { banner in
                // Written straight to the file descriptor: stdout may be a pipe that buffers.
                FileHandle.standardOutput.write(Data((banner + "\n").utf8))
            }
        } catch {
            fail(error)
        }
    }

    /// A whole-number setting from its flag, else its environment variable; nil when neither.
    func setting(_ flag: Int?, _ variable: String?, _ name: String, min: Int) throws -> Int? {
        guard let value = flag ?? variable.flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }) else {
            if let variable, !variable.isEmpty {
                throw ValidationError("\(name) 须为整数 / must be a whole number: \(variable)")
            }
            return nil
        }
        guard value >= min else { throw ValidationError("\(name) 不能小于 \(min) / must be at least \(min)") }
        return value
    }

    /// The flags, else the environment; a value that is neither on/off (1/0) nor a number of
    /// days from 0 to 365 is refused rather than read as the default.
    func applySecondFactorSettings(_ config: inout AppConfiguration) throws {
        let environment = ProcessInfo.processInfo.environment
        if let requireSecondFactor {
            config.requireSecondFactor = requireSecondFactor == .on
        } else if let text = environment["BAIQIANG_REQUIRE_SECOND_FACTOR"], !text.isEmpty {
            switch text.lowercased() {
            case "1", "on", "true": config.requireSecondFactor = true
            case "0", "off", "false": config.requireSecondFactor = false
            default: throw ValidationError("BAIQIANG_REQUIRE_SECOND_FACTOR 须为 1 或 0 / BAIQIANG_REQUIRE_SECOND_FACTOR must be 1 or 0")
            }
        }
        let days = try secondFactorGraceDays ?? environment["BAIQIANG_SECOND_FACTOR_GRACE_DAYS"].flatMap { text in
            guard let value = Int(text) else {
                throw ValidationError("BAIQIANG_SECOND_FACTOR_GRACE_DAYS 须为天数 / BAIQIANG_SECOND_FACTOR_GRACE_DAYS must be a number of days")
            }
            return value
        }
        if let days {
            guard (0...365).contains(days) else {
                throw ValidationError("宽限期须为 0 到 365 天 / The grace period must be 0 to 365 days")
            }
            config.secondFactorGrace = TimeInterval(days) * 24 * 3600
        }
    }

    /// The token from the file (a flag would show it in the process list), else from the
    /// environment; too short a token is refused rather than guessed.
    func metricsToken() throws -> String? {
        let text: String?
        if let metricsTokenFile {
            text = try String(contentsOfFile: metricsTokenFile, encoding: .utf8)
        } else {
            text = ProcessInfo.processInfo.environment["BAIQIANG_METRICS_TOKEN"]
        }
        guard let token = text?.trimmingCharacters(in: .whitespacesAndNewlines), !token.isEmpty else { return nil }
        guard token.count >= 32 else {
            throw ValidationError("指标令牌至少需要 32 个字符 / The metrics token must have at least 32 characters")
        }
        return token
    }
}

struct Migrate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "迁移数据库到最新结构 / Bring the database schema up to date")

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        try await withSession(database) { _ in
            print("数据库已是最新结构 / The database schema is up to date: \(database.location)")
        }
    }
}

struct Version: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "显示版本 / Print the version")

    func run() {
        print("baiqiang \(BaiqiangVersion.current)")
    }
}

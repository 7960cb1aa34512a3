import BaiqiangCore
import Vapor

/// Runs the web server until it is stopped (Ctrl-C or SIGTERM).
public enum Server {
    public static func run(_ config: AppConfiguration, announce: @Sendable (String) -> Void) async throws {
        let app = try await Application.make(Environment(name: "production", arguments: ["baiqiang"]))
        do {
            try configure(app, config)
            let accounts = try await prepare(app)
            announce(banner(config, accounts: accounts))
            let sweep = app.startInactiveAccountSweep()
            defer { sweep.cancel() }
            try await app.execute()
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
    }

    static func banner(_ config: AppConfiguration, accounts: [DemoAccount]) -> String {
        let host = config.hostname == "0.0.0.0" ? "127.0.0.1" : config.hostname
        var lines = [
            "百强 Baiqiang \(BaiqiangVersion.current)",
            "数据库 Database: \(config.database)",
            "地址 Open: http://\(host):\(config.port)/",
        ]
        if !accounts.isEmpty {
            lines.append("演示账号（密码仅显示这一次）/ Demo accounts (passwords are shown only this once):")
            // Wide enough for the longest name: a cut name could not be signed in with.
            let width = max(11, accounts.map(\.username.count).max() ?? 0)
            for account in accounts {
                let binding = account.binding.map { " [\($0)]" } ?? ""
                lines.append("  \(account.username.padding(toLength: width, withPad: " ", startingAt: 0)) \(account.password)   \(account.role.label.zh) \(account.role.label.en)\(binding)")
            }
        } else if config.demo {
            lines.append("演示账号已存在，密码见首次启动时的输出 / Demo accounts exist already; their passwords were shown at first start")
        }
        return lines.joined(separator: "\n")
    }
}

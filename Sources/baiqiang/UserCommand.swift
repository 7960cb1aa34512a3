import ArgumentParser
import BaiqiangApp
import BaiqiangCore
import Foundation

struct UserCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user", abstract: "账号管理 / Manage accounts",
        subcommands: [Create.self, ResetPassword.self, ResetSecondFactor.self, List.self, DisableInactive.self])

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "新建账号 / Create an account")

        @Option var username: String
        @Option(help: ArgumentHelp(stringLiteral: Role.allCases.map(\.rawValue).joined(separator: " | "))) var role: String
        @Option(help: "Department code (role department)") var department: String?
        @Option(help: "Town code (role town)") var town: String?
        @Option(help: "Enterprise credit code (role enterprise)") var enterprise: String?
        @Option(help: "Name shown in the interface") var displayName: String?
        @Flag(help: "Read the password from standard input (required)") var passwordStdin = false
        @OptionGroup var database: DatabaseOptions

        func validate() throws {
            guard Role(rawValue: role) != nil else {
                throw ValidationError("未知角色 Unknown role '\(role)': " + Role.allCases.map(\.rawValue).joined(separator: " | "))
            }
            guard passwordStdin else { throw ValidationError("--password-stdin is required: passwords are never given as flags") }
        }

        func run() async throws {
            let password = readPasswordFromStdin()
            let binding = department ?? town ?? enterprise
            try await withSession(database) { session in
                try await session.createUser(.init(username: username, displayName: displayName, role: Role(rawValue: role)!,
                                                   binding: binding, password: password))
                print("已创建账号 / Created account \(username)")
            }
        }
    }

    struct ResetPassword: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "重置密码 / Reset a password")

        @Option var username: String
        @Flag(help: "Read the new password from standard input (required)") var passwordStdin = false
        @OptionGroup var database: DatabaseOptions

        func validate() throws {
            guard passwordStdin else { throw ValidationError("--password-stdin is required: passwords are never given as flags") }
        }

        func run() async throws {
            let password = readPasswordFromStdin()
            try await withSession(database) { session in
                try await session.resetPassword(username: username, password: password)
                print("已重置密码 / Password reset for \(username)")
            }
        }
    }

    struct ResetSecondFactor: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "reset-second-factor",
            abstract: "重置双因素认证（结束该账号的会话） / Reset a second factor (ends the account's sessions)")

        @Option var username: String
        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            try await withSession(database) { session in
                try await session.resetSecondFactor(username: username)
                print("已重置双因素认证 / Second factor reset for \(username)")
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "列出账号 / List accounts")

        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            try await withSession(database) { session in
                print(["username", "role", "binding", "status", "display_name"].joined(separator: "\t"))
                let now = session.environment.now
                for user in try await session.listUsers() {
                    let status = !user.active ? "inactive" : (user.lockedUntil.map { $0 > now } == true ? "locked" : "active")
                    print([user.username, user.role.rawValue, user.binding ?? "-", status, user.displayName].joined(separator: "\t"))
                }
            }
        }
    }
}

extension UserCommand {
    struct DisableInactive: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "停用长期未登录的账号 / Disable accounts without a sign-in for the given days")

        @Option(help: "Days without a sign-in (or BAIQIANG_INACTIVE_ACCOUNT_DAYS; default 90)")
        var days: Int?
        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            let variable = ProcessInfo.processInfo.environment["BAIQIANG_INACTIVE_ACCOUNT_DAYS"].flatMap { Int($0) }
            let days = self.days ?? variable ?? AppConfiguration.defaultInactiveAccountDays
            guard days >= 1 else { throw ValidationError("--days 至少为 1 / must be at least 1") }
            try await withSession(database) { session in
                let disabled = try await session.disableInactiveAccounts(days: days)
                print("已停用 \(disabled.count) 个超过 \(days) 天未登录的账号 / Disabled \(disabled.count) accounts unused for over \(days) days")
                for username in disabled { print(username) }
            }
        }
    }
}

struct TokenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "token", abstract: "API 令牌 / API tokens", subcommands: [Create.self, Revoke.self])

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "新建令牌，只在标准输出打印令牌 / Make a token; prints only the token")

        @Option var username: String
        @Option(help: "A name to tell tokens apart") var name = "cli"
        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            let token = try await withSession(database) { session in
                try await session.createToken(username: username, name: name)
            }
            print(token)
        }
    }

    struct Revoke: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "吊销令牌 / Revoke a token")

        @Option(help: "The token's id (shown in the audit log)") var id: String
        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            guard let uuid = UUID(uuidString: id) else { throw ValidationError("Not a token id: \(id)") }
            try await withSession(database) { session in
                try await session.revokeToken(id: uuid)
                print("已吊销 / Revoked \(id)")
            }
        }
    }
}

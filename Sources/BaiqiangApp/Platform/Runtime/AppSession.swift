import BaiqiangCore
import Fluent
import Vapor

/// An opened application without a listening server: what the command line works through,
/// so every command uses the same configuration, migrations, services and audit as the server.
/// It is configured with the data part only: no routes, middleware or OpenAPI document.
public final class AppSession: @unchecked Sendable {
    let app: Application
    let actor: AuditActor

    init(app: Application, actor: AuditActor) {
        self.app = app
        self.actor = actor
    }

    /// Opens the database, migrates it and loads the county's base data.
    public static func open(_ config: AppConfiguration, actor: AuditActor) async throws -> AppSession {
        let app = try await Application.make(Environment(name: "production", arguments: ["baiqiang"]))
        do {
            try configureData(app, config)
            _ = try await prepare(app)
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        return AppSession(app: app, actor: actor)
    }

    public func close() async {
        try? await app.asyncShutdown()
    }

    var writer: Writer { app.writer(as: actor) }

    /// The clock, ids and reference data the commands run with.
    public var environment: AppEnvironment { app.appEnvironment }

    public func createUser(_ new: UserAdministration.NewUser) async throws {
        try await UserAdministration(writer: writer, hasher: app.password).create(new)
    }

    public func resetPassword(username: String, password: String) async throws {
        try await UserAdministration(writer: writer, hasher: app.password).resetPassword(username: username, to: password)
    }

    /// Disables the accounts unused for `days` days (see `InactiveAccounts`), as the system
    /// does daily, and returns their usernames.
    public func disableInactiveAccounts(days: Int) async throws -> [String] {
        try await InactiveAccounts(writer: app.writer(as: .system), rule: InactiveAccountRule(days: days)).disable()
    }

    /// An operator's reset of an account's second factor: the way back for the last
    /// administrator who lost both phone and recovery codes.
    public func resetSecondFactor(username: String) async throws {
        try await SecondFactorService(writer: writer).reset(username: username, in: app.appEnvironment.reference.countyCode)
    }

    public struct UserSummary: Sendable {
        public var username: String
        public var displayName: String
        public var role: Role
        public var binding: String?
        public var active: Bool
        public var lockedUntil: Date?
    }

    public func listUsers() async throws -> [UserSummary] {
        try await AccountStore(db: app.db).users(of: app.appEnvironment.reference.countyCode).map {
            UserSummary(username: $0.username, displayName: $0.displayName, role: $0.role,
                        binding: $0.department?.code ?? $0.town?.code ?? $0.enterprise?.creditCode,
                        active: $0.isActive, lockedUntil: $0.lockedUntil)
        }
    }

    /// Makes an API token and returns it (the only time it is visible).
    public func createToken(username: String, name: String) async throws -> String {
        try await TokenService(writer: writer).create(username: username, name: name).token
    }

    public func revokeToken(id: UUID) async throws {
        try await TokenService(writer: writer).revoke(id: id, ownedBy: nil)
    }

    /// Checks the audit chain (and, given one, that the anchor's row is unchanged); returns the
    /// row count when intact.
    public func verifyAudit(anchor: AuditAnchor? = nil) async throws -> Result<Int, AuditChain.Break> {
        let queries = app.auditStore
        if let broken = try await queries.verify(anchor: anchor) { return .failure(broken) }
        return .success(try await queries.count())
    }

    /// The anchor of the newest row, once the chain up to it has verified: an anchor of a
    /// broken log would vouch for the break.
    public func auditAnchor() async throws -> Result<AuditAnchor, AuditChain.Break> {
        let queries = app.auditStore
        if let broken = try await queries.verify() { return .failure(broken) }
        guard let anchor = try await queries.anchor() else {
            return .failure(AuditChain.Break(sequence: 1, message: BilingualText(zh: "审计日志的头记录缺失", en: "The audit log's head record is missing")))
        }
        return .success(anchor)
    }

    /// A consistent copy of the database taken while it is in use: SQLite's `VACUUM INTO`, or
    /// PostgreSQL's `pg_dump` (custom format, for `restore`).
    public func backup(to path: String) async throws {
        if FileManager.default.fileExists(atPath: path) {
            throw BackupError(message: BilingualText(zh: "目标文件已存在：\(path)", en: "The target file exists: \(path)"))
        }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        switch app.configuration.database {
        case .sqlite:
            try await DatabaseSetup.copy(app.db, to: path)
        case .postgres(let url):
            try PostgresTools.dump(url: url, to: path)
        }
        try await AuditStore.record(.databaseBackup, entity: .database, id: path, writer: writer)
    }

    /// Puts a backup into an empty database (a SQLite file that does not exist yet, or a
    /// PostgreSQL database with no tables), then opens it, which brings its schema up to date.
    /// Refuses, changing nothing, when the target already holds data.
    public static func restore(from path: String, into config: AppConfiguration, actor: AuditActor) async throws -> AppSession {
        guard FileManager.default.fileExists(atPath: path) else {
            throw BackupError(message: BilingualText(zh: "备份文件不存在：\(path)", en: "The backup file does not exist: \(path)"))
        }
        switch config.database {
        case .sqlite(let target):
            if FileManager.default.fileExists(atPath: target) {
                throw BackupError(message: BilingualText(
                    zh: "目标数据库已存在：\(target)；只能恢复到新的数据库", en: "The target database exists: \(target); restore into a new one"))
            }
            let folder = URL(fileURLWithPath: target).deletingLastPathComponent()
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: path, toPath: target)
        case .postgres(let url):
            try PostgresTools.restore(url: url, from: path)
        }
        return try await open(config, actor: actor)
    }

    public struct BackupError: BilingualError {
        public let message: BilingualText
    }
}

import BaiqiangCore
import Foundation

/// Where the audit chain's key comes from. The key never lives in the database: whoever can
/// write the database must not be able to recompute the chain.
public enum AuditKeySource: Sendable, Equatable {
    /// `BAIQIANG_AUDIT_KEY` (hex or base64) if set, else the file `BAIQIANG_AUDIT_KEY_FILE`
    /// if set, else `audit.key` beside the SQLite file (`data/audit.key` for PostgreSQL).
    case standard
    /// A key file at this path, made (mode 0600) on the first start of a new database.
    case file(path: String)
    /// This key (tests, or a key given by the environment).
    case key(AuditKey)

    public static let keyVariable = "BAIQIANG_AUDIT_KEY"
    public static let fileVariable = "BAIQIANG_AUDIT_KEY_FILE"
    public static let fileName = "audit.key"

    /// A key itself, or the file it is kept in.
    enum Resolved: Equatable {
        case key(AuditKey)
        case file(path: String)
    }

    /// What this source stands for, given the environment and the database.
    func resolved(for database: DatabaseLocation, environment: [String: String]) throws -> Resolved {
        switch self {
        case .key(let key):
            return .key(key)
        case .file(let path):
            return .file(path: path)
        case .standard:
            if let text = environment[Self.keyVariable], !text.isEmpty {
                guard let key = AuditKey(text: text) else { throw AuditKeyError.malformed(source: Self.keyVariable) }
                return .key(key)
            }
            if let path = environment[Self.fileVariable], !path.isEmpty {
                return .file(path: path)
            }
            return .file(path: Self.defaultPath(for: database))
        }
    }

    /// The data folder: the SQLite file's own folder, else `data/` under the working directory.
    static func defaultPath(for database: DatabaseLocation) -> String {
        switch database {
        case .sqlite(let path):
            URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent(fileName).path
        case .postgres:
            "data/" + fileName
        }
    }
}

/// Why the audit key cannot be used; every message says what the operator can do.
public struct AuditKeyError: BilingualError {
    public let message: BilingualText

    static func malformed(source: String) -> AuditKeyError {
        AuditKeyError(message: BilingualText(
            zh: "\(source) 中的审计密钥无效：应为至少 32 字节的十六进制（64 位）或 base64 文本",
            en: "The audit key in \(source) is not valid: it must be at least 32 bytes as hexadecimal (64 digits) or base64"))
    }

    static func unreadable(path: String, reason: String) -> AuditKeyError {
        AuditKeyError(message: BilingualText(
            zh: "无法读取审计密钥文件 \(path)：\(reason)",
            en: "Cannot read the audit key file \(path): \(reason)"))
    }

    static func unwritable(path: String, reason: String) -> AuditKeyError {
        AuditKeyError(message: BilingualText(
            zh: "无法创建审计密钥文件 \(path)：\(reason)",
            en: "Cannot create the audit key file \(path): \(reason)"))
    }

    /// The log was keyed, and its key is gone: making a new one would leave nothing able to
    /// verify the log, and would let a rewritten log pass as new, so nothing starts.
    static func missing(path: String) -> AuditKeyError {
        AuditKeyError(message: BilingualText(
            zh: "该数据库的审计日志已用密钥签名，但找不到审计密钥文件 \(path)。请从备份恢复该文件（权限 0600），或用环境变量 \(AuditKeySource.keyVariable) 提供原密钥（也可用 \(AuditKeySource.fileVariable) 指向密钥文件）。不会自动生成新密钥：新密钥无法校验已有日志",
            en: "This database's audit log is keyed, but the audit key file \(path) is missing. Restore the file from your backup (mode 0600), or give the original key in \(AuditKeySource.keyVariable) (or point \(AuditKeySource.fileVariable) at the key file). No new key is made: a new key could not verify the existing log"))
    }

    static func appeared(path: String) -> AuditKeyError {
        AuditKeyError(message: BilingualText(
            zh: "审计密钥文件 \(path) 在启动期间被另一个进程创建，请重新启动",
            en: "The audit key file \(path) was created by another process while this one started; start again"))
    }
}

import BaiqiangCore
import Foundation

/// Where the data lives: an embedded SQLite file (the default) or a PostgreSQL server.
public enum DatabaseLocation: Sendable, Equatable, CustomStringConvertible {
    case sqlite(path: String)
    case postgres(url: String)

    /// The default embedded database.
    public static let defaultSQLite = DatabaseLocation.sqlite(path: "data/baiqiang.sqlite")

    /// Reads `--database PATH|URL`: a `postgres://` or `postgresql://` URL, else a file path.
    public init(_ text: String) {
        let lower = text.lowercased()
        if lower.hasPrefix("postgres://") || lower.hasPrefix("postgresql://") {
            self = .postgres(url: text)
        } else {
            self = .sqlite(path: text)
        }
    }

    /// The flag if given, else `BAIQIANG_DATABASE_URL`, else the default file.
    public static func resolve(flag: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> DatabaseLocation {
        if let flag, !flag.isEmpty { return DatabaseLocation(flag) }
        if let env = environment["BAIQIANG_DATABASE_URL"], !env.isEmpty { return DatabaseLocation(env) }
        return .defaultSQLite
    }

    /// The location with any password replaced, safe for logs and error messages.
    public var description: String {
        switch self {
        case .sqlite(let path):
            return path
        case .postgres(let url):
            guard var components = URLComponents(string: url) else { return "postgres://…" }
            if components.password != nil { components.password = "***" }
            return components.string ?? "postgres://…"
        }
    }
}

import BaiqiangCore
import Fluent
import Foundation
import SQLKit
import Vapor
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The audit key as `configure` found it. A key made for a key file that does not exist yet is
/// `unsavedPath`'s until `prepare` has seen that the database holds no keyed log.
struct LoadedAuditKey: Sendable {
    var key: AuditKey
    var unsavedPath: String?
}

/// The one place the audit key is loaded, made and saved.
///
/// A key file that exists is read. When none exists, a new key is made but written only once the
/// database is seen to hold no keyed log (a new database, or one whose log is still the former
/// plain chain and is about to be keyed). A database whose log is already keyed and whose key is
/// gone refuses to start: a new key would verify nothing of the old log, and would let someone
/// who deleted the key file start a fresh log that looks intact.
enum AuditKeyLoader {
    /// Called by `configure` (synchronous, before the migrations that need the key are registered).
    static func load(_ source: AuditKeySource, database: DatabaseLocation, logger: Logger,
                     randomBytes: (Int) -> [UInt8],
                     environment: [String: String] = ProcessInfo.processInfo.environment) throws -> LoadedAuditKey {
        switch try source.resolved(for: database, environment: environment) {
        case .key(let key):
            return LoadedAuditKey(key: key, unsavedPath: nil)
        case .file(let path):
            guard let key = try read(path) else { return LoadedAuditKey(key: generate(randomBytes), unsavedPath: path) }
            if let mode = permissions(path), mode & 0o077 != 0 {
                logger.warning("audit key file is readable by others; run chmod 600", metadata: ["path": .string(path)])
            }
            return LoadedAuditKey(key: key, unsavedPath: nil)
        }
    }

    /// Called by `prepare` before migrating: saves a new key, or refuses a keyed log without one.
    static func settle(_ app: Application) async throws {
        guard let path = app.loadedAuditKey.unsavedPath else { return }
        if try await AuditStore.logIsKeyed(app.db) { throw AuditKeyError.missing(path: path) }
        try create(app.loadedAuditKey.key, at: path)
        app.loadedAuditKey.unsavedPath = nil
        app.logger.notice("created the audit key file; back it up apart from the database", metadata: ["path": .string(path)])
    }

    static func read(_ path: String) throws -> AuditKey? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw AuditKeyError.unreadable(path: path, reason: (error as NSError).localizedDescription)
        }
        guard let key = AuditKey(text: String(decoding: data, as: UTF8.self)) else {
            throw AuditKeyError.malformed(source: path)
        }
        return key
    }

    /// A new key from the application environment's secure random bytes.
    static func generate(_ randomBytes: (Int) -> [UInt8]) -> AuditKey {
        AuditKey(bytes: randomBytes(AuditKey.minimumByteCount))!
    }

    /// Writes the key as hex, creating the file with mode 0600 in the same call (never a moment
    /// with wider permissions) and never over an existing file.
    static func create(_ key: AuditKey, at path: String) throws {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw AuditKeyError.unwritable(path: path, reason: (error as NSError).localizedDescription)
        }
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        guard descriptor >= 0 else {
            if errno == EEXIST { throw AuditKeyError.appeared(path: path) }
            throw AuditKeyError.unwritable(path: path, reason: String(cString: strerror(errno)))
        }
        defer { close(descriptor) }
        let bytes = Array((key.hex + "\n").utf8)
        let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        guard written == bytes.count, fsync(descriptor) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(path)
            throw AuditKeyError.unwritable(path: path, reason: reason)
        }
    }

    static func permissions(_ path: String) -> Int? {
        (try? FileManager.default.attributesOfItem(atPath: path))?[.posixPermissions] as? Int
    }
}

extension Application {
    private struct AuditKeyStorage: StorageKey {
        typealias Value = LoadedAuditKey
    }

    var loadedAuditKey: LoadedAuditKey {
        get {
            guard let value = storage[AuditKeyStorage.self] else { fatalError("configure(_:_:) was not called") }
            return value
        }
        set { storage[AuditKeyStorage.self] = newValue }
    }

    /// The key every audit row and the head are MACed with.
    var auditKey: AuditKey { loadedAuditKey.key }
}

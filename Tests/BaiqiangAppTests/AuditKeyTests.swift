import BaiqiangCore
import Foundation
import Testing
import Vapor
@testable import BaiqiangApp

@Suite("The audit key is kept outside the database")
struct AuditKeyTests {
    /// Starts the application on `location` with `source`, runs `body`, and shuts it down.
    func start(_ location: DatabaseLocation, _ source: AuditKeySource, _ body: (Application) async throws -> Void = { _ in }) async throws {
        let app = try await Application.make(.testing)
        app.logger.logLevel = .critical
        do {
            var config = AppConfiguration(database: location)
            config.bcryptCost = 4
            config.auditKey = source
            try configure(app, config)
            _ = try await prepare(app)
            try await body(app)
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
    }

    func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bq-key-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test("A new database's key file is made readable by its owner only, and read again on the next start")
    func keyFileMade() async throws {
        let (location, drop) = try await TestDatabase.make()
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder); Task { await drop() } }
        let path = folder.appendingPathComponent("audit.key").path
        var first: AuditKey?
        try await start(location, .file(path: path)) { app in
            first = app.auditKey
            try await Fixture.user(app, "lead", .leader)
        }
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect(attributes[.posixPermissions] as? Int == 0o600)
        let stored = try String(contentsOfFile: path, encoding: .utf8)
        #expect(AuditKey(text: stored) == first)
        try await start(location, .file(path: path)) { app in
            #expect(app.auditKey == first)
            let broken = try await app.auditStore.verify()
            #expect(broken == nil)
        }
    }

    @Test("A keyed log whose key file is gone refuses to start, telling how to restore it, and makes no new key")
    func missingKeyRefused() async throws {
        let (location, drop) = try await TestDatabase.make()
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder); Task { await drop() } }
        let path = folder.appendingPathComponent("audit.key").path
        try await start(location, .file(path: path))
        try FileManager.default.removeItem(atPath: path)
        let error = try await #require(throws: DatabaseStartupError.self) { try await start(location, .file(path: path)) }
        #expect(error.message.en.contains("audit key file \(path) is missing"))
        #expect(error.message.en.contains(AuditKeySource.keyVariable))
        #expect(error.message.zh.contains("恢复"))
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test("A wrong key fails verification, saying so, and refuses to extend the log")
    func wrongKey() async throws {
        let other = try #require(AuditKey(bytes: Array(repeating: UInt8(0x33), count: 32)))
        try await withTestApp { app in
            try await Fixture.user(app, "lead", .leader)
            var config = app.configuration
            config.auditKey = .key(other)
            try await withSecondServer(of: app, configuration: config) { second in
                let broken = try #require(try await second.auditStore.verify())
                #expect(broken.sequence == 1)
                #expect(broken.message.en.contains("audit key does not match"))
                await #expect(throws: AuditLogRefusal.self) { try await Fixture.user(second, "late", .leader) }
            }
            #expect(try await app.auditStore.verify() == nil)
        }
    }

    @Test("The key comes from BAIQIANG_AUDIT_KEY (hex or base64), else BAIQIANG_AUDIT_KEY_FILE, else audit.key beside the database")
    func keySources() throws {
        let sqlite = DatabaseLocation.sqlite(path: "/srv/baiqiang/db.sqlite")
        let hex = String(repeating: "0f", count: 32)
        let key = try #require(AuditKey(text: hex))
        #expect(try AuditKeySource.standard.resolved(for: sqlite, environment: ["BAIQIANG_AUDIT_KEY": hex]) == .key(key))
        let base64 = Data(repeating: 0x0f, count: 32).base64EncodedString()
        #expect(try AuditKeySource.standard.resolved(for: sqlite, environment: ["BAIQIANG_AUDIT_KEY": base64]) == .key(key))
        #expect(throws: AuditKeyError.self) {
            try AuditKeySource.standard.resolved(for: sqlite, environment: ["BAIQIANG_AUDIT_KEY": "secret"])
        }
        #expect(try AuditKeySource.standard.resolved(for: sqlite, environment: ["BAIQIANG_AUDIT_KEY_FILE": "/etc/bq/key"]) == .file(path: "/etc/bq/key"))
        #expect(try AuditKeySource.standard.resolved(for: sqlite, environment: [:]) == .file(path: "/srv/baiqiang/audit.key"))
        #expect(try AuditKeySource.standard.resolved(for: .postgres(url: "postgres://db/bq"), environment: [:]) == .file(path: "data/audit.key"))
    }
}

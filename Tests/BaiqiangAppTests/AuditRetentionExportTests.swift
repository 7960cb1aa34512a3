import BaiqiangCore
import Fluent
import Foundation
import SQLKit
import Testing
import Vapor
@testable import BaiqiangApp

@Suite("Audit retention, pruning and export")
struct AuditRetentionExportTests {
    static let now = ISO8601DateFormatter().date(from: "2026-12-02T01:00:00Z")!
    /// 180 days before 2026-12-02 (Beijing) is 2026-06-05, which starts at 16:00 UTC the day before.
    static let keptFrom = ISO8601DateFormatter().date(from: "2026-06-04T16:00:00Z")!

    @Test("A retention of 179 days is refused when the application is configured; 180 starts")
    func retentionConfiguration() async throws {
        await #expect(throws: AuditRetention.Refusal.self) {
            try await withTestApp(configure: { $0.auditRetentionDays = 179 }) { _ in }
        }
        try await withTestApp(configure: { $0.auditRetentionDays = 180 }) { app in
            #expect(app.configuration.auditRetentionDays == 180)
        }
    }

    @Test("Without a retention, prune refuses and deletes nothing")
    func pruneNeedsRetention() async throws {
        try await withTestApp { app in
            let before = try await AuditEntry.query(on: app.db).count()
            let session = AppSession(app: app, actor: .commandLine("ops"))
            await #expect(throws: AuditRetention.Refusal.self) { _ = try await session.pruneAudit() }
            #expect(try await AuditEntry.query(on: app.db).count() == before)
        }
    }

    @Test("Prune keeps a row exactly at the retention edge, deletes one older, and the chain still verifies")
    func pruneAtTheEdge() async throws {
        try await withTestApp(at: Self.keptFrom.addingTimeInterval(-10 * 86_400),
                              configure: { $0.auditRetentionDays = 180 }) { app in
            app.clock.set(Self.keptFrom.addingTimeInterval(-0.001))
            try await Fixture.user(app, "older", .leader)
            app.clock.set(Self.keptFrom)
            try await Fixture.user(app, "edge", .leader)
            app.clock.set(Self.now)
            let session = AppSession(app: app, actor: .commandLine("ops"))
            guard case .success(let outcome) = try await session.pruneAudit() else {
                Issue.record("prune refused an intact log")
                return
            }
            #expect(try await AuditEntry.query(on: app.db).filter(\.$entityID == "older").count() == 0)
            #expect(try await AuditEntry.query(on: app.db).filter(\.$entityID == "edge").count() == 1)
            let firstKept = try #require(try await AuditEntry.query(on: app.db).sort(\.$sequence).first())
            #expect(firstKept.entityID == "edge")
            #expect(outcome.throughSequence == firstKept.sequence - 1)
            #expect(outcome.count == firstKept.sequence - 1)
            let pruned = try #require(try await AuditEntry.query(on: app.db).filter(\.$action == "audit.pruned").first())
            #expect(pruned.after?.contains(#""count":\#(outcome.count)"#) == true)
            #expect(pruned.after?.contains(#""throughSequence":\#(firstKept.sequence - 1)"#) == true)
            #expect(try await app.auditStore.verify() == nil)
            #expect(try await app.auditStore.verify(anchor: try await app.auditStore.anchor()) == nil)
        }
    }

    @Test("Rows deleted below the retention without prune, or a checkpoint moved over them, fail verification")
    func pruneCannotBeFaked() async throws {
        try await withTestApp(at: Self.keptFrom.addingTimeInterval(-10 * 86_400),
                              configure: { $0.auditRetentionDays = 180 }) { app in
            app.clock.set(Self.keptFrom)
            try await Fixture.user(app, "kept1", .leader)
            try await Fixture.user(app, "kept2", .leader)
            app.clock.set(Self.now)
            _ = try await AppSession(app: app, actor: .commandLine("ops")).pruneAudit()
            #expect(try await app.auditStore.verify() == nil)
            let sql = try #require(app.db as? any SQLDatabase)
            let first = try #require(try await AuditEntry.query(on: app.db).sort(\.$sequence).first())
            try await sql.raw("DELETE FROM audit_entries WHERE sequence = \(bind: first.sequence)").run()
            #expect(try await app.auditStore.verify()?.sequence == first.sequence)
            try await sql.raw("UPDATE audit_checkpoint SET sequence = \(bind: first.sequence), hash = \(bind: first.hash)").run()
            #expect(try await app.auditStore.verify()?.sequence == first.sequence + 1)
        }
    }

    @Test("The audit page downloads its days as CSV and JSON Lines that verify on their own, and records the download",
          arguments: AuditExportFormat.allCases)
    func pageDownload(format: AuditExportFormat) async throws {
        try await withTestApp { app in
            try await Fixture.user(app, "admin1", .admin)
            try await Fixture.user(app, "lead", .leader)
            let today = ShanghaiTime.day(of: app.clock.now).description
            let browser = try await app.signIn("admin1")
            try await app.testing().test(.GET, SiteURL.adminAudit.path(query: ["from": today, "to": today]), headers: browser.headers) { response async in
                #expect(response.body.string.contains(SiteURL.adminAuditExport(format: format.rawValue).path + "?from=\(today)&amp;to=\(today)"))
            }
            let path = SiteURL.adminAuditExport(format: format.rawValue).path(query: ["from": today, "to": today])
            var bytes: [UInt8] = []
            try await app.testing().test(.GET, path, headers: browser.headers) { response async in
                #expect(response.status == .ok)
                #expect(response.headers.contentType == format.mediaType)
                #expect(response.headers.first(name: .contentDisposition)?.contains("attachment") == true)
                bytes = Array(response.body.readableBytesView)
            }
            let content = try AuditExportFile.read(bytes, format: .of(fileName: "download", bytes: bytes))
            #expect(String(decoding: bytes, as: UTF8.self).contains("新建账号"), "the download names actions in the page's language")
            #expect(content.records.count > 5)
            #expect(content.range?.from == today)
            #expect(AuditRangeVerification.verify(content.records, range: content.range, key: .test) == nil)
            let exported = try #require(try await AuditEntry.query(on: app.db).filter(\.$action == "audit.exported").first())
            #expect(exported.actor == "admin1")
            #expect(exported.after?.contains(#""format":"\#(format.rawValue)""#) == true)
            #expect(exported.after?.contains(#""rows":\#(content.records.count)"#) == true)

            let leader = try await app.signIn("lead")
            try await app.testing().test(.GET, path, headers: leader.headers) { response async in
                #expect(response.status == .forbidden)
            }
            try await app.testing().test(.GET, SiteURL.adminAuditExport(format: format.rawValue).path(query: ["from": "2026-13-45"]),
                                         headers: browser.headers) { response async in
                #expect(response.status == .badRequest)
            }
        }
    }
}

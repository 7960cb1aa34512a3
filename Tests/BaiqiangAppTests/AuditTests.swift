import BaiqiangCore
import Fluent
import SQLKit
import Testing
import Vapor
@testable import BaiqiangApp

@Suite("The audit log is append-only and chained with a key")
struct AuditTests {
    func makeHistory(_ app: Application) async throws {
        try await Fixture.user(app, "admin1", .admin)
        try await Fixture.user(app, "lead", .leader)
        let admin = UserAdministration(writer: app.writer(as: .commandLine("ops")), hasher: app.password)
        try await admin.setActive(username: "lead", false)
        try await admin.setActive(username: "lead", true)
    }

    @Test("Writes from any channel are recorded with who, role, action, entity and before/after")
    func recordsWrites() async throws {
        try await withTestApp { app in
            try await makeHistory(app)
            let entries = try await AuditEntry.query(on: app.db).filter(\.$entityID == "lead").sort(\.$sequence).all()
            #expect(entries.map(\.action) == ["user.create", "user.deactivate", "user.activate"])
            let deactivate = entries[1]
            #expect(deactivate.actor == "cli:ops")
            #expect(deactivate.role == "cli")
            #expect(deactivate.before?.contains(#""isActive":true"#) == true)
            #expect(deactivate.after?.contains(#""isActive":false"#) == true)
            #expect(try await app.auditStore.verify() == nil)
        }
    }

    @Test("Verification finds an edited row")
    func detectsEdit() async throws {
        try await withTestApp { app in
            try await makeHistory(app)
            let sql = try #require(app.db as? any SQLDatabase)
            try await sql.raw("UPDATE audit_entries SET actor = 'mallory' WHERE sequence = 13").run()
            let broken = try await app.auditStore.verify()
            #expect(broken?.sequence == 13)
        }
    }

    @Test("Verification finds a deleted row, in the middle or at the end")
    func detectsDeletion() async throws {
        try await withTestApp { app in
            try await makeHistory(app)
            let sql = try #require(app.db as? any SQLDatabase)
            let count = try await AuditEntry.query(on: app.db).count()
            try await sql.raw("DELETE FROM audit_entries WHERE sequence = \(literal: count)").run()
            #expect(try await app.auditStore.verify()?.sequence == count)
            try await sql.raw("DELETE FROM audit_entries WHERE sequence = 5").run()
            #expect(try await app.auditStore.verify()?.sequence == 5)
        }
    }

    @Test("Concurrent writers each get their own link in the chain")
    func concurrentWriters() async throws {
        try await withTestApp { app in
            try await withThrowingTaskGroup(of: Void.self) { group in
                for index in 0..<8 {
                    group.addTask { try await Fixture.user(app, "user\(index)", .leader) }
                }
                try await group.waitForAll()
            }
            #expect(try await app.auditStore.verify() == nil)
            #expect(try await AuditEntry.query(on: app.db).filter(\.$action == "user.create").count() == 8)
        }
    }

    /// Relinks every row from `sequence` on with `link` and points the head at the last row,
    /// as someone rewriting the log in the database would; `resealWith` also reseals the head.
    func relink(_ app: Application, from sequence: Int, resealWith key: AuditKey? = nil,
                link: (AuditRecord) -> String) async throws {
        let rows = try await AuditEntry.query(on: app.db).sort(\.$sequence).all()
        var previous = rows.first { $0.sequence == sequence - 1 }?.hash ?? AuditChain.genesis
        for row in rows where row.sequence >= sequence {
            var record = row.record
            record.previousHash = previous
            record.hash = link(record)
            row.previousHash = record.previousHash
            row.hash = record.hash
            try await row.update(on: app.db)
            previous = record.hash
        }
        let head = try #require(try await AuditHead.find(1, on: app.db))
        head.sequence = rows.last?.sequence ?? 0
        head.hash = previous
        if let key { head.mac = AuditChain.headMAC(sequence: head.sequence, hash: previous, key: key) }
        try await head.update(on: app.db)
    }

    @Test("(a) Deleting the newest rows together with the head is caught")
    func detectsTailAndHeadDeletion() async throws {
        try await withTestApp { app in
            try await makeHistory(app)
            let sql = try #require(app.db as? any SQLDatabase)
            let count = try await AuditEntry.query(on: app.db).count()
            try await sql.raw("DELETE FROM audit_entries WHERE sequence > \(literal: count - 2)").run()
            try await sql.raw("DELETE FROM audit_head").run()
            #expect(try await app.auditStore.verify()?.sequence == count - 1)
        }
    }

    @Test("(b) Deleting the newest rows and rewriting the head to the row before them is caught")
    func detectsRewrittenHead() async throws {
        try await withTestApp { app in
            try await makeHistory(app)
            let sql = try #require(app.db as? any SQLDatabase)
            let count = try await AuditEntry.query(on: app.db).count()
            try await sql.raw("DELETE FROM audit_entries WHERE sequence > \(literal: count - 2)").run()
            try await sql.raw("""
                UPDATE audit_head SET sequence = \(literal: count - 2),
                    hash = (SELECT hash FROM audit_entries WHERE sequence = \(literal: count - 2))
                """).run()
            #expect(try await app.auditStore.verify()?.sequence == count - 1)
        }
    }

    @Test("(c) Deleting every row and the head is caught, not reported as an intact empty log")
    func detectsEverythingDeleted() async throws {
        try await withTestApp { app in
            try await makeHistory(app)
            let sql = try #require(app.db as? any SQLDatabase)
            try await sql.raw("DELETE FROM audit_entries").run()
            try await sql.raw("DELETE FROM audit_head").run()
            #expect(try await app.auditStore.verify()?.sequence == 1)
        }
    }

    @Test("(d) Editing a row and recomputing the plain SHA-256 chain after it is caught at that row")
    func detectsPlainRecomputation() async throws {
        try await withTestApp { app in
            try await makeHistory(app)
            let sql = try #require(app.db as? any SQLDatabase)
            try await sql.raw("UPDATE audit_entries SET actor = 'mallory' WHERE sequence = 13").run()
            try await relink(app, from: 13, link: PlainAuditChain.hash(of:))
            #expect(try await app.auditStore.verify()?.sequence == 13)
        }
    }

    @Test("Without a head that verifies, nothing is written: the log is not silently continued")
    func refusesWritesWithoutHead() async throws {
        try await withTestApp { app in
            try await makeHistory(app)
            let sql = try #require(app.db as? any SQLDatabase)
            let count = try await AuditEntry.query(on: app.db).count()
            try await sql.raw("UPDATE audit_head SET mac = 'forged'").run()
            await #expect(throws: AuditLogRefusal.self) { try await Fixture.user(app, "late", .leader) }
            try await sql.raw("DELETE FROM audit_head").run()
            await #expect(throws: AuditLogRefusal.self) { try await Fixture.user(app, "late", .leader) }
            #expect(try await AuditEntry.query(on: app.db).count() == count)
            #expect(try await User.query(on: app.db).filter(\.$username == "late").count() == 0)
        }
    }

    @Test("An anchor catches a log cut below it by putting back an older copy of the head")
    func anchorCatchesTruncation() async throws {
        try await withTestApp { app in
            try await makeHistory(app)
            let saved = try #require(try await AuditHead.find(1, on: app.db)).state
            #expect(try await app.auditStore.verify(anchor: saved.anchor) == nil)
            try await Fixture.user(app, "later", .leader)
            let anchor = try #require(try await app.auditStore.anchor())
            #expect(anchor.sequence == saved.sequence + 1)
            // No key needed: delete the newest row and restore the head as it was before it.
            let sql = try #require(app.db as? any SQLDatabase)
            try await sql.raw("DELETE FROM audit_entries WHERE sequence > \(literal: saved.sequence)").run()
            try await sql.raw("UPDATE audit_head SET sequence = \(literal: saved.sequence), hash = \(bind: saved.hash), mac = \(bind: saved.mac)").run()
            #expect(try await app.auditStore.verify() == nil)
            #expect(try await app.auditStore.verify(anchor: anchor)?.sequence == anchor.sequence)
        }
    }

    @Test("An anchor catches a row before it rewritten by someone holding the key")
    func anchorCatchesRewrite() async throws {
        try await withTestApp { app in
            try await makeHistory(app)
            let anchor = try #require(try await app.auditStore.anchor())
            let sql = try #require(app.db as? any SQLDatabase)
            try await sql.raw("UPDATE audit_entries SET actor = 'mallory' WHERE sequence = 3").run()
            try await relink(app, from: 3, resealWith: .test) { AuditChain.mac(of: $0, key: .test) }
            #expect(try await app.auditStore.verify() == nil)
            #expect(try await app.auditStore.verify(anchor: anchor)?.sequence == anchor.sequence)
        }
    }

    /// Puts the log back as a database from before the chain was keyed has it: plain SHA-256
    /// links, a head without a MAC column, and neither keying migration logged.
    func makePlain(_ app: Application) async throws {
        try await KeyAuditChain(key: .test).revert(on: app.db)
        try await AddAuditHeadMAC().revert(on: app.db)
        let sql = try #require(app.db as? any SQLDatabase)
        try await sql.raw("DELETE FROM _fluent_migrations WHERE name IN ('040_add_audit_head_mac', '041_key_audit_chain')").run()
    }

    func records(_ app: Application) async throws -> [AuditRecord] {
        try await AuditEntry.query(on: app.db).sort(\.$sequence).all().map(\.record)
    }

    @Test("The migration re-keys a log written with the plain SHA-256 chain, keeping every row's content")
    func migrationRekeys() async throws {
        try await withTestApp { app in
            try await makeHistory(app)
            let keyed = try await records(app)
            try await makePlain(app)
            let plain = try await records(app)
            #expect(PlainAuditChain.verify(plain, head: nil) == nil)
            #expect(plain.map(\.hash) != keyed.map(\.hash))
            try await DatabaseSetup.migrate(app)
            #expect(try await app.auditStore.verify() == nil)
            #expect(try await records(app) == keyed)
            try await Fixture.user(app, "after", .leader)
            #expect(try await app.auditStore.verify() == nil)
        }
    }

    @Test("The migration refuses a plain log that is already broken and leaves it as it was")
    func migrationRefusesBrokenLog() async throws {
        try await withTestApp { app in
            try await makeHistory(app)
            try await makePlain(app)
            let sql = try #require(app.db as? any SQLDatabase)
            try await sql.raw("UPDATE audit_entries SET actor = 'mallory' WHERE sequence = 5").run()
            let before = try await records(app)
            let refusal = try await #require(throws: KeyingRefusal.self) { try await DatabaseSetup.migrate(app) }
            #expect(refusal.broken.sequence == 5)
            #expect(try await records(app) == before)
            let logged = try await sql.raw("SELECT count(*) AS n FROM _fluent_migrations WHERE name = '041_key_audit_chain'")
                .first(decodingColumn: "n", as: Int.self)
            #expect(logged == 0)
        }
    }

    @Test("A keying that committed but was not logged is not applied twice")
    func migrationIsIdempotent() async throws {
        try await withTestApp { app in
            try await makeHistory(app)
            let keyed = try await records(app)
            let sql = try #require(app.db as? any SQLDatabase)
            try await sql.raw("DELETE FROM _fluent_migrations WHERE name = '041_key_audit_chain'").run()
            try await DatabaseSetup.migrate(app)
            #expect(try await records(app) == keyed)
            #expect(try await app.auditStore.verify() == nil)
        }
    }

    @Test("The audit page lists and filters entries and reports the chain's state")
    func auditPage() async throws {
        try await withTestApp { app in
            try await makeHistory(app)
            let browser = try await app.signIn("admin1")
            try await app.testing().test(.GET, SiteURL.adminAudit.path(query: ["entity": "user", "action": "deactivate"]), headers: browser.headers) { response async in
                #expect(response.status == .ok)
                let body = response.body.string
                #expect(body.contains("user.deactivate"))
                #expect(!body.contains("user.activate<"))
            }
            let anchor = try #require(try await app.auditStore.anchor())
            try await app.testing().test(.GET, SiteURL.adminAudit.path(query: ["verify": "1"]), headers: browser.headers) { response async in
                #expect(response.body.string.contains("审计链完整"))
                #expect(response.body.string.contains(anchor.description))
            }
        }
    }
}

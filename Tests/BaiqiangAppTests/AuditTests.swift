import BaiqiangCore
import Fluent
import SQLKit
import Testing
import Vapor
@testable import BaiqiangApp

@Suite("The audit log is append-only and hash-chained")
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
            #expect(try await AuditQueries(db: app.db).verify() == nil)
        }
    }

    @Test("Verification finds an edited row")
    func detectsEdit() async throws {
        try await withTestApp { app in
            try await makeHistory(app)
            let sql = try #require(app.db as? any SQLDatabase)
            try await sql.raw("UPDATE audit_entries SET actor = 'mallory' WHERE sequence = 13").run()
            let broken = try await AuditQueries(db: app.db).verify()
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
            #expect(try await AuditQueries(db: app.db).verify()?.sequence == count)
            try await sql.raw("DELETE FROM audit_entries WHERE sequence = 5").run()
            #expect(try await AuditQueries(db: app.db).verify()?.sequence == 5)
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
            #expect(try await AuditQueries(db: app.db).verify() == nil)
            #expect(try await AuditEntry.query(on: app.db).filter(\.$action == "user.create").count() == 8)
        }
    }

    @Test("The audit page lists and filters entries and reports the chain's state")
    func auditPage() async throws {
        try await withTestApp { app in
            try await makeHistory(app)
            let browser = try await app.signIn("admin1")
            try await app.testing().test(.GET, "/admin/audit?entity=user&action=deactivate", headers: browser.headers) { response async in
                #expect(response.status == .ok)
                let body = response.body.string
                #expect(body.contains("user.deactivate"))
                #expect(!body.contains("user.activate<"))
            }
            try await app.testing().test(.GET, "/admin/audit?verify=1", headers: browser.headers) { response async in
                #expect(response.body.string.contains("审计链完整"))
            }
        }
    }
}

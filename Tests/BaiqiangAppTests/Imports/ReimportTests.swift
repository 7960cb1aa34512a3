import BaiqiangCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import BaiqiangApp

/// What an export gives back to its import: a firm whose town and industry are not known yet, the
/// published projects and the prefecture's figures a fresh database already holds. Read back,
/// they are the same records, not refusals and not second copies.
@Suite("Re-importing an export: unknown places, repeated projects and figures")
struct ReimportTests {
    static func code(_ serial: Int) -> String { CreditCode.completing("914407840000" + String(format: "%05d", serial))! }

    static func importer(_ app: Application) -> RegistryImporter {
        RegistryImporter(writer: app.writer(as: .commandLine("stats")), db: app.db)
    }

    struct Place: Equatable {
        var name: String
        var town: String?
        var industry: String?
    }

    static func place(_ app: Application, _ code: String) async throws -> Place? {
        try await Enterprise.query(on: app.db).filter(\.$creditCode == code).with(\.$town).first()
            .map { Place(name: $0.name, town: $0.town?.code, industry: $0.industryCode) }
    }

    @Test("A firm without town and industry is created without them; an empty pair keeps what a firm has")
    func unknownPlace() async throws {
        try await withTestApp { app in
            let file = "credit_code,name,town,industry\n\(Self.code(1)),创维光电,,\n\(Self.code(2)),甲,shaping,3311\n"
            let first = try await Self.importer(app).run(.enterprises, data: Data(file.utf8), fileName: "e.csv", partial: false)
            #expect(first.report.inserted == 2 && first.report.rejected == 0)
            #expect(try await Self.place(app, Self.code(1)) == Place(name: "创维光电", town: nil, industry: nil))
            let again = "credit_code,name,town,industry\n\(Self.code(2)),甲改名,,\n"
            let second = try await Self.importer(app).run(.enterprises, data: Data(again.utf8), fileName: "e.csv", partial: false)
            #expect(second.report.updated == 1 && second.report.inserted == 0)
            #expect(try await Self.place(app, Self.code(2)) == Place(name: "甲改名", town: "shaping", industry: "3311"))
        }
    }

    @Test("A half-given place is refused and writes nothing")
    func halfPlace() async throws {
        try await withTestApp { app in
            let file = "credit_code,name,town,industry\n\(Self.code(1)),甲,shaping,\n"
            await #expect(throws: ImportRejected.self) {
                _ = try await Self.importer(app).run(.enterprises, data: Data(file.utf8), fileName: "e.csv", partial: false)
            }
            let firms = try await Enterprise.query(on: app.db).count()
            #expect(firms == 0)
        }
    }

    @Test("The projects export imported into the database it came from adds nothing; a changed row is refused")
    func projects() async throws {
        try await withTestApp { app in
            let session = AppSession(app: app, actor: .commandLine("ops"))
            let before = try await Project.query(on: app.db).count()
            #expect(before > 0, "a fresh database holds the published projects")
            let exported = Data(try await session.exportTable(.projects, xlsx: false, language: .zhHans))
            let outcome = try await session.importProjects(exported, partial: false, sheet: nil)
            #expect(outcome.inserted == 0 && outcome.unchanged == before && outcome.rejected == 0)
            #expect(try await Project.query(on: app.db).count() == before)
            let changed = String(decoding: exported, as: UTF8.self).replacingOccurrences(of: ",19.99,", with: ",21,")
            await #expect(throws: ProjectInputError.self) {
                _ = try await session.importProjects(Data(changed.utf8), partial: false, sheet: nil)
            }
        }
    }

    @Test("The regional figures export imported where they are already recorded records nothing and refuses nothing")
    func regionalFigures() async throws {
        try await withTestApp { app in
            let session = AppSession(app: app, actor: .commandLine("ops"))
            let exported = Data(try await session.exportTable(.regionalFigures, xlsx: false, language: .zhHans))
            let audited = try await AuditEntry.query(on: app.db).count()
            let outcome = try await session.importRegionalFigures(exported, partial: false, sheet: nil)
            #expect(outcome.recorded == 0 && outcome.issues.isEmpty && outcome.unchanged == outcome.read && outcome.read > 0)
            #expect(try await AuditEntry.query(on: app.db).count() == audited)
        }
    }
}

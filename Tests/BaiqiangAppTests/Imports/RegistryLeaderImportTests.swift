import BaiqiangCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import BaiqiangApp

/// The enterprise import links a firm's city and town leaders (挂钩领导) by account, as the
/// projects import and the edit form do: only the county's leader accounts, anything else a row
/// and column error with nothing written; a file without the columns leaves the links alone.
@Suite("Registry import: linked leaders by account")
struct RegistryLeaderImportTests {
    static func code(_ serial: Int) -> String { CreditCode.completing("914407840000" + String(format: "%05d", serial))! }

    static func importer(_ app: Application) -> RegistryImporter {
        RegistryImporter(writer: app.writer(as: .commandLine("stats")), db: app.db)
    }

    static func run(_ app: Application, _ text: String) async throws -> RegistryImporter.Outcome {
        try await importer(app).run(.enterprises, data: Data(text.utf8), fileName: "e.csv", partial: false)
    }

    static func firm(_ app: Application, _ serial: Int) async throws -> Enterprise {
        try #require(try await Enterprise.query(on: app.db).filter(\.$creditCode == code(serial)).first())
    }

    @Test("Chinese headers link the named leader accounts, the name stored with the account")
    func links() async throws {
        try await withTestApp { app in
            let li = try await Fixture.user(app, "lishi", .leader, displayName: "李市长")
            let wang = try await Fixture.user(app, "wangzhen", .leader, displayName: "王镇长")
            let file = "统一社会信用代码,企业名称,镇街,行业代码,市挂钩领导账号,镇挂钩领导账号\n"
                + "\(Self.code(1)),甲,沙坪街道,3311,lishi,wangzhen\n\(Self.code(2)),乙,沙坪街道,3311,,lishi\n"
            let outcome = try await Self.run(app, file)
            #expect(outcome.report.inserted == 2 && outcome.report.rejected == 0)
            let first = try await Self.firm(app, 1), second = try await Self.firm(app, 2)
            #expect(first.cityLeaderID == li.id && first.cityLeader == "李市长")
            #expect(first.townLeaderID == wang.id && first.townLeader == "王镇长")
            #expect(second.cityLeaderID == nil && second.cityLeader == nil && second.townLeaderID == li.id)
        }
    }

    @Test("An unknown name, a department's account, a disabled leader or another county's leader is refused by row and column in both languages; nothing written")
    func refusals() async throws {
        try await withTestApp { app in
            try await Fixture.user(app, "lishi", .leader, displayName: "李市长")
            try await Fixture.user(app, "zhou", .department, binding: "gxj")
            let away = try await Fixture.user(app, "xinhui", .leader)
            away.countyCode = "440705"
            try await away.update(on: app.db)
            let gone = try await Fixture.user(app, "retired", .leader)
            gone.isActive = false
            try await gone.update(on: app.db)
            let file = "credit_code,name,town,industry,city_leader_account,town_leader_account\n"
                + "\(Self.code(1)),甲,shaping,3311,lishi,\n"
                + "\(Self.code(2)),乙,shaping,3311,ghost,zhou\n"
                + "\(Self.code(3)),丙,shaping,3311,xinhui,retired\n"
            let error = await #expect(throws: ImportRejected.self) { try await Self.run(app, file) }
            #expect(error?.issues.map { "\($0.row):\($0.column ?? "")" }
                    == ["3:city_leader_account", "3:town_leader_account", "4:city_leader_account", "4:town_leader_account"])
            let reason = try #require(error?.issues.first?.reason)
            #expect(reason.zh == "“ghost”不是本县（市、区）的领导账号" && reason.en == "'ghost' is not a leader account of this county")
            #expect(error?.issues.first?.message.zh.hasPrefix("第 3 行，列“city_leader_account”") == true)
            #expect(try await Enterprise.query(on: app.db).count() == 0, "all or nothing: the good row is not written either")
        }
    }

    @Test("A file without the columns, or with the keep mark, leaves the links alone; a blank cell unlinks")
    func keepAndClear() async throws {
        try await withTestApp { app in
            let li = try await Fixture.user(app, "lishi", .leader, displayName: "李市长")
            _ = try await Self.run(app, "credit_code,name,town,industry,city_leader_account,town_leader_account\n"
                                   + "\(Self.code(1)),甲,shaping,3311,lishi,lishi\n\(Self.code(2)),乙,shaping,3311,lishi,lishi\n")
            let old = try await Self.firm(app, 2)
            old.cityLeaderID = nil
            old.cityLeader = "张副市长"
            try await old.update(on: app.db)

            _ = try await Self.run(app, "credit_code,name,town,industry\n\(Self.code(1)),甲改,shaping,3311\n\(Self.code(2)),乙,shaping,3311\n")
            let renamed = try await Self.firm(app, 1), untouched = try await Self.firm(app, 2)
            #expect(renamed.name == "甲改" && renamed.cityLeaderID == li.id && renamed.townLeaderID == li.id, "no columns: links kept")
            #expect(untouched.cityLeader == "张副市长" && untouched.cityLeaderID == nil)

            _ = try await Self.run(app, "credit_code,name,town,industry,city_leader_account,town_leader_account\n"
                                   + "\(Self.code(1)),甲,shaping,3311,,=\n\(Self.code(2)),乙,shaping,3311,=,\n")
            let first = try await Self.firm(app, 1), second = try await Self.firm(app, 2)
            #expect(first.cityLeaderID == nil && first.cityLeader == nil, "a blank cell unlinks")
            #expect(first.townLeaderID == li.id && first.townLeader == "李市长", "= keeps")
            #expect(second.cityLeader == "张副市长" && second.cityLeaderID == nil, "an old typed name is kept by =")
            #expect(second.townLeaderID == nil && second.townLeader == nil)
        }
    }

    @Test("The export writes each linked account's sign-in name, and = for a typed name never linked")
    func export() async throws {
        try await withTestApp { app in
            try await Fixture.user(app, "lishi", .leader, displayName: "李市长")
            _ = try await Self.run(app, "credit_code,name,town,industry,city_leader_account\n"
                                   + "\(Self.code(1)),甲,shaping,3311,lishi\n\(Self.code(2)),乙,shaping,3311,\n")
            let old = try await Self.firm(app, 2)
            old.townLeader = "张镇长"
            try await old.update(on: app.db)
            let file = try await AppSession(app: app, actor: .commandLine("stats")).exportTable(.enterprises, xlsx: false, language: .en)
            let text = String(decoding: file, as: UTF8.self)
            #expect(text.contains("city_leader_account,town_leader_account"))
            let lines = text.split(whereSeparator: \.isNewline).map(String.init)
            let first = try #require(lines.first { $0.hasPrefix(Self.code(1)) }), second = try #require(lines.first { $0.hasPrefix(Self.code(2)) })
            #expect(first.contains(",lishi,"), "\(first)")
            #expect(second.contains(",,'=,") || second.contains(",,=,"), "\(second)")
        }
    }
}

import BaiqiangCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import BaiqiangApp

/// A project's linked leader goes out in the export as the account (and the name, for people)
/// and comes back by the enterprises import's rule: the account links, `=` or no column keeps,
/// a blank cell unlinks, an account that is not one of the county's active leaders is refused
/// with its row and column and nothing is written.
@Suite("Projects: the linked leader by account through export and import")
struct ProjectLeaderFileTests {
    static func session(_ app: Application) -> AppSession {
        AppSession(app: app, actor: .commandLine("ops"))
    }

    static func file(account: String?, leader: String = "") -> Data {
        let header = "name,codename,year,investment_yi,town,leader" + (account == nil ? "" : ",leader_account") + ",stage,stage_date"
        let row = "挂钩项目,LINK-A,2024,12,gonghe,\(leader)" + (account.map { ",\($0)" } ?? "") + ",signed,2024-03-01"
        return Data((header + "\n" + row + "\n").utf8)
    }

    static func project(_ app: Application) async throws -> Project {
        try #require(try await Project.query(on: app.db).filter(\.$codename == "LINK-A").first())
    }

    @Test("Imported by account, the project is linked; the export writes the account and the name; read again it is unchanged")
    func roundTrip() async throws {
        try await withTestApp { app in
            let leader = try await Fixture.user(app, "lishi", .leader, displayName: "李市长")
            let outcome = try await Self.session(app).importProjects(Self.file(account: "lishi"), partial: false, sheet: nil)
            #expect(outcome.inserted == 1)
            var project = try await Self.project(app)
            #expect(project.linkedLeaderID == leader.id)
            #expect(project.linkedLeader == "李市长")

            let exported = try await Self.session(app).exportTable(.projects, xlsx: false, language: .en)
            let text = String(decoding: exported, as: UTF8.self)
            let header = try #require(text.split(separator: "\n").first).split(separator: ",").map(String.init)
            let line = try #require(text.split(separator: "\n").first { $0.contains("LINK-A") }).split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            let leaderAt = try #require(header.firstIndex(of: "leader")), accountAt = try #require(header.firstIndex(of: "leader_account"))
            #expect(line[leaderAt] == "李市长")
            #expect(line[accountAt] == "lishi")

            let again = try await Self.session(app).importProjects(Data(exported), partial: false, sheet: nil)
            #expect(again.inserted == 0 && again.relinked == 0 && again.rejected == 0)
            #expect(again.unchanged >= 1)
            project = try await Self.project(app)
            #expect(project.linkedLeaderID == leader.id)
        }
    }

    @Test("On a stored project, = and a missing column keep the link; blank unlinks; another account relinks; each audited")
    func keepUnlinkRelink() async throws {
        try await withTestApp { app in
            let lishi = try await Fixture.user(app, "lishi", .leader, displayName: "李市长")
            let wang = try await Fixture.user(app, "wang", .leader, displayName: "王副市长")
            _ = try await Self.session(app).importProjects(Self.file(account: "lishi"), partial: false, sheet: nil)
            for kept in [Self.file(account: LeaderChoice.keepValue), Self.file(account: nil, leader: "别人")] {
                let outcome = try await Self.session(app).importProjects(kept, partial: false, sheet: nil)
                #expect(outcome.unchanged == 1 && outcome.relinked == 0)
                #expect(try await Self.project(app).linkedLeaderID == lishi.id)
            }
            let relinked = try await Self.session(app).importProjects(Self.file(account: "wang"), partial: false, sheet: nil)
            #expect(relinked.relinked == 1 && relinked.inserted == 0)
            #expect(try await Self.project(app).linkedLeaderID == wang.id)
            #expect(try await Self.project(app).linkedLeader == "王副市长")
            let unlinked = try await Self.session(app).importProjects(Self.file(account: "", leader: "王副市长"), partial: false, sheet: nil)
            #expect(unlinked.relinked == 1)
            let project = try await Self.project(app)
            #expect(project.linkedLeaderID == nil && project.linkedLeader == nil, "blank unlinks, the typed name with it")
            let id = try project.requireID().uuidString
            #expect(try await AuditEntry.query(on: app.db).filter(\.$action == "projects.changed").filter(\.$entityID == id).count() == 2)
        }
    }

    @Test("An account that is not an active leader of the county is refused by row and column, nothing written")
    func unknownAccount() async throws {
        try await withTestApp { app in
            try await Fixture.user(app, "lishi", .leader, displayName: "李市长")
            try await Fixture.user(app, "gxj1", .department, binding: "gxj")
            for account in ["ghost", "gxj1"] {
                await #expect(throws: ProjectInputError.self) {
                    try await Self.session(app).importProjects(Self.file(account: account), partial: false, sheet: nil)
                }
                do {
                    _ = try await Self.session(app).importProjects(Self.file(account: account), partial: false, sheet: nil)
                } catch let error as ProjectInputError {
                    #expect(error.locatedIssues.contains { $0.row == 2 && $0.column == "leader_account" })
                }
                #expect(try await Project.query(on: app.db).filter(\.$codename == "LINK-A").count() == 0)
            }
            // A stored project relinked to an unknown account: refused, the link kept.
            _ = try await Self.session(app).importProjects(Self.file(account: "lishi"), partial: false, sheet: nil)
            await #expect(throws: ProjectInputError.self) {
                try await Self.session(app).importProjects(Self.file(account: "ghost"), partial: false, sheet: nil)
            }
            #expect(try await Self.project(app).linkedLeader == "李市长")
        }
    }
}

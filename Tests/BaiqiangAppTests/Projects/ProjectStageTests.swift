import BaiqiangCore
import Fluent
import Foundation
import Testing
import Vapor
@testable import BaiqiangApp

/// Stage changes go through Core's rules, dated and audited; a refused change writes nothing.
@Suite("Projects: stage changes, checks on entry, names kept confidential until signed")
struct ProjectStageTests {
    @Test("A skip without a reason and a date before the current stage's are refused and write nothing; a next step is written and audited")
    func stageRules() async throws {
        try await withTestApp { app in
            try await Fixture.user(app, "tcj-user", .department, binding: "tcj")
            let id = try await ProjectFixture.project(app, ProjectFixture.record("甲项目"), stage: .negotiating, since: "2024-01-10")
            let store = try await ProjectFixture.store(app, "tcj-user")
            let writer = ProjectFixture.writer(app, "tcj-user")
            let skip = await #expect(throws: ProjectStageError.self) {
                try await store.move(projectID: id, to: .registered, on: ProjectFixture.day("2024-02-01"), reason: nil, writer: writer)
            }
            #expect(skip?.reason == .skipNeedsReason(from: .negotiating, to: .registered))
            let early = await #expect(throws: ProjectStageError.self) {
                try await store.move(projectID: id, to: .signed, on: ProjectFixture.day("2024-01-09"), reason: nil, writer: writer)
            }
            #expect(early?.reason == .dateBeforePrevious(date: ProjectFixture.day("2024-01-09"), previous: ProjectFixture.day("2024-01-10")))
            #expect(try await Project.find(id, on: app.db)?.stage == ProjectStage.negotiating.rawValue)
            #expect(try await AuditEntry.query(on: app.db).filter(\.$action == "projects.stage.changed").count() == 0)

            try await store.move(projectID: id, to: .signed, on: ProjectFixture.day("2024-01-10"), reason: nil, writer: writer)
            try await store.move(projectID: id, to: .landSupplied, on: ProjectFixture.day("2024-03-01"), reason: "注册与供地同日", writer: writer)
            let project = try #require(try await Project.find(id, on: app.db))
            #expect(project.stage == ProjectStage.landSupplied.rawValue && project.stageSince == "2024-03-01" && project.wasSigned)
            #expect(try await AuditEntry.query(on: app.db).filter(\.$action == "projects.stage.changed").count() == 2)
            let history = try #require(try await store.histories(of: [id])[id])
            #expect(history.changes.map(\.to) == [.negotiating, .signed, .landSupplied])
            #expect(history.changes.last?.reason == "注册与供地同日")
        }
    }

    @Test("Only administrators and the lead department move a project; a town or another department is refused")
    func whoMoves() async throws {
        try await withTestApp { app in
            try await Fixture.user(app, "other-dept", .department, binding: "gxj")
            try await Fixture.user(app, "town-user", .town, binding: "gonghe")
            try await Fixture.user(app, "admin-user", .admin)
            let id = try await ProjectFixture.project(app, ProjectFixture.record("乙项目"))
            for username in ["other-dept", "town-user"] {
                let store = try await ProjectFixture.store(app, username)
                await #expect(throws: AccessRefusal.self) {
                    try await store.move(projectID: id, to: .signed, on: ProjectFixture.day("2024-02-01"), reason: nil,
                                         writer: ProjectFixture.writer(app, username))
                }
            }
            #expect(try await Project.find(id, on: app.db)?.stage == ProjectStage.negotiating.rawValue)
            try await ProjectFixture.store(app, "admin-user").move(projectID: id, to: .signed, on: ProjectFixture.day("2024-02-01"),
                                                                   reason: nil, writer: ProjectFixture.writer(app, "admin-user"))
            #expect(try await Project.find(id, on: app.db)?.stage == ProjectStage.signed.rawValue)
        }
    }

    @Test("Funds over the investment, an investment over 10,000 亿 (with the unit hint) and a name repeated within a year are refused; the name may recur in another year")
    func entryChecks() async throws {
        try await withTestApp { app in
            func refusal(_ record: ProjectRecord) async -> ProjectInputError? {
                await #expect(throws: ProjectInputError.self) { try await ProjectFixture.project(app, record) }
            }
            let funds = await refusal(ProjectFixture.record("丙项目", investmentYi: 5, fundsYi: 5.5))
            #expect(funds?.locatedIssues.map(\.column) == ["funds_in_place_yi"])
            let unit = await refusal(ProjectFixture.record("丙项目", investmentYi: 10_001))
            #expect(unit?.locatedIssues.map(\.column) == ["investment_yi"])
            #expect(unit?.message.zh.contains("万元") == true)
            _ = try await ProjectFixture.project(app, ProjectFixture.record("丙项目", investmentYi: 10_000, fundsYi: 10_000))
            let duplicate = await refusal(ProjectFixture.record("丙项目", codename: "代号B"))
            #expect(duplicate?.locatedIssues.map(\.column) == ["name"])
            _ = try await ProjectFixture.project(app, ProjectFixture.record("丙项目", year: 2025))
            #expect(try await Project.query(on: app.db).filter(\.$isDemo == false).filter(\.$name == "丙项目").count() == 2)
        }
    }

    @Test("Before signing a town sees the codename and the lead department the name; after signing both see the name; another county's project is not found")
    func confidentialName() async throws {
        try await withTestApp { app in
            try await Fixture.user(app, "town-user", .town, binding: "gonghe")
            try await Fixture.user(app, "tcj-user", .department, binding: "tcj")
            let id = try await ProjectFixture.project(app, ProjectFixture.record("丁项目真名", codename: "代号丁"))
            let town = try await ProjectFixture.store(app, "town-user")
            let lead = try await ProjectFixture.store(app, "tcj-user")
            #expect(try await town.project(id: id)?.shownName(to: town.principal) == "代号丁")
            #expect(try await town.projects(.init(text: "真名")).count() == 0, "a search must not reveal the name")
            #expect(try await lead.project(id: id)?.shownName(to: lead.principal) == "丁项目真名")
            try await lead.move(projectID: id, to: .signed, on: ProjectFixture.day("2024-02-01"), reason: nil,
                                writer: ProjectFixture.writer(app, "tcj-user"))
            #expect(try await town.project(id: id)?.shownName(to: town.principal) == "丁项目真名")
            #expect(try await town.projects(.init(text: "真名")).count() == 1)

            let elsewhere = try await ProjectFixture.project(app, ProjectFixture.record("外县项目"), county: "440703")
            #expect(try await lead.project(id: elsewhere) == nil)
        }
    }
}

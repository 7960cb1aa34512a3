import BaiqiangCore
import Fluent
import Foundation
import Testing
import Vapor
@testable import BaiqiangApp

/// Heshan starts with its published projects, each fact with its source; planned milestones stay
/// planned and a date nobody published stays unknown, then 未报 once the planned day passes.
@Suite("Projects: Heshan's published projects, sourced, with planned milestones")
struct PublishedProjectsTests {
    static func longi(_ app: Application) async throws -> Project {
        try #require(try await Project.query(on: app.db).filter(\.$name == "隆基绿能鹤山10GW组件项目").first())
    }

    @Test("Longi and Xinyi are loaded once, not as demo data, every fact with a source")
    func loaded() async throws {
        try await withTestApp { app in
            let projects = try await Project.query(on: app.db).filter(\.$isDemo == false).all()
            #expect(Set(projects.map(\.name)) == ["隆基绿能鹤山10GW组件项目", "信义玻璃鹤山项目"])
            for project in projects {
                #expect(!project.factSources.isEmpty)
                #expect(project.factSources.allSatisfy { !$0.source.isEmpty })
            }
            let longi = try await Self.longi(app)
            #expect(longi.investmentYi == 19.99 && longi.townCode == "zhishan" && longi.stage == ProjectStage.started.rawValue)
            #expect(longi.factSources.contains { $0.fact.contains("2022-11-21") && $0.source.contains("caixun.net") })
            try await ProjectsStore.loadPublished(app)
            #expect(try await Project.query(on: app.db).filter(\.$isDemo == false).count() == 2)
        }
    }

    @Test("Longi's land milestone is planned for 2023-03-31 with no actual day: unknown on that day, 未报 the day after")
    func landMilestone() async throws {
        try await withTestApp { app in
            let longi = try await Self.longi(app)
            let id = try longi.requireID()
            let store = ProjectsStore(db: app.db, principal: .countyWide(of: CountyCode.heshan))
            let histories = try await store.histories(of: [id])
            let milestones = try #require(try await store.milestones(of: [id], histories: histories)[id])
            #expect(milestones.map(\.stage) == [.landSupplied, .producing, .fullCapacity])
            #expect(milestones.map(\.planned.description) == ["2023-03-31", "2024-03-31", "2025-03-31"])
            #expect(milestones.allSatisfy { $0.actual == nil }, "a planned day is never taken for an actual one")
            let land = milestones[0]
            #expect(ProjectMilestoneState.of(land, current: .started, today: ProjectFixture.day("2023-03-31")) == .unknown)
            #expect(ProjectMilestoneState.of(land, current: .started, today: ProjectFixture.day("2023-04-01")) == .notReported)
        }
    }
}

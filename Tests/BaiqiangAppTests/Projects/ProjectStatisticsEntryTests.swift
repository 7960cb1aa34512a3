import BaiqiangCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import BaiqiangApp

/// 入库: a started project waits for its entry in the statistics database; the lead department
/// records the day, which the light's third part then reads.
@Suite("Projects: the statistics entry (入库) day and its light")
struct ProjectStatisticsEntryTests {
    static let today = PlanPeriodsTests.noon("2026-04-15")

    func detail(_ app: Application, _ id: UUID, _ headers: HTTPHeaders) async throws -> [String: Any] {
        var json: [String: Any] = [:]
        try await app.testing().test(.GET, SiteURL.api(.project(id: id.uuidString)).path, headers: headers) { response async throws in
            #expect(response.status == .ok)
            json = try #require(try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
        }
        return json
    }

    /// The light of the entry part, found by its Chinese name.
    func entryLight(_ detail: [String: Any]) -> String? {
        let parts = detail["light_parts"] as? [[String: Any]] ?? []
        let part = parts.first { ($0["part"] as? [String: Any])?["zh"] as? String == "入库" }
        return part?["light"] as? String
    }

    func record(_ app: Application, _ id: UUID, _ day: String, _ headers: HTTPHeaders) async throws -> HTTPStatus {
        var status = HTTPStatus.ok
        try await app.testing().test(.POST, SiteURL.api(.projectStatisticsEntry(id: id.uuidString)).path, headers: headers,
                                     beforeRequest: { request in
            try request.content.encode(["date": day], as: .json)
        }, afterResponse: { response async in status = response.status })
        return status
    }

    @Test("Two months after its start without entry the part is red; the recorded day turns it green and is audited")
    func entryTurnsGreen() async throws {
        try await withTestApp(at: Self.today) { app in
            let id = try await ProjectFixture.project(app, ProjectFixture.record("入库项目"), stage: .started, since: "2026-02-10")
            try await Fixture.user(app, "tcj-user", .department, binding: "tcj")
            let lead = try await ProjectsAPITests.bearer(app, "tcj-user")
            #expect(entryLight(try await detail(app, id, lead)) == "red")
            #expect(try await record(app, id, "2026-03-01", lead) == .ok)
            let after = try await detail(app, id, lead)
            #expect(after["statistics_entry_on"] as? String == "2026-03-01")
            #expect(entryLight(after) == "green")
            #expect(try await AuditEntry.query(on: app.db).filter(\.$action == "projects.statistics_entry.recorded").count() == 1)
        }
    }

    @Test("A day before the start, a day after today, a project not started and a town account are refused, and nothing changes")
    func refusals() async throws {
        try await withTestApp(at: Self.today) { app in
            let started = try await ProjectFixture.project(app, ProjectFixture.record("已开工项目"), stage: .started, since: "2026-02-10")
            let unstarted = try await ProjectFixture.project(app, ProjectFixture.record("未开工项目", codename: "代号B"), stage: .signed,
                                                             since: "2026-02-10")
            try await Fixture.user(app, "tcj-user", .department, binding: "tcj")
            try await Fixture.user(app, "townuser", .town, binding: "gonghe")
            let lead = try await ProjectsAPITests.bearer(app, "tcj-user")
            #expect(try await record(app, started, "2026-02-09", lead) == .badRequest, "the day before the start")
            #expect(try await record(app, started, "2026-04-16", lead) == .badRequest, "tomorrow")
            #expect(try await record(app, started, "2026-4-1", lead) == .badRequest)
            #expect(try await record(app, unstarted, "2026-03-01", lead) == .badRequest, "not started")
            #expect(try await record(app, started, "2026-03-01", try await ProjectsAPITests.bearer(app, "townuser")) == .forbidden)
            #expect(try await Project.query(on: app.db).filter(\.$statisticsEntryOn != nil).count() == 0)
            #expect(entryLight(try await detail(app, unstarted, lead)) == nil, "not judged before the start")
            #expect(try await record(app, started, "2026-02-10", lead) == .ok, "the start day itself")
            #expect(try await record(app, started, "2026-04-15", lead) == .ok, "today itself, a correction")
        }
    }
}

import BaiqiangCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import BaiqiangApp

/// `/api/v1/projects/stalled` and `/api/v1/projects/rates`: what the stalled and rates pages
/// show, read within the account's scope, names as the account may see them.
@Suite("Projects API: stalled lists and rates")
struct ProjectsReportsAPITests {
    static func get(_ app: Application, _ url: SiteURL.API, _ headers: HTTPHeaders) async throws -> (HTTPStatus, [String: Any]) {
        var result: (HTTPStatus, [String: Any]) = (.ok, [:])
        try await app.testing().test(.GET, SiteURL.api(url).path, headers: headers) { response async in
            result.0 = response.status
            result.1 = (try? JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any]) ?? [:]
        }
        return result
    }

    /// A signed project whose planned start has passed: 立项未开工, linked to the leader `mayor`.
    static func stalledProject(_ app: Application, _ name: String, codename: String, county: String? = nil) async throws {
        var record = ProjectFixture.record(name, codename: codename)
        record.linkedLeader = "李市长"
        var writer = app.writer(as: .system)
        if let county { writer = writer.inCounty(county) }
        let entry = ProjectEntry(record: record, history: ProjectStageHistory(start: .signed, on: ProjectFixture.day("2024-01-10")),
                                 milestones: [ProjectMilestone(stage: .started, planned: ProjectFixture.day("2024-03-01"))])
        try await ProjectsStore.create([entry], isDemo: false, writer: writer)
    }

    @Test("The stalled lists name each project as the account may see it (signed: its name), with days stalled and the linked leader; another county's is not there")
    func stalled() async throws {
        try await withTestApp { app in
            try await Self.stalledProject(app, "保密光伏项目", codename: "代号甲")
            try await Self.stalledProject(app, "外县项目", codename: "外县代号", county: "440703")
            try await Fixture.user(app, "townuser", .town, binding: "gonghe")
            try await Fixture.user(app, "tcj1", .department, binding: "tcj")
            let (status, body) = try await Self.get(app, .projectsStalled, try await ProjectsAPITests.bearer(app, "townuser"))
            #expect(status == .ok)
            let lists = try #require(body["lists"] as? [[String: Any]])
            #expect(lists.compactMap { $0["list"] as? String } == StalledList.allCases.map(\.rawValue))
            let notStarted = try #require(lists.first { $0["list"] as? String == "approved_not_started" }?["projects"] as? [[String: Any]])
            #expect(notStarted.count == 1)
            #expect(notStarted.first?["name"] as? String == "保密光伏项目", "once signed the name is no secret")
            #expect(notStarted.first?["linked_leader"] as? String == "李市长")
            #expect((notStarted.first?["days_stalled"] as? Int ?? 0) > 0)
            let all = lists.flatMap { ($0["projects"] as? [[String: Any]]) ?? [] }.compactMap { $0["name"] as? String }
            #expect(!all.contains("外县项目") && !all.contains("外县代号"))

            var anonymous = HTTPHeaders()
            anonymous.add(name: .accept, value: "application/json")
            #expect(try await Self.get(app, .projectsStalled, anonymous).0 == .unauthorized)
        }
    }

    @Test("The rates in all and by year, channel, chain and town, as the rates page computes them")
    func rates() async throws {
        try await withTestApp { app in
            var chained = ProjectFixture.record("链上项目", year: 2024, investmentYi: 10, fundsYi: 5)
            chained.chainCode = "silicon-energy"
            chained.channel = .chain
            try await ProjectFixture.project(app, chained, stage: .started, since: "2024-03-01")
            try await Fixture.user(app, "boss", .leader)
            let (status, body) = try await Self.get(app, .projectsRates, try await ProjectsAPITests.bearer(app, "boss"))
            #expect(status == .ok)
            // The county's published projects are counted too; the chain channel holds only the one above.
            let total = try #require(body["total"] as? [String: Any])
            #expect((total["signed_count"] as? Int ?? 0) >= 1)
            let channel = try #require((body["by_channel"] as? [[String: Any]])?.first { $0["key"] as? String == "chain" }?["rates"] as? [String: Any])
            #expect(channel["signed_count"] as? Int == 1 && channel["ten_yi_project_count"] as? Int == 1)
            #expect(channel["funds_in_place_rate"] as? Double == 0.5 && channel["start_rate"] as? Double == 1)
            #expect((body["by_chain"] as? [[String: Any]])?.compactMap { $0["key"] as? String }.contains("silicon-energy") == true)
            #expect((body["by_town"] as? [[String: Any]])?.compactMap { $0["key"] as? String }.contains("gonghe") == true)
            #expect((body["by_year"] as? [[String: Any]])?.compactMap { $0["key"] as? String }.contains("2024") == true)
            #expect(body["includes_demo"] as? Bool == false)
        }
    }
}

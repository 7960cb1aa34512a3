import BaiqiangCore
import Fluent
import Foundation
import Testing
import Vapor
@testable import BaiqiangApp

/// The plan's figures fed by project records: the Longi milestones and the yearly count of signed
/// projects of 10亿 or more.
@Suite("Projects for the plan: Longi's milestones and signed ten-yi projects from the records")
struct ProjectsPlanProviderTests {
    static func day(_ text: String) -> PlanDate { PlanDate(text)! }

    @Test("Longi's milestones come from its record: unknown before the planned day, 未报 after it, never done without a reported day")
    func longiMilestones() async throws {
        try await withTestApp { app in
            let provider = try #require(Capabilities.all.flatMap {
                $0.milestoneProviders(on: app.db, environment: app.appEnvironment, county: CountyCode.heshan)
            }.first)
            let early = try await provider.readings(asOf: Self.day("2023-03-01"))
            #expect(Set(early.keys) == ["longi-land-supplied", "longi-trial-production", "longi-full-production"])
            let land = try #require(early["longi-land-supplied"])
            #expect(land.planned == Self.day("2023-03-31") && land.actual == nil)
            #expect(land.state == .unknown, "the project has started, so its land came, on a day nobody published")
            #expect(early["longi-trial-production"]?.state == .pending)
            let late = try await provider.readings(asOf: Self.day("2026-06-30"))
            #expect(late["longi-land-supplied"]?.state == .notReported)
            #expect(late["longi-full-production"]?.planned == Self.day("2025-03-31"))
            #expect(late["longi-full-production"]?.state == .notReported)
            let document = try DefaultPlan.load(now: Self.day("2026-06-30"))
            let planned = try #require(document.allMilestones.first { $0.code == "longi-land-supplied" })
            #expect(try #require(late["longi-land-supplied"]).applied(to: planned).actual == nil, "未报 is never shown as done")
        }
    }

    @Test("Signed projects of 10亿 or more are counted by year of signing; smaller and unsigned ones are not; a count with demo projects says so")
    func signedTenYiProjects() async throws {
        try await withTestApp { app in
            try await ProjectFixture.project(app, ProjectFixture.record("大项目", year: 2024, investmentYi: 12), stage: .signed, since: "2024-03-01")
            try await ProjectFixture.project(app, ProjectFixture.record("小项目", year: 2024, investmentYi: 5), stage: .signed, since: "2024-04-01")
            try await ProjectFixture.project(app, ProjectFixture.record("在谈大项目", year: 2024, investmentYi: 30), stage: .negotiating, since: "2024-04-01")
            let kpi = try #require(try DefaultPlan.load(now: Self.day("2024-12-31")).allKPIs.first { $0.code == "signed-ten-yi-projects" })
            #expect(kpi.provider == ProjectsKPIProvider.signedTenYiKey)
            let provider = ProjectsKPIProvider(db: app.db, county: CountyCode.heshan)
            let real = try await provider.readings(for: kpi, asOf: Self.day("2024-12-31")).observations
            let byYear = Dictionary(uniqueKeysWithValues: real.map { ($0.date.year, $0.value) })
            #expect(byYear[2022] == 1, "Longi, 19.99亿, signed 2022-11-21")
            #expect(byYear[2024] == 1)
            #expect(byYear[2023] == nil, "信义玻璃 was first recorded at 开工: the year it was signed is not known")
            #expect(real.allSatisfy { $0.provenance == .factual })

            // Demo projects count as the registry's demo firms do: in the figure, which then says so.
            try await DemoProjectsSeed.fillIfEmpty(app, seed: 7, actor: .system)
            let withDemo = try await provider.readings(for: kpi, asOf: Self.day("2024-12-31")).observations
            #expect(withDemo.contains { $0.provenance.includesDemo }, "the demo county signs projects of 10亿 or more")
            for observation in withDemo {
                let before = byYear[observation.date.year] ?? 0
                #expect(observation.value >= before)
                #expect((observation.value > before) == observation.provenance.includesDemo, "\(observation.date): \(observation.value) vs \(before)")
                #expect(observation.provenance != .demo || before == 0)
            }
        }
    }

    @Test("A signed project's page links its company in the registry and its chain node")
    func linksToFirmAndChain() async throws {
        try await withTestApp { app in
            let code = try await Fixture.enterprise(app, serial: 9, name: "项目公司甲", town: "gonghe")
            var record = ProjectFixture.record("已注册项目", lead: "tcj")
            record.creditCode = code
            record.chainCode = "silicon-energy"
            record.chainNode = "modules"
            let id = try await ProjectFixture.project(app, record, stage: .registered, since: "2024-02-01")
            try await Fixture.user(app, "boss", .leader)
            let browser = try await app.signIn("boss")
            try await app.testing().test(.GET, SiteURL.project(id: id.uuidString).path, headers: browser.headers) { response async in
                let html = response.body.string
                #expect(html.contains(SiteURL.enterprise(creditCode: code).path) && html.contains("项目公司甲"))
                #expect(html.contains(SiteURL.chain(code: "silicon-energy").path))
            }
        }
    }
}

/// The rates page: the pipeline's rates in all and by year, channel, chain and town.
@Suite("Projects: the rates page")
struct ProjectRatesPageTests {
    @Test("The rates page shows each rate over the signed projects, by year, channel, chain and town; a group without a signed project has no rate")
    func ratesPage() async throws {
        try await withTestApp { app in
            var chained = ProjectFixture.record("链上项目", year: 2024, investmentYi: 10, fundsYi: 5)
            chained.chainCode = "silicon-energy"
            chained.channel = .chain
            try await ProjectFixture.project(app, chained, stage: .started, since: "2024-03-01")
            try await Fixture.user(app, "boss", .leader)
            let browser = try await app.signIn("boss")
            try await app.testing().test(.GET, SiteURL.projectsRates.path, headers: browser.headers) { response async in
                let html = response.body.string
                #expect(response.status == .ok)
                #expect(html.contains("按签约年份") && html.contains("按产业链") && html.contains("按镇街") && html.contains("按招商方式"))
                #expect(html.contains("硅能源及储能产业链（光伏）"), "a chain is named, not coded")
                #expect(html.contains("产业链招商"))
                #expect(html.contains("50%"), "funds in place: 5 of 10亿 for the chained project")
            }
        }
    }
}

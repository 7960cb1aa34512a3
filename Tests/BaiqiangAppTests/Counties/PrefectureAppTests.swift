import BaiqiangCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import BaiqiangApp

/// One installation for a prefecture: the plan's ranks come from the regional series; a county's
/// users see only their county; a prefecture account looks into each county, read-only.
@Suite("Prefecture: ranks that feed the plan, the 市级 role, counties kept apart")
struct PrefectureAppTests {
    static let jiangmen = ["440703", "440704", "440705", "440781", "440783", "440784", "440785"]

    /// Every unit's 2023 tax revenue growth, Heshan's second after Xinhui's.
    static func recordTaxGrowth(_ app: Application, units: [String] = jiangmen) async throws {
        let prefecture = try #require(try PrefectureProfile.bundled(code: "440700"))
        let growth: [String: Double] = ["440703": 1, "440704": 2, "440705": 9, "440781": 3, "440783": 4, "440784": 8, "440785": 5]
        let figures = units.enumerated().map { index, unit in
            CountiesStore.ImportedFigure(row: index + 1, figure: RegionalFigure(
                unitCode: unit, indicator: .taxRevenue, period: StatisticalPeriod(year: 2023)!, value: nil, growthPercent: growth[unit],
                citation: Citation(publisher: "江门市统计局", title: "2023年统计公报")))
        }
        _ = try await CountiesStore.record(figures, prefecture: prefecture, writer: app.writer(as: .system))
    }

    static func taxRankReadings(_ app: Application) async throws -> KPIReadings? {
        let now = PlanDate(year: 2026, month: 1, day: 1)!
        let plan = try DefaultPlan.load(now: now)
        let kpi = try #require(plan.allKPIs.first { $0.code == "rank-tax-growth" })
        guard case .measured(let readings) = try await Capabilities.kpiProviders(on: app.db, environment: app.appEnvironment)
            .data(for: kpi, asOf: now) else { return nil }
        return readings
    }

    @Test("The plan's tax-growth rank is computed from every unit's figure, beside the reported one; a unit missing leaves it blank")
    func rankKPIFromSeries() async throws {
        try await withTestApp { app in
            try await Self.recordTaxGrowth(app, units: Self.jiangmen.filter { $0 != "440785" })
            let partial = try #require(try await Self.taxRankReadings(app))
            #expect(partial.computed.isEmpty)
            #expect(partial.reported.map(\.value) == [1])

            try await Self.recordTaxGrowth(app, units: ["440785"])
            let readings = try #require(try await Self.taxRankReadings(app))
            #expect(readings.computed.map(\.value) == [2])
            #expect(readings.computed.map(\.date.description) == ["2023-12-31"])
            #expect(readings.reported.map(\.value) == [1])
        }
    }

    static func firmInXinhui(_ app: Application) async throws -> String {
        let code = CreditCode.completing("914407050000" + "00042")!
        let firm = Enterprise(creditCode: code, name: "新会测试企业", townID: nil, isDemo: false)
        firm.countyCode = "440705"
        try await firm.create(on: app.db)
        return code
    }

    @Test("A Heshan account asking for a Xinhui firm gets 404; the prefecture account sees it once it switches to Xinhui")
    func countiesKeptApart() async throws {
        try await withTestApp { app in
            let code = try await Self.firmInXinhui(app)
            try await Fixture.user(app, "lead", .leader)
            try await Fixture.user(app, "city", .prefecture)
            let lead = try await app.signIn("lead")
            try await app.testing().test(.GET, SiteURL.enterprise(creditCode: code).path, headers: lead.headers) { response async in
                #expect(response.status == .notFound)
            }
            let city = try await app.signIn("city")
            try await app.testing().test(.GET, SiteURL.enterprise(creditCode: code).path, headers: city.headers) { response async in
                #expect(response.status == .notFound)
            }
            try await app.testing().test(.GET, SiteURL.counties.path, headers: city.headers) { response async in
                #expect(response.body.string.contains("查看的县（市、区）"))
                #expect(response.body.string.contains(SiteURL.countiesViewing.path))
            }
            try await app.testing().test(.GET, SiteURL.counties.path, headers: lead.headers) { response async in
                #expect(!response.body.string.contains(SiteURL.countiesViewing.path))
            }
            try await app.testing().test(.POST, SiteURL.countiesViewing.path, headers: city.headers, beforeRequest: { request in
                try request.content.encode(["county": "440705", "_csrf": city.csrf], as: .urlEncodedForm)
            }, afterResponse: { response async in
                #expect(response.status == .seeOther)
            })
            try await app.testing().test(.GET, SiteURL.enterprise(creditCode: code).path, headers: city.headers) { response async in
                #expect(response.status == .ok)
                #expect(response.body.string.contains("新会测试企业"))
            }
            // A county outside the prefecture is refused; the leader cannot switch at all.
            try await app.testing().test(.POST, SiteURL.countiesViewing.path, headers: city.headers, beforeRequest: { request in
                try request.content.encode(["county": "440106", "_csrf": city.csrf], as: .urlEncodedForm)
            }, afterResponse: { response async in
                #expect(response.status == .badRequest)
            })
            try await app.testing().test(.POST, SiteURL.countiesViewing.path, headers: lead.headers, beforeRequest: { request in
                try request.content.encode(["county": "440705", "_csrf": lead.csrf], as: .urlEncodedForm)
            }, afterResponse: { response async in
                #expect(response.status == .forbidden)
            })
            try await app.testing().test(.GET, SiteURL.enterprise(creditCode: code).path, headers: lead.headers) { response async in
                #expect(response.status == .notFound)
            }
        }
    }

    /// The account's own doings, which every role may: signing in and out, its password, second
    /// factor and sessions, the language, and the prefecture's choice of county.
    static func isSelfService(_ path: String) -> Bool {
        [SiteURL.login, .logout, .account, .language(""), .countiesViewing].map(\.path).contains { path.hasPrefix($0) }
    }

    @Test("A prefecture account writes nothing: every registered write route, by page and by API, is refused and the audit log is unchanged")
    func everyWriteRefused() async throws {
        try await withTestApp { app in
            try await Fixture.user(app, "city", .prefecture)
            let city = try await app.signIn("city")
            let token = try await TokenService(writer: app.writer(as: .system)).create(username: "city").token
            let auditBefore = try await AuditEntry.query(on: app.db).count()
            var tried = 0
            for route in app.routes.all where [.POST, .PUT, .PATCH, .DELETE].contains(route.method) {
                let path = "/" + route.path.map { component -> String in
                    if case .parameter = component { return "x1" }
                    return component.description
                }.joined(separator: "/")
                guard !Self.isSelfService(path), !path.contains("*"), !path.hasPrefix("/open311") else { continue }
                var headers = city.headers
                if path.hasPrefix("/api/") { headers.bearerAuthorization = .init(token: token) }
                headers.replaceOrAdd(name: .accept, value: "application/json")
                tried += 1
                try await app.testing().test(route.method, path, headers: headers, beforeRequest: { request in
                    try request.content.encode(["_csrf": city.csrf], as: .urlEncodedForm)
                }, afterResponse: { response async in
                    #expect(!(200..<400).contains(response.status.code), "\(route.method) \(path) answered \(response.status.code)")
                })
            }
            #expect(tried > 30)
            #expect(try await AuditEntry.query(on: app.db).count() == auditBefore)
        }
    }
}

@Suite("baiqiang county create: a county from its profile file, audited, never twice")
struct CountyCreateTests {
    @Test("A county is created with its towns and departments and audited; the same code again, or Heshan's, changes nothing")
    func create() async throws {
        try await withTestApp { app in
            let session = AppSession(app: app, actor: .commandLine("ops"))
            let created = try await session.createCounty(profileYAML: CountyProfileCheckFixture.xinhui)
            #expect(created.divisionCode == "440705" && created.towns == 1 && created.departments == 2)
            #expect(try await Town.query(on: app.db, county: "440705").count() == 1)
            #expect(try await AuditEntry.query(on: app.db).filter(\.$action == "county.create").count() == 1)
            let before = try await AuditEntry.query(on: app.db).count()
            await #expect(throws: CountyAlreadyExists.self) { _ = try await session.createCounty(profileYAML: CountyProfileCheckFixture.xinhui) }
            let heshan = CountyProfileCheckFixture.xinhui.replacingOccurrences(of: "440705", with: CountyCode.heshan)
            await #expect(throws: CountyAlreadyExists.self) { _ = try await session.createCounty(profileYAML: heshan) }
            await #expect(throws: CountyProfileCheck.Failure.self) {
                _ = try await session.createCounty(profileYAML: CountyProfileCheckFixture.xinhui.replacingOccurrences(of: "440705", with: "4407"))
            }
            #expect(try await AuditEntry.query(on: app.db).count() == before)
            #expect(try await Town.query(on: app.db, county: "440705").count() == 1)
        }
    }
}

enum CountyProfileCheckFixture {
    static let xinhui = """
        code: xinhui
        divisionCode: "440705"
        name: {zh: 新会区, en: Xinhui}
        towns:
          - {code: huicheng, name: {zh: 会城街道, en: Huicheng Subdistrict}}
        departments:
          - {code: gxj, name: {zh: 工业和信息化局, en: Bureau of Industry}}
          - {code: zsj, name: {zh: 政务服务数据管理局, en: Government Services}, demandCentre: true}
        """
}

@Suite("baiqiang demo --prefecture: the other counties generated, labelled demo")
struct DemoPrefectureTests {
    @Test("The six other Jiangmen units get demo firms and figures; the comparison labels them 演示数据 beside the published ones")
    func demoPrefecture() async throws {
        try await withTestApp { app in
            let session = AppSession(app: app, actor: .commandLine("ops"))
            let summary = try await session.fillDemoPrefecture("jiangmen", seed: 7, firmsPerCounty: 12)
            #expect(summary.counties.count == 6 && !summary.counties.contains(CountyCode.heshan))
            #expect(try await Enterprise.query(on: app.db, county: "440705").filter(\.$isDemo == true).count() == 12)
            #expect(try await Enterprise.query(on: app.db, county: CountyCode.heshan).count() == 0)
            #expect(summary.figures > 0)
            // Xinhui's published 2023 GDP stays; Heshan gets no generated figure.
            let store = try #require(try CountiesStore(db: app.db, county: CountyCode.heshan))
            let gdp = try await store.currentFigures(indicator: .gdp)
            #expect(gdp.first { $0.unitCode == "440705" && $0.period.year == 2023 }?.value == 1011.25)
            #expect(gdp.first { $0.unitCode == "440705" && $0.period.year == 2023 }?.isDemo == false)
            #expect(!gdp.contains { $0.unitCode == CountyCode.heshan && $0.isDemo })
            #expect(gdp.contains { $0.unitCode == "440703" && $0.isDemo })

            try await Fixture.user(app, "lead", .leader)
            let lead = try await app.signIn("lead")
            try await app.testing().test(.GET, SiteURL.counties.path(query: ["indicator": "gdp", "period": "2023"]), headers: lead.headers) { response async in
                let body = response.body.string
                #expect(body.contains("演示数据"))
                #expect(body.contains("2023年统计公报"))
            }
        }
    }
}

@Suite("Readiness: reference counties beside the lines")
struct ReadinessReferencesTests {
    @Test("博罗 and 四会 are shown as reference counties, blank and said so, since no published figure of theirs is at hand")
    func referencesShownBlank() async throws {
        try await withTestApp { app in
            try await Fixture.user(app, "lead", .leader)
            let lead = try await app.signIn("lead")
            try await app.testing().test(.GET, SiteURL.countiesReadiness.path(query: ["year": "2027"]), headers: lead.headers) { response async in
                let body = response.body.string
                #expect(response.status == .ok)
                #expect(body.contains("博罗县") && body.contains("四会市"))
                #expect(body.contains("尚未录入其已公布数据及出处"))
                #expect(body.contains("到 2027 年所需年均增速"))
            }
        }
    }
}

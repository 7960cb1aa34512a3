import BaiqiangCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import BaiqiangApp

/// The prefecture's published figures: shipped with their sources, ranked on the comparison page
/// and the API, imported all or nothing, corrected only with a reason, and measured against the
/// top-100 lines.
@Suite("Counties: published figures compared, ranked, imported and corrected")
struct CountiesAppTests {
    static func session(_ app: Application) -> AppSession { AppSession(app: app, actor: .commandLine("stats")) }

    static func csv(_ rows: [String]) -> Data {
        Data((["区县,指标,期间,数值,增速,发布机构,更正原因"] + rows).joined(separator: "\n").utf8)
    }

    @Test("A new database has Jiangmen's published figures with their sources; 2023 GDP ranks 新会, 台山, 鹤山 and Heshan's share uses the published total")
    func shippedFigures() async throws {
        try await withTestApp { app in
            try await Fixture.user(app, "town1", .town, binding: "shaping")
            let browser = try await app.signIn("town1")
            try await app.testing().test(.GET, SiteURL.counties.path(query: ["indicator": "gdp", "period": "2023", "sort": "value"]), headers: browser.headers) { response async in
                #expect(response.status == .ok)
                let body = response.body.string
                let table = String(body[(body.range(of: "<tbody>")?.upperBound ?? body.startIndex)...])
                let order = ["新会区", "台山市", "鹤山市", "蓬江区"].compactMap { table.range(of: $0)?.lowerBound }
                #expect(order.count == 4 && order == order.sorted())
                #expect(body.contains("第 3 / 3"))
                #expect(body.contains("12.5%"))
                #expect(body.contains("2023年统计公报"))
                #expect(body.contains("（据转载件）"))
            }
            try await app.testing().test(.GET, SiteURL.api(.countiesFigures).path(query: ["indicator": "gdp", "period": "2023"]), headers: browser.headers) { response async in
                #expect(response.status == .ok)
                struct Items: Decodable { var items: [CountiesAPIController.FigureView] }
                let items = (try? response.content.decode(Items.self).items) ?? []
                #expect(items.map(\.unit) == ["440705", "440781", "440784"] || Set(items.map(\.unit)) == ["440705", "440781", "440784"])
                #expect(items.first { $0.unit == "440784" }?.rankByValue?.rank == 3)
                #expect(items.first { $0.unit == "440784" }?.rankByGrowth?.of == 3)
                #expect(items.allSatisfy { $0.source != nil })
            }
        }
    }

    @Test("An import with one bad row records nothing and names its row and column; with partial the good rows are recorded")
    func importAllOrNothing() async throws {
        try await withTestApp { app in
            let before = try await RegionalFigureRow.query(on: app.db).count()
            let file = Self.csv(["台山市,规上工业增加值,2023,120.5,5.1,台山市统计局,", "开平市,规上工业增加值,2023,110,1001,开平市统计局,"])
            let error = await #expect(throws: RegionalFigureInputError.self) {
                _ = try await Self.session(app).importRegionalFigures(file, partial: false, sheet: nil)
            }
            #expect(error?.locatedIssues.map { "\($0.row ?? 0):\($0.column ?? "")" } == ["3:growth"])
            #expect(try await RegionalFigureRow.query(on: app.db).count() == before)

            let outcome = try await Self.session(app).importRegionalFigures(file, partial: true, sheet: nil)
            #expect(outcome.recorded == 1 && outcome.issues.count == 1)
            #expect(try await RegionalFigureRow.query(on: app.db).count() == before + 1)
            #expect(try await AuditEntry.query(on: app.db).filter(\.$action == "counties.figure.recorded").filter(\.$entityID == "440781/industrial_value_added/2023").count() == 1)
        }
    }

    @Test("A file's unknown unit, unknown indicator and a period not over are refused by row and column")
    func fileProblems() async throws {
        try await withTestApp { app in
            let file = Self.csv(["火星市,地区生产总值,2023,1,1,x,", "鹤山市,产值,2023,1,1,x,", "鹤山市,地区生产总值,2099,1,1,x,"])
            let error = await #expect(throws: RegionalFigureInputError.self) {
                _ = try await Self.session(app).importRegionalFigures(file, partial: false, sheet: nil)
            }
            let places = Set(error?.locatedIssues.map { "\($0.row ?? 0):\($0.column ?? "")" } ?? [])
            #expect(places.contains("3:指标"))
            // The file-level issues are reported before the stored-figure checks run.
            #expect(!places.contains("2:unit"))
        }
    }

    @Test("A second figure for the same period needs a reason; the correction replaces it and the unit page keeps the old one")
    func corrections() async throws {
        try await withTestApp { app in
            let again = Self.csv(["鹤山市,地区生产总值,2023,503.1,6.2,鹤山市统计局,"])
            await #expect(throws: RegionalFigureInputError.self) {
                _ = try await Self.session(app).importRegionalFigures(again, partial: false, sheet: nil)
            }
            let corrected = Self.csv(["鹤山市,地区生产总值,2023,503.1,6.2,鹤山市统计局,统计局年报修订"])
            #expect(try await Self.session(app).importRegionalFigures(corrected, partial: false, sheet: nil).recorded == 1)
            let current = try await RegionalFigureRow.query(on: app.db).filter(\.$unitCode == "440784").filter(\.$indicator == "gdp")
                .filter(\.$period == "2023").all()
            #expect(current.filter(\.isCurrent).map(\.value) == [503.1])
            #expect(current.filter { !$0.isCurrent }.map(\.value) == [502.87])
            #expect(try await AuditEntry.query(on: app.db).filter(\.$action == "counties.figure.corrected").count() == 1)

            try await Fixture.user(app, "boss", .leader)
            let browser = try await app.signIn("boss")
            try await app.testing().test(.GET, SiteURL.countyUnit(code: "440784").path, headers: browser.headers) { response async in
                #expect(response.status == .ok)
                #expect(response.body.string.contains("503.1"))
                #expect(response.body.string.contains("502.87"))
                #expect(response.body.string.contains("已更正"))
                #expect(response.body.string.contains("全市排名变化"))
            }
            try await app.testing().test(.GET, SiteURL.countyUnit(code: "999999").path, headers: browser.headers) { response async in
                #expect(response.status == .notFound)
            }
        }
    }

    @Test("The readiness page shows Heshan's gap to 600亿 GDP and the growth needed by 2026, and budget revenue already over 20亿")
    func readiness() async throws {
        try await withTestApp { app in
            try await Fixture.user(app, "boss", .leader)
            let browser = try await app.signIn("boss")
            try await app.testing().test(.GET, SiteURL.countiesReadiness.path, headers: browser.headers) { response async in
                #expect(response.status == .ok)
                let body = response.body.string
                #expect(body.contains("97.13"))
                #expect(body.contains("6.06%"))
                #expect(body.contains("37.7"))
                #expect(body.contains("已达到"))
                #expect(body.contains("中新社"))
            }
        }
    }

    @Test("The comparison needs a signed-in account")
    func signInRequired() async throws {
        try await withTestApp { app in
            try await app.testing().test(.GET, SiteURL.counties.path) { response async in
                #expect(response.status != .ok)
            }
            try await app.testing().test(.GET, SiteURL.api(.countiesFigures).path) { response async in
                #expect(response.status == .unauthorized)
            }
        }
    }
}

@Suite("Counties: the comparison opens on the year most units reported")
struct CountiesDefaultPeriodTests {
    @Test("A newer year only one unit has reported does not open the page; a tie goes to the newer year")
    func defaultPeriod() {
        func figure(_ unit: String, _ year: Int) -> RegionalFigure {
            RegionalFigure(unitCode: unit, indicator: .gdp, period: StatisticalPeriod(year: year)!, value: 1, growthPercent: nil)
        }
        #expect(CountiesComparisonPage.defaultPeriod([figure("a", 2023), figure("b", 2023), figure("a", 2024)])?.year == 2023)
        #expect(CountiesComparisonPage.defaultPeriod([figure("a", 2023), figure("b", 2024)])?.year == 2024)
        #expect(CountiesComparisonPage.defaultPeriod([]) == nil)
    }
}

@Suite("Counties: a figure typed in by hand")
struct CountiesEntryTests {
    @Test("A department records a figure with its source; a second one for the same period without a reason is refused and shown again")
    func departmentRecords() async throws {
        try await withTestApp { app in
            try await Fixture.user(app, "tjj", .department, binding: "gxj")
            let browser = try await app.signIn("tjj")
            let form = ["unit": "440781", "indicator": "tax_revenue", "period": "2023", "value": "31.2", "growth": "4.5",
                        "publisher": "台山市统计局", "_csrf": browser.csrf]
            try await app.testing().test(.POST, SiteURL.countiesFigures.path, headers: browser.headers,
                                         beforeRequest: { try $0.content.encode(form, as: .urlEncodedForm) }) { response async in
                #expect(response.status == .seeOther)
            }
            let stored = try await RegionalFigureRow.query(on: app.db).filter(\.$unitCode == "440781").filter(\.$indicator == "tax_revenue").all()
            #expect(stored.map(\.value) == [31.2])
            #expect(stored.first?.publisher == "台山市统计局")
            try await app.testing().test(.POST, SiteURL.countiesFigures.path, headers: browser.headers,
                                         beforeRequest: { try $0.content.encode(form, as: .urlEncodedForm) }) { response async in
                #expect(response.status == .badRequest)
                #expect(response.body.string.contains("如需更正请注明原因"))
                #expect(response.body.string.contains("台山市统计局"))
            }
            #expect(try await RegionalFigureRow.query(on: app.db).filter(\.$unitCode == "440781").filter(\.$indicator == "tax_revenue").count() == 1)
        }
    }

    @Test("A town account sees no entry form and its post is refused with 403; a figure without a publisher is refused")
    func refusals() async throws {
        try await withTestApp { app in
            try await Fixture.user(app, "town1", .town, binding: "shaping")
            let town = try await app.signIn("town1")
            try await app.testing().test(.GET, SiteURL.counties.path, headers: town.headers) { response async in
                #expect(!response.body.string.contains(SiteURL.countiesFigures.path))
            }
            let form = ["unit": "440781", "indicator": "tax_revenue", "period": "2023", "value": "31.2", "publisher": "x", "_csrf": town.csrf]
            try await app.testing().test(.POST, SiteURL.countiesFigures.path, headers: town.headers,
                                         beforeRequest: { try $0.content.encode(form, as: .urlEncodedForm) }) { response async in
                #expect(response.status == .forbidden)
            }
            try await Fixture.user(app, "ops", .admin)
            let admin = try await app.signIn("ops")
            var unsourced = form
            unsourced["publisher"] = " "
            unsourced["_csrf"] = admin.csrf
            try await app.testing().test(.POST, SiteURL.countiesFigures.path, headers: admin.headers,
                                         beforeRequest: { try $0.content.encode(unsourced, as: .urlEncodedForm) }) { response async in
                #expect(response.status == .badRequest)
                #expect(response.body.string.contains("没有来源的数据不录入"))
            }
            #expect(try await RegionalFigureRow.query(on: app.db).filter(\.$indicator == "tax_revenue").count() == 0)
        }
    }
}

@Suite("Counties: readiness without a figure")
struct CountiesReadinessModelTests {
    @Test("An indicator the county has no yearly figure of has no gap, and a month's figure does not stand in for a year")
    func noFigure() {
        let may = RegionalFigure(unitCode: "440784", indicator: .gdp, period: StatisticalPeriod(year: 2024, throughMonth: 5)!, value: 250,
                                 growthPercent: nil)
        let model = CountiesReadinessPage.model(unit: nil, figures: [may], thresholds: ReadinessThreshold.ccid2024, targetYear: 2026)
        #expect(model.lines.count == 2)
        #expect(model.lines.allSatisfy { $0.latest == nil && $0.targets.allSatisfy { $0.gap == nil } })
    }
}

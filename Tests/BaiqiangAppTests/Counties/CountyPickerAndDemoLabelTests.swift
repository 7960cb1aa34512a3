import BaiqiangCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import BaiqiangApp

@Suite("Prefecture: the county picker in the header of every page")
struct CountyPickerHeaderTests {
    @Test("A prefecture account sees the picker on any page and returns to that page after switching; a county account sees none")
    func headerPicker() async throws {
        try await withTestApp { app in
            try await Fixture.user(app, "city", .prefecture)
            try await Fixture.user(app, "lead", .leader)
            let city = try await app.signIn("city")
            let lead = try await app.signIn("lead")
            for path in [SiteURL.plan.path, SiteURL.enterprises.path, SiteURL.demands.path] {
                try await app.testing().test(.GET, path, headers: city.headers) { response async in
                    let body = response.body.string
                    let header = String(body[..<(body.range(of: "</header>")?.lowerBound ?? body.endIndex)])
                    #expect(header.contains("site-county"), "no picker on \(path)")
                    #expect(header.contains(SiteURL.countiesViewing.path))
                    #expect(header.contains("新会区") && header.contains("鹤山市"))
                    #expect(header.contains(city.csrf))
                }
                try await app.testing().test(.GET, path, headers: lead.headers) { response async in
                    #expect(!response.body.string.contains("site-county"))
                    #expect(!response.body.string.contains(SiteURL.countiesViewing.path))
                }
            }
            var headers = city.headers
            headers.replaceOrAdd(name: .referer, value: "http://127.0.0.1:8080/enterprises?q=x")
            try await app.testing().test(.POST, SiteURL.countiesViewing.path, headers: headers, beforeRequest: { request in
                try request.content.encode(["county": "440705", "_csrf": city.csrf], as: .urlEncodedForm)
            }, afterResponse: { response async in
                #expect(response.status == .seeOther)
                #expect(response.headers.first(name: .location) == "/enterprises?q=x")
            })
            try await app.testing().test(.GET, SiteURL.plan.path, headers: city.headers) { response async in
                #expect(response.body.string.contains(#"<option value="440705" selected"#))
            }
        }
    }
}

@Suite("Counties: generated figures labelled on a unit's own page")
struct CountyUnitDemoLabelTests {
    @Test("A unit's demo figures show 演示数据 beside the value and over its rank history; the public page shows none")
    func demoLabelled() async throws {
        try await withTestApp { app in
            let prefecture = try #require(try PrefectureProfile.bundled(code: "440700"))
            let writer = app.writer(as: .system)
            for year in [2021, 2022] {
                for (unit, value) in [("440703", 900.0), ("440705", 800.0)] {
                    var figure = RegionalFigure(unitCode: unit, indicator: .taxRevenue, period: StatisticalPeriod(year: year)!, value: value + Double(year),
                                                growthPercent: nil)
                    figure.isDemo = true
                    try await RegionalFigureRow(figure, prefecture: prefecture.code, recordedBy: writer.actor.name, at: Date()).create(on: app.db)
                }
            }
            try await Fixture.user(app, "lead", .leader)
            let lead = try await app.signIn("lead")
            try await app.testing().test(.GET, SiteURL.countyUnit(code: "440703").path, headers: lead.headers) { response async in
                let body = response.body.string
                let table = String(body[(body.range(of: "<tbody>")?.lowerBound ?? body.startIndex)...])
                #expect(table.contains("badge-demo"), "the value carries the label")
                let history = String(body[(body.range(of: "全市排名变化")?.lowerBound ?? body.endIndex)...])
                #expect(history.prefix(200).contains("演示数据"), "the rank history carries the label")
            }
            // Xinhui's page shows its published GDP without the label: only its demo figures carry it.
            try await app.testing().test(.GET, SiteURL.countyUnit(code: "440705").path, headers: lead.headers) { response async in
                let body = response.body.string
                let gdp = String(body[(body.range(of: "地区生产总值")?.lowerBound ?? body.startIndex)...])
                let gdpTable = String(gdp[..<(gdp.range(of: "</table>")?.upperBound ?? gdp.endIndex)])
                #expect(!gdpTable.contains("badge-demo"))
            }
            try await app.testing().test(.GET, SiteURL.publicPlan.path) { response async in
                #expect(!response.body.string.contains("演示数据"))
            }
        }
    }
}

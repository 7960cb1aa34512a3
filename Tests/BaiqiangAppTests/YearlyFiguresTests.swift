import BaiqiangCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import BaiqiangApp

@Suite("Yearly figures: stored, served and described by Core's one list; a missing one stays missing")
struct YearlyFiguresTests {
    /// Every figure with a value of its own (whole for a whole-number figure).
    static func allFigures(_ code: String, year: Int) -> EnterpriseYearFigures {
        var figures = EnterpriseYearFigures(creditCode: code, year: year, aboveScale: true)
        for figure in YearlyFigure.allCases {
            figures[figure] = figure.isInteger ? Double(figure.position + 100) : Double(figure.position) + 0.25
        }
        return figures
    }

    @Test("Every figure Core lists has its column: what is stored is read back unchanged, and the API serves each by its key")
    func roundTrip() async throws {
        try await withTestApp { app in
            let code = try await Fixture.enterprise(app, serial: 11, name: "鹤山市全数有限公司", town: "shaping")
            let stored = Self.allFigures(code, year: 2024)
            try await Fixture.yearFigures(app, stored)
            try await Fixture.yearFigures(app, EnterpriseYearFigures(creditCode: code, year: 2023, aboveScale: false))
            let read = try await EnterpriseStore(db: app.db, principal: .countyWide).yearFigures(creditCode: code)
            #expect(read.map(\.year) == [2023, 2024])
            #expect(read.last == stored)
            #expect(YearlyFigure.allCases.allSatisfy { read.first?[$0] == nil }, "an empty year stays empty")

            try await Fixture.user(app, "lead", .leader)
            let token = try await TokenService(writer: app.writer(as: .system)).create(username: "lead").token
            var headers = HTTPHeaders()
            headers.bearerAuthorization = .init(token: token)
            try await app.testing().test(.GET, SiteURL.api(.enterpriseFigures(creditCode: code)).path, headers: headers) { response async throws in
                let json = try #require(try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any])
                let years = try #require(json["yearly"] as? [[String: Any]])
                #expect(Set(years[0].keys) == ["year", "above_scale"], "a missing figure is left out")
                #expect(Set(years[1].keys) == Set(["year", "above_scale"] + YearlyFigure.allCases.map(\.column)))
                for figure in YearlyFigure.allCases {
                    #expect((years[1][figure.column] as? NSNumber)?.doubleValue == stored[figure], "\(figure)")
                }
            }
        }
    }

    @Test("The API description lists exactly the figures Core lists")
    func openAPI() throws {
        let schemas = try #require((try OpenAPIDocument.tree()["components"] as? [String: Any])?["schemas"] as? [String: Any])
        let figures = try #require(schemas["EnterpriseFigures"] as? [String: Any])
        let yearly = try #require((figures["properties"] as? [String: Any])?["yearly"] as? [String: Any])
        let item = try #require(yearly["items"] as? [String: Any])
        let properties = try #require(item["properties"] as? [String: Any])
        #expect(Set(properties.keys) == Set(["year", "above_scale"] + YearlyFigure.allCases.map(\.column)))
        #expect(item[OpenAPIDocument.yearlyFiguresMarker] == nil)
    }

    @Test("The ladder reads a revenue not reported as missing and shows it as —, never as 0")
    func ladderKeepsMissing() async throws {
        try await withTestApp { app in
            let name = "鹤山市缺数股份有限公司"
            let code = try await Fixture.enterprise(app, serial: 12, name: name, town: "shaping")
            let firm = try #require(try await Enterprise.query(on: app.db).filter(\.$creditCode == code).first())
            firm.ladderHistory = String(decoding: try JSONEncoder().encode(LadderHistory(companySince: 2010, jointStockSince: 2024)),
                                        as: UTF8.self)
            try await firm.save(on: app.db)
            try await Fixture.yearFigures(app, EnterpriseYearFigures(creditCode: code, year: 2024, aboveScale: true,
                                                                     figures: [.taxWan: 120, .energyTce: 30]))

            let firms = try await EnterpriseStore(db: app.db, principal: .countyWide).ladderFirms(years: 2023...2024)
            let figures = try #require(firms.first { $0.creditCode == code }?.figures(in: 2024))
            #expect(figures[.revenueWan] == nil, "not reported")
            #expect(figures[.taxWan] == 120)
            #expect(figures[.outputWan] == nil && figures[.staff] == nil, "figures the ladder does not read are missing, not 0")

            try await Fixture.user(app, "lead", .leader)
            let browser = try await app.signIn("lead")
            try await app.testing().test(.GET, SiteURL.enterpriseLadder.path(query: ["year": "2024"]), headers: browser.headers) { response async throws in
                let body = response.body.string
                let start = try #require(body.range(of: name), "the firm crossed to joint-stock in 2024")
                let end = try #require(body.range(of: "</tr>", range: start.upperBound..<body.endIndex))
                let row = body[start.upperBound..<end.lowerBound]
                #expect(row.contains("—"), "its revenue is shown as missing")
                #expect(!row.contains("万元"), "not as an amount")
            }
        }
    }
}

import BaiqiangCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import BaiqiangApp

/// In English, figures read in the units an English reader counts in — "50.29 billion yuan", not
/// "502.87 100 million yuan"; "165.49" under "million yuan", not "16,548.83 10⁴ yuan" — with
/// English punctuation; in Chinese they stay as the bulletin and the registry write them.
@Suite("English units on the counties and enterprise pages")
struct EnglishUnitsTests {
    @Test("The counties pages head and show 亿 figures in billions in English, as published in Chinese")
    func counties() async throws {
        try await withTestApp { app in
            try await Fixture.user(app, "lead", .leader)
            let browser = try await app.signIn("lead")
            let comparison = try await app.page(SiteURL.counties.path + "?indicator=gdp&period=2023&lang=en", as: browser)
            #expect(comparison.contains("GDP (billion yuan)"))
            #expect(comparison.contains(">50.29<"), "Heshan's 502.87 亿元 in billions")
            #expect(comparison.contains("Prefecture total (Jiangmen): 402.2"))
            #expect(!comparison.contains("："), "no full-width colon in English text")
            let readiness = try await app.page(SiteURL.countiesReadiness.path + "?lang=en", as: browser)
            #expect(readiness.contains("50.29 billion yuan (2023)"))
            let unit = try await app.page(SiteURL.countyUnit(code: "440784").path + "?lang=en", as: browser)
            #expect(unit.contains("GDP (billion yuan)"))
            for body in [comparison, readiness, unit] {
                #expect(!body.contains("100 million"))
            }
            let chinese = try await app.page(SiteURL.counties.path + "?indicator=gdp&period=2023", as: browser)
            #expect(chinese.contains("地区生产总值（亿元）"))
            #expect(chinese.contains(">502.87<"))
            #expect(chinese.contains("全市合计（江门市）：4,022.25 亿元（+5.5%）"))
        }
    }

    @Test("A firm's figures read in millions in English; the list's revenue too")
    func enterprise() async throws {
        try await withTestApp { app in
            try await Fixture.user(app, "lead", .leader)
            let code = try await Fixture.enterprise(app, serial: 7, name: "鹤山市示例有限公司", town: "shaping")
            try await Fixture.yearFigures(app, EnterpriseYearFigures(creditCode: code, year: 2025, aboveScale: true,
                                                                     figures: [.revenueWan: 16_548.83, .electricityWkwh: 217.28, .staff: 235]))
            let browser = try await app.signIn("lead")
            let profile = try await app.page(SiteURL.enterprise(creditCode: code).path + "?lang=en", as: browser)
            #expect(profile.contains("Yearly figures (million yuan)"))
            #expect(profile.contains(">165.49<"))
            #expect(profile.contains("Electricity (million kWh)") && profile.contains(">2.17<"))
            #expect(profile.contains(">235<"))
            #expect(!profile.contains("10⁴"))
            let list = try await app.page(SiteURL.enterprises.path + "?lang=en", as: browser)
            #expect(list.contains("165.49 million yuan (2025)"))
            #expect(!list.contains("10⁴"))
            let chinese = try await app.page(SiteURL.enterprise(creditCode: code).path, as: browser)
            #expect(chinese.contains(">16,548.83<"))
        }
    }
}

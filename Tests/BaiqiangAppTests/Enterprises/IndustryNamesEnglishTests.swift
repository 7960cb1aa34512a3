import BaiqiangCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import BaiqiangApp

/// Industries are named by one lookup (`IndustryClassification.displayName`): the standard's
/// Chinese name on a Chinese page, an English name on an English one, never the Chinese name.
@Suite("Industry names in the page's language")
struct IndustryNamesEnglishTests {
    static let codes = ["3976", "3825"]

    @Test("Every entry has an English display name, a class's from its division, with its code")
    func lookup() throws {
        let table = try IndustryClassification.bundled()
        for category in table.categories {
            let name = try #require(table.displayName(category.code))
            #expect(name.zh == category.nameZh)
            #expect(name.en.unicodeScalars.allSatisfy { $0.isASCII }, "\(category.code): \(name.en)")
        }
        #expect(table.displayName("39")?.en == "Manufacture of computers, communication and other electronic equipment")
        #expect(table.displayName("3976")?.en == "Manufacture of computers, communication and other electronic equipment: class 3976")
        #expect(table.displayName("9999") == nil)
    }

    @Test("The registry list, a firm's page and a chain's page name industries in English on English pages")
    func englishPages() async throws {
        try await withTestApp { app in
            let table = try IndustryClassification.bundled()
            let firm = try await Fixture.enterprise(app, serial: 1, name: "甲公司", town: "shaping")
            let other = try await Fixture.enterprise(app, serial: 2, name: "乙公司", town: "shaping")
            for (code, industry) in [(firm, "3976"), (other, "3825")] {
                let row = try #require(try await Enterprise.query(on: app.db).filter(\.$creditCode == code).first())
                row.industryCode = industry
                try await row.update(on: app.db)
            }
            try await Fixture.user(app, "iadmin", .admin)
            let browser = try await app.signIn("iadmin")
            let chain = try #require(try await ChainRow.query(on: app.db).first())
            let paths = [SiteURL.enterprises.path, SiteURL.enterprise(creditCode: firm).path, SiteURL.chain(code: chain.code).path]
            var chineseNames: Set<String> = Set(Self.codes.compactMap { table.category($0)?.nameZh })
            let nodeCodes = try chain.chain().nodes.flatMap(\.industryCodes)
            chineseNames.formUnion(nodeCodes.compactMap { table.category($0)?.nameZh })
            for path in paths {
                let chinese = try await app.page(path, as: browser)
                let english = try await app.page(path + "?lang=en", as: browser)
                let shown = chineseNames.filter { chinese.contains($0) }
                #expect(!shown.isEmpty, "the Chinese page of \(path) names an industry")
                for name in shown {
                    #expect(!english.contains(name), "\(path) shows \(name) in English")
                }
            }
            let list = try await app.page(SiteURL.enterprises.path + "?lang=en", as: browser)
            #expect(list.contains(">Manufacture of computers, communication and other electronic equipment: class 3976"))
        }
    }
}

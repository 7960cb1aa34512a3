import BaiqiangCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import BaiqiangApp

/// A demand list downloaded by a person reads in the page's language, every code by its name
/// with the code in its own column; `headers=machine` keeps the machine keys and raw codes.
@Suite("Demands: the export in the page's language")
struct DemandExportNamesTests {
    @Test("Chinese headers and names by default, codes beside them; machine headers and codes on request")
    func exportReadsInWords() async throws {
        try await withTestApp { app in
            let world = try await DemandWorld.make(app)
            let number = try await world.submit("firm")
            _ = try await world.act("centre", number, ["action": "accept"])
            _ = try await world.act("centre", number, ["action": "assign", "handler_code": "gxj"])
            let town = try #require(try await Town.query(on: app.db).filter(\.$code == "shaping").first())
            let department = try #require(try await Department.query(on: app.db).filter(\.$code == "gxj").first())
            let browser = try await app.signIn("admin")

            try await app.testing().test(.GET, SiteURL.demandExport(format: "csv").path, headers: browser.headers) { response async in
                let text = response.body.string
                let lines = text.split(separator: "\n").map(String.init)
                #expect(lines.first?.contains("编号,类别,类别代码,状态,状态代码") == true)
                #expect(lines.first?.contains("承办单位,承办单位代码") == true)
                #expect(!text.contains("tracking_number"))
                let row = lines.first { $0.hasPrefix(number) } ?? ""
                #expect(row.contains(",\(town.nameZh),shaping,"))
                #expect(row.contains(",\(department.nameZh),gxj,"))
                #expect(row.contains(",\(DemandStatus.assigned.label.zh),assigned,"))
                #expect(row.contains(",鹤山甲企业,"))
            }
            try await app.testing().test(.GET, SiteURL.demandExport(format: "csv").path(query: ["headers": "machine"]),
                                         headers: browser.headers) { response async in
                let lines = response.body.string.split(separator: "\n").map(String.init)
                #expect(lines.first == "\u{FEFF}" + DemandExport.columns.map(\.key).joined(separator: ","))
                let row = lines.first { $0.hasPrefix(number) } ?? ""
                #expect(row.contains(",shaping,department,gxj,"))
                #expect(!row.contains(town.nameZh))
            }
            try await app.testing().test(.GET, SiteURL.demandExport(format: "csv").path(query: ["lang": "en"]),
                                         headers: browser.headers) { response async in
                #expect(response.body.string.contains("Tracking number,Category,Category code"))
            }
        }
    }
}

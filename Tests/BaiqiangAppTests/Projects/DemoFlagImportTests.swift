import BaiqiangCore
import Fluent
import Foundation
import Testing
import Vapor
@testable import BaiqiangApp

/// A demo project or parcel (演示数据) stays demo through an import: the file's 演示数据 column
/// marks it, the pages and exports label it, and it never reaches a public page.
@Suite("Demo flags on imported projects and parcels")
struct DemoFlagImportTests {
    static let square = [(112.800, 22.600), (112.801, 22.600), (112.801, 22.601), (112.800, 22.601), (112.800, 22.600)]

    static func parcels(_ properties: [String]) -> Data {
        let features = properties.enumerated().map { index, properties in
            let ring = "[" + square.map { "[\($0.0 + 0.002 * Double(index)),\($0.1)]" }.joined(separator: ",") + "]"
            return "{\"type\":\"Feature\",\"properties\":\(properties),\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[\(ring)]}}"
        }
        return Data("{\"type\":\"FeatureCollection\",\"features\":[\(features.joined(separator: ","))]}".utf8)
    }

    @Test("A projects file's 演示数据 column marks the project demo: labelled on its page and in the export, never on the public page")
    func projects() async throws {
        try await withTestApp { app in
            let file = Data("""
                项目名称,代号,年份,计划投资（亿元）,到资（亿元）,镇街,阶段,阶段日期,演示数据
                演示导入项目,代号演示,2024,12,3,gonghe,签约,2024-03-01,是
                真实导入项目,代号真实,2024,12,3,gonghe,签约,2024-03-01,否
                """.utf8)
            let outcome = try await ProjectImporter(writer: app.writer(as: .system), db: app.db).run(file, sheet: nil, partial: false)
            #expect(outcome.inserted == 2)
            let demo = try #require(try await Project.query(on: app.db).filter(\.$name == "演示导入项目").first())
            let real = try #require(try await Project.query(on: app.db).filter(\.$name == "真实导入项目").first())
            #expect(demo.isDemo && !real.isDemo)

            let bad = Data("项目名称,代号,年份,计划投资（亿元）,到资（亿元）,镇街,阶段,阶段日期,is_demo\n乙,代号乙,2024,1,0,gonghe,lead,2024-03-01,maybe\n".utf8)
            let error = await #expect(throws: ProjectInputError.self) {
                try await ProjectImporter(writer: app.writer(as: .system), db: app.db).run(bad, sheet: nil, partial: false)
            }
            #expect(error?.locatedIssues.map { "\($0.row ?? 0):\($0.column ?? "")" } == ["2:is_demo"])

            try await Fixture.user(app, "boss", .admin)
            let browser = try await app.signIn("boss")
            try await app.testing().test(.GET, SiteURL.project(id: try demo.requireID().uuidString).path, headers: browser.headers) { response async in
                #expect(response.body.string.contains("演示数据"))
            }
            let table = ProjectExport.table([demo, real], leaders: [:], principal: .countyWide(of: CountyCode.heshan), language: .zhHans)
            let csv = String(decoding: try table.bytes(.csv), as: UTF8.self)
            #expect(csv.contains("演示数据"))
            let lines = csv.components(separatedBy: .newlines)
            #expect(lines.first { $0.contains("代号演示") }?.hasSuffix(",是") == true, "\(csv)")
            #expect(lines.first { $0.contains("代号真实") }?.hasSuffix(",否") == true)
            try await app.testing().test(.GET, SiteURL.publicPlan.path) { response async in
                #expect(response.status == .ok)
                #expect(!response.body.string.contains("演示导入项目") && !response.body.string.contains("代号演示"))
            }
        }
    }

    @Test("A parcel's is_demo property marks it demo; its export carries the flag and reads back as demo")
    func parcels() async throws {
        try await withTestApp { app in
            let importer = ParcelImporter(writer: app.writer(as: .system), db: app.db)
            let file = Self.parcels([#"{"parcel_number":"D1","town":"gonghe","is_demo":true}"#,
                                     #"{"parcel_number":"R1","town":"gonghe"}"#])
            _ = try await importer.run(file, source: "demo.geojson", crs: nil)
            let stored = try await Parcel.query(on: app.db).all()
            #expect(Dictionary(uniqueKeysWithValues: stored.map { ($0.number, $0.isDemo) }) == ["D1": true, "R1": false])

            let records = try await LandStore(db: app.db, principal: .countyWide(of: CountyCode.heshan)).parcels(LandStore.Filter())
            #expect(records.first { $0.number == "D1" }?.isDemo == true)
            let chinese = String(decoding: try ParcelExport.table(records, language: .zhHans).bytes(.csv), as: UTF8.self)
            #expect(chinese.contains("演示数据"))
            // The export reads back: into a fresh county the demo parcel stays demo.
            let csv = ParcelCSVWriter.csv(records)
            try await Parcel.query(on: app.db).delete()
            _ = try await importer.run(Data(csv), source: "export.csv", crs: nil)
            let again = try await Parcel.query(on: app.db).all()
            #expect(Dictionary(uniqueKeysWithValues: again.map { ($0.number, $0.isDemo) }) == ["D1": true, "R1": false])

            try await Fixture.user(app, "boss", .admin)
            let browser = try await app.signIn("boss")
            try await app.testing().test(.GET, SiteURL.landParcel(number: "D1").path, headers: browser.headers) { response async in
                #expect(response.body.string.contains("演示数据"))
            }
            try await app.testing().test(.GET, SiteURL.landParcel(number: "R1").path, headers: browser.headers) { response async in
                #expect(!response.body.string.contains("badge-demo"))
            }
        }
    }
}

import BaiqiangCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import BaiqiangApp

/// A firm or a demand whose text a spreadsheet would run as a formula comes out of every CSV
/// export as text, and a registry evaluation keeps the name as it was.
@Suite("CSV exports neutralise formulas")
struct ExportInjectionTests {
    static let firm = "=cmd|' /C calc'!A0"
    static let demandText = "=HYPERLINK(\"http://evil.example\",\"点击查看\")"

    @Test("The registry export writes a formula-looking name as text")
    func registry() async throws {
        try await withTestApp { app in
            try await Fixture.enterprise(app, serial: 1, name: Self.firm, town: "shaping")
            try await Fixture.user(app, "lead", .leader)
            let browser = try await app.signIn("lead")
            try await app.testing().test(.GET, SiteURL.enterpriseExport(format: "csv").path, headers: browser.headers) { response async in
                #expect(response.status == .ok)
                #expect(response.body.string.contains(",'=cmd|' /C calc'!A0,"))
                #expect(!response.body.string.contains(",=cmd"))
            }
        }
    }

    @Test("The demand export writes a formula-looking description as text")
    func demands() async throws {
        try await withTestApp { app in
            let world = try await DemandWorld.make(app)
            _ = try await world.submit("firm", description: Self.demandText)
            let browser = try await app.signIn("admin")
            try await app.testing().test(.GET, SiteURL.demandExport(format: "csv").path, headers: browser.headers) { response async in
                #expect(response.status == .ok)
                #expect(response.body.string.contains(#","'=HYPERLINK(""http://evil.example"""#))
            }
        }
    }

    @Test("The evaluation results export writes a formula-looking name as text")
    func evaluation() async throws {
        try await withTestApp { app in
            let header = EvaluationInputCSV.header.joined(separator: ",")
            let code = CreditCode.completing("91440784000000001")!
            let row = "\(code),\(Self.firm),shaping,3311,above,30,600,3600,12000,1500,0.8,100,360,200,2015,"
            let run = try await EvaluationStore(db: app.db, principal: .countyWide).run(
                method: try EvaluationMethods.bundled("zhejiang-6"), year: 2024,
                input: Array((header + "\n" + row + "\n").utf8), source: "upload.csv", writer: app.writer(as: .system))
            try await Fixture.user(app, "lead", .leader)
            let browser = try await app.signIn("lead")
            try await app.testing().test(.GET, SiteURL.evaluationExport(id: run.requireID().uuidString, format: "csv").path, headers: browser.headers) { response async in
                #expect(response.status == .ok)
                #expect(response.body.string.contains(",'=cmd|' /C calc'!A0,"))
            }
        }
    }

    @Test("A run over the registry reads a formula-looking name back as it is stored")
    func registryRun() async throws {
        try await withTestApp { app in
            let code = try await Fixture.enterprise(app, serial: 2, name: Self.firm, town: "shaping")
            try await Fixture.yearFigures(app, EnterpriseYearFigures(creditCode: code, year: 2024, aboveScale: true,
                                                                     figures: [.landMu: 30, .taxWan: 600]))
            let run = try await EvaluationStore(db: app.db, principal: .countyWide).runOverRegistry(method: "zhejiang-6", methodYAML: nil, year: 2024, writer: app.writer(as: .system))
            let stored = try await EvaluationResultRecord.query(on: app.db).filter(\.$runID == run.requireID()).all()
            #expect(stored.map(\.name) == [Self.firm])
        }
    }
}

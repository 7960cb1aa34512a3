import BaiqiangCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import BaiqiangApp

@Suite("Enterprise registry: imports, filters, figures, ladder, KPI providers, demo county")
struct RegistryTests {
    static let header = "credit_code,name,town,industry,year,revenue_wan,output_wan,value_added_wan,tax_wan,electricity_wkwh,energy_tce,emission_t,rd_wan,staff,land_mu,above_scale"

    static func code(_ serial: Int) -> String { CreditCode.completing("914407840000" + String(format: "%05d", serial))! }

    /// A yearly-figures CSV: firm 1 big (≥ 100亿 revenue, ≥ 1亿 tax), firm 2 above scale, firm 3 small.
    static var goodFile: String {
        [header,
         "\(code(1)),鹤山市甲科技有限公司,shaping,3976,2024,1000000,950000,200000,10000,5000,8000,1.5,30000,3000,500,1",
         "\(code(2)),鹤山市乙五金有限公司,沙坪街道,3311,2024,2500,2400,600,80,100,90,,20,40,30,1",
         "\(code(3)),鹤山市丙五金厂,gonghe,3311,2024,1800,1700,400,50,60,50,0.2,5,20,10,0",
         "\(code(2)),鹤山市乙五金有限公司,沙坪街道,3311,2023,1900,1800,450,60,90,80,,10,35,30,0",
        ].joined(separator: "\n") + "\n"
    }

    func importer(_ app: Application) -> RegistryImporter {
        RegistryImporter(writer: app.writer(as: .commandLine("stats")), db: app.db)
    }

    @Test("A yearly-figures file creates unknown firms, upserts by code and year, and keeps a report")
    func importFigures() async throws {
        try await withTestApp { app in
            let first = try await importer(app).run(.figures, data: Data(Self.goodFile.utf8), fileName: "y.csv", partial: false)
            #expect(first.report.rowsRead == 4)
            #expect(first.report.inserted == 4)
            #expect(first.report.updated == 0)
            #expect(try await Enterprise.query(on: app.db).count() == 3)
            let second = try await importer(app).run(.figures, data: Data(Self.goodFile.utf8), fileName: "y.csv", partial: false)
            #expect(second.report.inserted == 0)
            #expect(second.report.updated == 4)
            #expect(try await EnterpriseYearFigure.query(on: app.db).count() == 4)
            let stored = try await EnterpriseStore(db: app.db, principal: .countyWide).yearFigures(creditCode: Self.code(2))
            let emission = try #require(stored.first { $0.year == 2024 })
            #expect(emission[.emissionT] == nil, "an empty cell is missing, not zero")
            #expect(try await ImportReportRecord.query(on: app.db).count() == 2)
            #expect(try await AuditEntry.query(on: app.db).filter(\.$action == "registry.import.figures").count() == 2)
            let town = try await Enterprise.query(on: app.db).filter(\.$creditCode == Self.code(2)).with(\.$town).first()?.town?.code
            #expect(town == "shaping", "a town is accepted by its Chinese name too")
        }
    }

    @Test("A file of new and existing rows reports exactly how many of each, by code and year")
    func insertedAndUpdatedCounts() async throws {
        try await withTestApp { app in
            let lines = Self.goodFile.split(separator: "\n").map(String.init)
            // Firm 1's 2024 and firm 2's 2023 first; then the whole file, where firm 2's 2024 is new.
            let partOne = [lines[0], lines[1], lines[4]].joined(separator: "\n") + "\n"
            let first = try await importer(app).run(.figures, data: Data(partOne.utf8), fileName: "a.csv", partial: false)
            #expect(first.report.inserted == 2)
            #expect(first.report.updated == 0)
            let second = try await importer(app).run(.figures, data: Data(Self.goodFile.utf8), fileName: "b.csv", partial: false)
            #expect(second.report.inserted == 2)
            #expect(second.report.updated == 2)
            #expect(try await EnterpriseYearFigure.query(on: app.db).count() == 4)
            let stored = try await ImportReportRecord.query(on: app.db).filter(\.$fileName == "b.csv").first()
            #expect(stored?.inserted == 2)
            #expect(stored?.updated == 2)
        }
    }

    @Test("A file with bad rows is refused whole, naming row, column and reason; nothing is written")
    func allOrNothing() async throws {
        try await withTestApp { app in
            let wrongCheck = String(Self.code(4).dropLast()) + (Self.code(4).last == "0" ? "1" : "0")
            let bad = Self.goodFile + [
                "\(wrongCheck),坏,shaping,3311,2024,1,1,1,1,1,1,1,1,1,1,1",
                "\(Self.code(5)),负,shaping,3311,2024,-3,1,1,1,1,1,1,1,1,1,1",
                "\(Self.code(6)),行业,shaping,9999,2024,1,1,1,1,1,1,1,1,1,1,1",
                "\(Self.code(7)),镇,atlantis,3311,2024,1,1,1,1,1,1,1,1,1,1,1",
                "\(Self.code(8)),年,shaping,3311,1850,1,1,1,1,1,1,1,1,1,1,1",
                "\(Self.code(9)),列,shaping,3311,2024,1,1",
            ].joined(separator: "\n") + "\n"
            let issues = try await #require(throws: ImportRejected.self) {
                try await importer(app).run(.figures, data: Data(bad.utf8), fileName: "bad.csv", partial: false)
            }.issues
            #expect(Set(issues.map(\.row)) == Set([6, 7, 8, 9, 10, 11]))
            #expect(issues.contains { $0.row == 7 && $0.column == "revenue_wan" })
            #expect(issues.contains { $0.row == 6 && $0.reason.en.contains("expected") })
            #expect(try await Enterprise.query(on: app.db).count() == 0)
            #expect(try await EnterpriseYearFigure.query(on: app.db).count() == 0)
            #expect(try await ImportReportRecord.query(on: app.db).count() == 0)
        }
    }

    @Test("With partial, the valid rows are applied and the rejected ones come back with a reason column")
    func partial() async throws {
        try await withTestApp { app in
            let bad = Self.goodFile + "\(Self.code(5)),负,shaping,3311,2024,-3,1,1,1,1,1,1,1,1,1,1\n"
            let outcome = try await importer(app).run(.figures, data: Data(bad.utf8), fileName: "p.csv", partial: true)
            #expect(outcome.report.inserted == 4)
            #expect(outcome.report.rejected == 1)
            let rejected = String(decoding: try #require(outcome.rejectedFile), as: UTF8.self)
            #expect(rejected.contains("reason"))
            #expect(rejected.contains(Self.code(5)))
        }
    }

    @Test("The plan's registry KPIs count what Core's rule counts, per year")
    func kpiProviders() async throws {
        try await withTestApp { app in
            _ = try await importer(app).run(.figures, data: Data(Self.goodFile.utf8), fileName: "y.csv", partial: false)
            var rows: [EnterpriseYearFigures] = []
            for code in Set(try await EnterpriseYearFigure.query(on: app.db).all(\.$creditCode)) {
                rows += try await EnterpriseStore(db: app.db, principal: .countyWide).yearFigures(creditCode: code)
            }
            for metric in RegistryMetric.allCases {
                let sql = try await EnterpriseStore(db: app.db, principal: .countyWide).valuesByYear(metric)
                #expect(sql == metric.valuesByYear(of: rows), "\(metric)")
            }
            #expect(try await EnterpriseStore(db: app.db, principal: .countyWide).valuesByYear(RegistryMetric.aboveScaleCount) == [2023: 0, 2024: 2])
            #expect(try await EnterpriseStore(db: app.db, principal: .countyWide).valuesByYear(RegistryMetric.revenueAtLeast100YiCount)[2024] == 1, "exactly 100亿 counts")
            try await Fixture.user(app, "lead", .leader)
            let token = try await TokenService(writer: app.writer(as: .system)).create(username: "lead").token
            var headers = HTTPHeaders()
            headers.bearerAuthorization = .init(token: token)
            try await app.testing().test(.GET, SiteURL.api(.planKPI(code: "enterprises-above-scale")).path, headers: headers) { response async throws in
                let kpi = try decodeJSON(PlanAPI.KPIView.self, response)
                #expect(kpi.state == "evaluated")
                #expect(kpi.latest?.value == 2)
            }
        }
    }

    @Test("The list filters by scale, industry, town and text; the firm page shows the figures")
    func listAndPage() async throws {
        try await withTestApp { app in
            _ = try await importer(app).run(.figures, data: Data(Self.goodFile.utf8), fileName: "y.csv", partial: false)
            try await Fixture.user(app, "lead", .leader)
            let browser = try await app.signIn("lead")
            let cases: [(KeyValuePairs<String, String?>, [String])] = [
                (["scale": "above"], [Self.code(1), Self.code(2)]), (["scale": "below"], [Self.code(3)]),
                (["industry": "33"], [Self.code(2), Self.code(3)]), (["town": "gonghe"], [Self.code(3)]),
                (["q": "乙"], [Self.code(2)]),
            ]
            let token = try await TokenService(writer: app.writer(as: .system)).create(username: "lead").token
            var headers = HTTPHeaders()
            headers.bearerAuthorization = .init(token: token)
            for (query, expected) in cases {
                let path = SiteURL.api(.enterprises).path(query: query)
                try await app.testing().test(.GET, path, headers: headers) { response async throws in
                    let page = try decodeJSON(CursorPage<EnterpriseStore.Row>.self, response)
                    #expect(page.items.map(\.creditCode) == expected.sorted(), "\(path)")
                }
            }
            try await app.testing().test(.GET, SiteURL.api(.enterprises).path(query: ["q": "乙"]), headers: headers) { response async throws in
                let row = try #require(try decodeJSON(CursorPage<EnterpriseStore.Row>.self, response).items.first)
                #expect(row.latestYear == 2024, "a row shows the firm's latest year of figures, not an earlier one")
                #expect(row.revenueWan == 2500)
                #expect(row.aboveScale == true)
            }
            try await app.testing().test(.GET, SiteURL.enterprise(creditCode: Self.code(2)).path, headers: browser.headers) { response async in
                #expect(response.status == .ok)
                #expect(response.body.string.contains("<svg class=\"chart\""))
                #expect(response.body.string.contains("2,500"))
            }
            try await app.testing().test(.GET, SiteURL.enterpriseExport(format: "csv").path(query: ["scale": "above"]), headers: browser.headers) { response async in
                let lines = response.body.string.split(separator: "\n")
                #expect(lines.count == 3)
                #expect(lines[0].hasSuffix(EnterpriseIdentityFile.spec.chineseHeader.joined(separator: ",")),
                        "the export has the enterprise import's columns, headed in the page's language")
            }
            try await app.testing().test(.GET, SiteURL.enterpriseExport(format: "xlsx").path, headers: browser.headers) { response async in
                #expect(response.status == .ok)
                #expect(Array(response.body.readableBytesView.prefix(2)) == [0x50, 0x4B], "an XLSX is a zip")
            }
            try await app.testing().test(.GET, SiteURL.enterpriseLadder.path(query: ["year": "2024"]), headers: browser.headers) { response async in
                #expect(response.status == .ok)
                #expect(response.body.string.contains("鹤山市乙五金有限公司"), "乙 crossed to above scale in 2024")
            }
        }
    }

    @Test("A department keeps a firm's linked leaders, stages and designations; every change is audited")
    func editRecord() async throws {
        try await withTestApp { app in
            _ = try await importer(app).run(.figures, data: Data(Self.goodFile.utf8), fileName: "y.csv", partial: false)
            try await Fixture.user(app, "gxj1", .department, binding: "gxj")
            try await Fixture.user(app, "lead", .leader)
            try await Fixture.user(app, "lishi", .leader, displayName: "李市长")
            try await Fixture.user(app, "wang", .leader, displayName: "王镇长")
            let code = Self.code(2)
            let lead = try await app.signIn("lead")
            try await app.testing().test(.GET, SiteURL.enterpriseEdit(creditCode: code).path, headers: lead.headers) { response async in
                #expect(response.status == .forbidden)
            }
            let gx = try await app.signIn("gxj1")
            let fields = ["_csrf": gx.csrf, "city_leader": "lishi", "town_leader": "wang", "ladder_stage": "2",
                          "listing_stage": "tutoring", "listing_since": "2024", "designation_high_tech": "2023"]
            try await app.testing().test(.POST, SiteURL.enterpriseEdit(creditCode: code).path, headers: gx.headers, beforeRequest: { request in
                try request.content.encode(fields, as: .urlEncodedForm)
            }, afterResponse: { response async in
                #expect(response.status == .seeOther)
            })
            let firm = try #require(try await Enterprise.query(on: app.db).filter(\.$creditCode == code).first())
            #expect(firm.cityLeader == "李市长")
            #expect(firm.listingStage == "tutoring")
            #expect(try await EnterpriseDesignation.query(on: app.db).filter(\.$creditCode == code).all().map(\.kind) == ["high_tech"])
            let queries: [KeyValuePairs<String, String?>] = [
                ["designation": "high_tech"], ["stage": "2"], ["designation": "high_tech", "stage": "2", "town": "shaping"],
            ]
            for query in queries {
                let path = SiteURL.api(.enterprises).path(query: query)
                try await app.testing().test(.GET, path, headers: lead.headers) { response async throws in
                    let page = try decodeJSON(CursorPage<EnterpriseStore.Row>.self, response)
                    #expect(page.items.map(\.creditCode) == [code], "\(path)")
                }
            }
            try await app.testing().test(.GET, SiteURL.api(.enterprises).path(query: ["designation": "little_giant"]), headers: lead.headers) { response async throws in
                #expect(try decodeJSON(CursorPage<EnterpriseStore.Row>.self, response).items.isEmpty)
            }
            let entry = try #require(try await AuditEntry.query(on: app.db).filter(\.$action == "enterprise.update").first())
            #expect(entry.actor == "gxj1")
            #expect(entry.after?.contains("李市长") == true)
            var bad = fields
            bad["designation_high_tech"] = "二〇二三"
            try await app.testing().test(.POST, SiteURL.enterpriseEdit(creditCode: code).path, headers: gx.headers, beforeRequest: { request in
                try request.content.encode(bad, as: .urlEncodedForm)
            }, afterResponse: { response async in
                #expect(response.status == .badRequest)
                #expect(response.body.string.contains("不是有效年份"))
            })
            #expect(try await AuditEntry.query(on: app.db).filter(\.$action == "enterprise.update").count() == 1)
        }
    }

    @Test("Leaders may not import; department accounts may")
    func importPermission() async throws {
        try await withTestApp { app in
            try await Fixture.user(app, "lead", .leader)
            try await Fixture.user(app, "stats", .department, binding: "tjj")
            let lead = try await app.signIn("lead")
            try await app.testing().test(.GET, SiteURL.enterpriseImport.path, headers: lead.headers) { response async in
                #expect(response.status == .forbidden)
            }
            let stats = try await app.signIn("stats")
            try await app.testing().test(.GET, SiteURL.enterpriseImport.path, headers: stats.headers) { response async in
                #expect(response.status == .ok)
            }
        }
    }

    @Test("The demo county is deterministic by seed, labelled demo, and only fills an empty registry")
    func demoCounty() async throws {
        let first = try await demoNames(seed: 7)
        let second = try await demoNames(seed: 7)
        #expect(first == second)
        #expect(first.count == 40)
        #expect(first.contains("隆基绿能"), "the seed's named firms appear by name")
        #expect(try await demoNames(seed: 8) != first)
    }

    func demoNames(seed: UInt64) async throws -> [String] {
        let names = NamesBox()
        try await withTestApp { app in
            let summary = try await DemoRegistry.fill(app, firms: 40, seed: seed, actor: .system)
            #expect(summary.firms == 40)
            let firms = try await Enterprise.query(on: app.db).sort(\.$creditCode).all()
            #expect(firms.allSatisfy { $0.isDemo })
            await names.set(firms.map(\.name))
            await #expect(throws: DemoRegistryError.self) { try await DemoRegistry.fill(app, firms: 5, seed: 1, actor: .system) }
        }
        return await names.value
    }

    actor NamesBox {
        var value: [String] = []
        func set(_ names: [String]) { value = names }
    }
}

import BaiqiangCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import BaiqiangApp

/// What a user downloads from the registry page imports back, into an empty county, as the same
/// firms and the same yearly figures, whichever language the page was in and whichever format,
/// including names a spreadsheet would run as formulas.
@Suite("Registry export → import round trip")
struct RegistryExportRoundTripTests {
    static func code(_ serial: Int) -> String { CreditCode.completing("914407840000" + String(format: "%05d", serial))! }

    /// Firms with every kind of cell: formula-looking texts, a quoted comma, coordinates, empty
    /// optional cells, a town by code and by Chinese name, linked leaders, and a demo firm.
    static var firmsFile: String {
        ["credit_code,name,town,industry,address,longitude,latitude,contact_name,contact_phone,city_leader_account,town_leader_account,is_demo",
         "\(code(1)),\"=HYPERLINK(\"\"http://x\"\",\"\"甲\"\")\",shaping,3976,\"-沙坪街道, 1 号\",112.961234,22.765,@张三,+86 750 8888888,lishi,wangzhen,",
         "\(code(2)),+鹤山市乙五金有限公司,沙坪街道,3311,,,,,,,,0",
         "\(code(3)),鹤山市丙五金厂,gonghe,3311,共和镇工业路 3 号,112.8,22.6,李四,0750-1234567,,lishi,是",
        ].joined(separator: "\n") + "\n"
    }

    static var figuresFile: String {
        [YearlyFiguresFile.spec.englishHeader.joined(separator: ","),
         "\(code(1)),x,shaping,3976,2024,1000000.5,950000,200000,10000,5000,8000,1.25,30000,3000,500.125,1,",
         "\(code(1)),x,shaping,3976,2023,900000,,,,,,,,2900,500,1,",
         "\(code(2)),x,shaping,3311,2024,2500,2400,600,80,100,90,,20,40,30,0,",
         "\(code(3)),x,gonghe,3311,2024,1800,1700,400,50,60,50,0.2,5,20,10,0,1",
        ].joined(separator: "\n") + "\n"
    }

    /// A firm as the registry holds it, every field the import writes.
    struct Firm: Equatable {
        var code, name: String
        var town, industry, address, contactName, contactPhone: String?
        var longitude, latitude: Double?
        /// The linked leaders, by the account's display name (ids differ between installations).
        var cityLeader, townLeader: String?
        var cityLinked, townLinked: Bool
        var isDemo: Bool
    }

    /// The county's leader accounts the firms file names, the same in both installations.
    static func leaders(_ app: Application) async throws {
        try await Fixture.user(app, "lishi", .leader, displayName: "李市长")
        try await Fixture.user(app, "wangzhen", .leader, displayName: "王镇长")
    }

    static func firms(_ app: Application) async throws -> [Firm] {
        try await Enterprise.query(on: app.db).with(\.$town).sort(\.$creditCode).all().map { firm in
            Firm(code: firm.creditCode, name: firm.name, town: firm.town?.code, industry: firm.industryCode, address: firm.address,
                 contactName: firm.contactName, contactPhone: firm.contactPhone, longitude: firm.longitude, latitude: firm.latitude,
                 cityLeader: firm.cityLeader, townLeader: firm.townLeader, cityLinked: firm.cityLeaderID != nil,
                 townLinked: firm.townLeaderID != nil, isDemo: firm.isDemo)
        }
    }

    static func figures(_ app: Application) async throws -> [EnterpriseYearFigures] {
        let store = EnterpriseStore(db: app.db, principal: .countyWide)
        var all: [EnterpriseYearFigures] = []
        for serial in 1...3 { all += try await store.yearFigures(creditCode: code(serial)) }
        return all
    }

    static func importer(_ app: Application) -> RegistryImporter {
        RegistryImporter(writer: app.writer(as: .commandLine("stats")), db: app.db)
    }

    static func download(_ app: Application, _ url: SiteURL, language: Language, _ browser: Browser) async throws -> Data {
        var body = Data()
        try await app.testing().test(.GET, url.path + "?lang=" + language.rawValue, headers: browser.headers) { response async in
            #expect(response.status == .ok)
            body = Data(response.body.readableBytesView)
        }
        return body
    }

    @Test("Firms and figures exported from the page import back as the same records",
          arguments: Language.allCases, [TableExport.Format.csv, .xlsx])
    func roundTrip(language: Language, format: TableExport.Format) async throws {
        var original: ([Firm], [EnterpriseYearFigures]) = ([], [])
        var exported: (firms: Data, figures: Data) = (Data(), Data())
        try await withTestApp { app in
            try await Self.leaders(app)
            _ = try await Self.importer(app).run(.enterprises, data: Data(Self.firmsFile.utf8), fileName: "f.csv", partial: false)
            _ = try await Self.importer(app).run(.figures, data: Data(Self.figuresFile.utf8), fileName: "y.csv", partial: false)
            original = (try await Self.firms(app), try await Self.figures(app))
            try await Fixture.user(app, "lead", .leader)
            let browser = try await app.signIn("lead")
            exported.firms = try await Self.download(app, .enterpriseExport(format: format.rawValue), language: language, browser)
            exported.figures = try await Self.download(app, .enterpriseFiguresExport(format: format.rawValue), language: language, browser)
        }
        #expect(original.0.count == 3 && original.1.count == 4)
        #expect(original.0.first?.name == "=HYPERLINK(\"http://x\",\"甲\")")
        #expect(original.0.map(\.isDemo) == [false, false, true])
        #expect(original.0.map(\.cityLeader) == ["李市长", nil, nil] && original.0.map(\.townLeader) == ["王镇长", nil, "李市长"])

        var header: [String] = []
        try TableReader(data: exported.firms).read(header: { _, names in header = names }, row: { _, _ in })
        #expect(header == (language == .en ? EnterpriseIdentityFile.spec.englishHeader : EnterpriseIdentityFile.spec.chineseHeader))
        if format == .csv {
            let text = String(decoding: exported.firms, as: UTF8.self)
            #expect(text.contains(#""'=HYPERLINK(""http://x"",""甲"")""#), "the formula stays neutralised in the file")
            #expect(!text.contains(",=HYPERLINK"))
        }

        try await withTestApp { app in
            try await Self.leaders(app)
            #expect(try await Enterprise.query(on: app.db).count() == 0)
            let firms = try await Self.importer(app).run(.enterprises, data: exported.firms, fileName: "e." + format.rawValue, partial: false)
            #expect(firms.report.rejected == 0)
            let figures = try await Self.importer(app).run(.figures, data: exported.figures, fileName: "y." + format.rawValue, partial: false)
            #expect(figures.report.rejected == 0)
            #expect(try await Self.firms(app) == original.0)
            #expect(try await Self.figures(app) == original.1)
        }
    }

    @Test("A town's English name is read as the town, as the English export writes it")
    func englishTownName() async throws {
        try await withTestApp { app in
            let name = try #require(try await Town.query(on: app.db).filter(\.$code == "shaping").first()).nameEn
            let file = "credit_code,name,town,industry\n\(Self.code(9)),甲,\(name),3311\n"
            let outcome = try await Self.importer(app).run(.enterprises, data: Data(file.utf8), fileName: "e.csv", partial: false)
            #expect(outcome.report.inserted == 1)
            #expect(try await Self.firms(app).first?.town == "shaping")
        }
    }
}
